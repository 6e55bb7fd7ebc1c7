package org.cnd.core.id;

/** Identifies a report produced about clusters or a region. */
public final class ReportId extends Identifier implements Comparable<ReportId> {
  private ReportId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ReportId of(String value) {
    return new ReportId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ReportId parse(String text) {
    return new ReportId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ReportId other) {
    return compareText(other);
  }
}
