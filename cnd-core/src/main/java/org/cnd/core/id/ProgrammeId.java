package org.cnd.core.id;

/** Identifies a programme: a project, a national or provincial scheme. */
public final class ProgrammeId extends Identifier implements Comparable<ProgrammeId> {
  private ProgrammeId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ProgrammeId parse(String text) {
    return new ProgrammeId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ProgrammeId other) {
    return compareText(other);
  }
}
