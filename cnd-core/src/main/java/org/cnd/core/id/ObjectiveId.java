package org.cnd.core.id;

/** Identifies an objective of an action plan, unique within its plan. */
public final class ObjectiveId extends Identifier implements Comparable<ObjectiveId> {
  private ObjectiveId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ObjectiveId of(String value) {
    return new ObjectiveId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ObjectiveId parse(String text) {
    return new ObjectiveId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ObjectiveId other) {
    return compareText(other);
  }
}
