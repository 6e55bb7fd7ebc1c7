package org.cnd.core.id;

/** Identifies a linkage between organisations and clusters, such as a matchmaking. */
public final class LinkageId extends Identifier implements Comparable<LinkageId> {
  private LinkageId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static LinkageId of(String value) {
    return new LinkageId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static LinkageId parse(String text) {
    return new LinkageId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(LinkageId other) {
    return compareText(other);
  }
}
