package org.cnd.core.id;

/** Identifies an organisation: an agency, ministry, association, company or other body. */
public final class OrganisationId extends Identifier implements Comparable<OrganisationId> {
  private OrganisationId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static OrganisationId parse(String text) {
    return new OrganisationId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(OrganisationId other) {
    return compareText(other);
  }
}
