package org.cnd.core.id;

/** Identifies an identification or prioritisation criterion, unique within its selection exercise; results and scores name criteria by it. */
public final class CriterionId extends Identifier implements Comparable<CriterionId> {
  private CriterionId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static CriterionId of(String value) {
    return new CriterionId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static CriterionId parse(String text) {
    return new CriterionId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(CriterionId other) {
    return compareText(other);
  }
}
