package org.cnd.core.id;

/** Identifies a cluster of small and medium enterprises. */
public final class ClusterId extends Identifier implements Comparable<ClusterId> {
  private ClusterId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static ClusterId of(String value) {
    return new ClusterId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static ClusterId parse(String text) {
    return new ClusterId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(ClusterId other) {
    return compareText(other);
  }
}
