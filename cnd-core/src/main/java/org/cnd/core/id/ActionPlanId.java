package org.cnd.core.id;

/** Identifies an action plan of a cluster. */
public final class ActionPlanId extends Identifier implements Comparable<ActionPlanId> {
  private ActionPlanId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ActionPlanId of(String value) {
    return new ActionPlanId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ActionPlanId parse(String text) {
    return new ActionPlanId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ActionPlanId other) {
    return compareText(other);
  }
}
