package org.cnd.core.monitoring;

import org.cnd.core.validation.Coded;

/** Which direction of change in an indicator is good. */
public enum Direction implements Coded {
  /** An increase is good: exports, employment, members. */
  INCREASE("Increase"),
  /** A decrease is good: rejection rates, costs, lead times. */
  DECREASE("Decrease");

  private final String label;

  Direction(String label) {
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
  public static java.util.Optional<Direction> fromCode(String code) {
    return Coded.fromCode(Direction.class, code);
  }
}
