package org.cnd.core.id;

/** Identifies a candidate cluster, unique within its selection exercise; scores, the ranking, the shortlist and the decision name candidates by it. */
public final class CandidateId extends Identifier implements Comparable<CandidateId> {
  private CandidateId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static CandidateId of(String value) {
    return new CandidateId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static CandidateId parse(String text) {
    return new CandidateId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(CandidateId other) {
    return compareText(other);
  }
}
