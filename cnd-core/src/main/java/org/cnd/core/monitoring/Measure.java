package org.cnd.core.monitoring;

import org.cnd.core.validation.Coded;

/** How an indicator is measured: a number, a percentage, or in words. */
public enum Measure implements Coded {
  /** A count or an amount, in the indicator's unit. */
  NUMBER("Number"),
  /** A percentage. */
  PERCENTAGE("Percentage"),
  /** A description in words, not a number. */
  QUALITATIVE("Qualitative");

  private final String label;

  Measure(String label) {
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

  /** True for number and percentage, whose values are numbers. */
  public boolean isQuantitative() {
    return this != QUALITATIVE;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<Measure> fromCode(String code) {
    return Coded.fromCode(Measure.class, code);
  }
}
