package org.cnd.core.collaboration;

import org.cnd.core.validation.Coded;

/** What kind of linkage was made between organisations and clusters. */
public enum LinkageKind implements Coded {
  /** Bringing parties together so that they can work together. */
  MATCHMAKING("Matchmaking"),
  /** A supplier relation was formed. */
  SUPPLIER("Supplier"),
  /** A buyer relation was formed. */
  BUYER("Buyer"),
  /** An institution supports the other party. */
  SUPPORT("Support"),
  /** A party joined the other as a member. */
  MEMBERSHIP("Membership"),
  /** Enterprises of the same stage of production act together. */
  HORIZONTAL_NETWORK("Horizontal network"),
  /** Enterprises along the value chain act together. */
  VERTICAL_NETWORK("Vertical network");

  private final String label;

  LinkageKind(String label) {
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
  public static java.util.Optional<LinkageKind> fromCode(String code) {
    return Coded.fromCode(LinkageKind.class, code);
  }
}
