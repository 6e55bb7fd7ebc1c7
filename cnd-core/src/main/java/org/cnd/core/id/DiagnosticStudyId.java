package org.cnd.core.id;

/** Identifies a diagnostic study of a cluster. */
public final class DiagnosticStudyId extends Identifier implements Comparable<DiagnosticStudyId> {
  private DiagnosticStudyId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static DiagnosticStudyId of(String value) {
    return new DiagnosticStudyId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static DiagnosticStudyId parse(String text) {
    return new DiagnosticStudyId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(DiagnosticStudyId other) {
    return compareText(other);
  }
}
