package org.cnd.core.id;

/** Identifies an engagement: one programme's work with one cluster. */
public final class EngagementId extends Identifier implements Comparable<EngagementId> {
  private EngagementId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static EngagementId of(String value) {
    return new EngagementId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static EngagementId parse(String text) {
    return new EngagementId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(EngagementId other) {
    return compareText(other);
  }
}
