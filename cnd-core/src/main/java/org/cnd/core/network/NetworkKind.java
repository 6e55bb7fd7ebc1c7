package org.cnd.core.network;

import org.cnd.core.validation.Coded;

/** The kind of a network of firms. */
public enum NetworkKind implements Coded {
  /** Firms that compete in the same market and cooperate: joint purchasing, marketing, training. */
  HORIZONTAL("Horizontal"),
  /** Firms at successive stages of a value chain: supplier development, subcontracting. */
  VERTICAL("Vertical"),
  /** Firms that join to promote and sell their products abroad. */
  EXPORT_CONSORTIUM("Export consortium");

  private final String label;

  NetworkKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return org.cnd.core.internal.Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<NetworkKind> fromCode(String code) {
    return Coded.fromCode(NetworkKind.class, code);
  }
}
