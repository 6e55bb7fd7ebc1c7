package org.cnd.core.id;

/** Identifies an activity of an action plan, unique within its plan. */
public final class ActivityId extends Identifier implements Comparable<ActivityId> {
  private ActivityId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ActivityId parse(String text) {
    return new ActivityId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ActivityId other) {
    return compareText(other);
  }
}
