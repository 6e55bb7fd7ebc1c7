package org.cnd.core.selection;

import org.cnd.core.validation.Coded;

/**
 * Which employment a location quotient divides by: a region's and the nation's whole employment, or, as the US
 * Cluster Mapping Project does for its traded clusters, their employment in traded sectors only.
 */
public enum Denominator implements Coded {
  /** All employment of the data set. */
  ALL_EMPLOYMENT("All employment"),
  /** Employment in the data set's traded sectors only. */
  TRADED_EMPLOYMENT("Traded employment");

  private final String label;

  Denominator(String label) {
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
  public static java.util.Optional<Denominator> fromCode(String code) {
    return Coded.fromCode(Denominator.class, code);
  }
}
