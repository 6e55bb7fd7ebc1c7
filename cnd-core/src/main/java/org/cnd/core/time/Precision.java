package org.cnd.core.time;

/** How precisely a {@link PartialDate} is known. */
public enum Precision {
  /** A whole year: {@code 2004}. */
  YEAR("year", "Year"),
  /** A calendar quarter: {@code 2007-Q1}. */
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
  public String code() {
    return code;
  }

  /** A human label. */
  public String label() {
    return label;
  }
}
