package org.cnd.core.id;

/** Identifies a monitoring indicator. */
public final class IndicatorId extends Identifier implements Comparable<IndicatorId> {
  private IndicatorId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static IndicatorId parse(String text) {
    return new IndicatorId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(IndicatorId other) {
    return compareText(other);
  }
}
