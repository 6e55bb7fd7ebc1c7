package org.cnd.core.id;

/** Identifies a selection exercise, in which clusters are identified, scored, ranked and selected. */
public final class SelectionExerciseId extends Identifier implements Comparable<SelectionExerciseId> {
  private SelectionExerciseId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static SelectionExerciseId of(String value) {
    return new SelectionExerciseId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static SelectionExerciseId parse(String text) {
    return new SelectionExerciseId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(SelectionExerciseId other) {
    return compareText(other);
  }
}
