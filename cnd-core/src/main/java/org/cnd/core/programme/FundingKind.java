package org.cnd.core.programme;

import org.cnd.core.validation.Coded;

/** How a funder contributes. */
public enum FundingKind implements Coded {
  /** Money. */
  CASH("Cash"),
  /** Staff, premises, equipment or services. */
  IN_KIND("In kind");

  private final String label;

  FundingKind(String label) {
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
  public static java.util.Optional<FundingKind> fromCode(String code) {
    return Coded.fromCode(FundingKind.class, code);
  }
}
