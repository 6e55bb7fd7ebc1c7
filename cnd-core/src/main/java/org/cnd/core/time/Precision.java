package org.cnd.core.time;

import java.util.Optional;
import org.cnd.core.validation.Coded;

/** How precisely a {@link PartialDate} is known. */
public enum Precision implements Coded {
  /** A whole year: {@code 2004}. */
  YEAR("year", "Year"),
  /** A calendar quarter: {@code 2007-Q1}, in EDTF {@code 2007-33}. */
  QUARTER("quarter", "Quarter"),
  /** A month: {@code 2004-08}. */
  MONTH("month", "Month"),
  /** A day: {@code 2005-10-08}. */
  DAY("day", "Day");

  private final String code;
  private final String label;

  Precision(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable lower_snake_case code. */
  @Override
  public String code() {
    return code;
  }

  /** A human label. */
  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static Optional<Precision> fromCode(String code) {
    return Coded.fromCode(Precision.class, code);
  }
}
