package org.cnd.core.id;

/** Identifies a person. */
public final class PersonId extends Identifier implements Comparable<PersonId> {
  private PersonId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static PersonId parse(String text) {
    return new PersonId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(PersonId other) {
    return compareText(other);
  }
}
