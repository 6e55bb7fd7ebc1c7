package org.cnd.core.id;

/** Identifies a network of firms: a horizontal or vertical network, an export consortium. */
public final class NetworkId extends Identifier implements Comparable<NetworkId> {
  private NetworkId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static NetworkId of(String value) {
    return new NetworkId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static NetworkId parse(String text) {
    return new NetworkId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(NetworkId other) {
    return compareText(other);
  }
}
