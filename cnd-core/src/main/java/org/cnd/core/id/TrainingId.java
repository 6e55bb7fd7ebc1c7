package org.cnd.core.id;

/** Identifies a training programme, course, workshop or review meeting. */
public final class TrainingId extends Identifier implements Comparable<TrainingId> {
  private TrainingId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static TrainingId of(String value) {
    return new TrainingId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static TrainingId parse(String text) {
    return new TrainingId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(TrainingId other) {
    return compareText(other);
  }
}
