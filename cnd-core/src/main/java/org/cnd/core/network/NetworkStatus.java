package org.cnd.core.network;

import org.cnd.core.validation.Coded;

/** The status of a network of firms. */
public enum NetworkStatus implements Coded {
  /** The broker brings firms together; the network is not yet working. */
  FORMING("Forming"),
  /** The network works on its joint projects. */
  ACTIVE("Active"),
  /** The network has ended. */
  DISSOLVED("Dissolved");

  private final String label;

  NetworkStatus(String label) {
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
  public static java.util.Optional<NetworkStatus> fromCode(String code) {
    return Coded.fromCode(NetworkStatus.class, code);
  }
}
