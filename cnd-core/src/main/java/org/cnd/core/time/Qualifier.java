package org.cnd.core.time;

import java.util.Optional;
import org.cnd.core.validation.Coded;

/**
 * How a record qualifies a whole {@link PartialDate}: EDTF's (ISO 8601-2's) approximate {@code ~}, uncertain {@code
 * ?}, or both {@code %}, written after the date ({@code 2001-06~}).
 *
 * <p>Every qualifier widens the date's bounds by one unit of its precision on each side (see the {@linkplain
 * org.cnd.core.time package documentation}); cnd does not grade them, it keeps which one the record gave.
 */
public enum Qualifier implements Coded {
  /** The record gives the date as about right: "mid-2001", "around May 2008". EDTF {@code ~}. */
  APPROXIMATE("approximate", "Approximate", '~'),
  /** The record is not sure of the date: "probably 2004". EDTF {@code ?}. */
  UNCERTAIN("uncertain", "Uncertain", '?'),
  /** Both approximate and uncertain. EDTF {@code %}. */
  APPROXIMATE_AND_UNCERTAIN("approximate_and_uncertain", "Approximate and uncertain", '%');

  private final String code;
  private final String label;
  private final char symbol;

  Qualifier(String code, String label, char symbol) {
    this.code = code;
    this.label = label;
    this.symbol = symbol;
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

  /** The character written after the date: {@code ~}, {@code ?} or {@code %}. */
  public char symbol() {
    return symbol;
  }

  /** True for {@code ~} and {@code %}. */
  public boolean isApproximate() {
    return this != UNCERTAIN;
  }

  /** True for {@code ?} and {@code %}. */
  public boolean isUncertain() {
    return this != APPROXIMATE;
  }

  /** The constant with the given code, if any. */
  public static Optional<Qualifier> fromCode(String code) {
    return Coded.fromCode(Qualifier.class, code);
  }

  /** The constant written with the given character, if any. */
  public static Optional<Qualifier> fromSymbol(char symbol) {
    return Optional.ofNullable(ofSymbol(symbol));
  }

  static Qualifier ofSymbol(char symbol) {
    switch (symbol) {
      case '~':
        return APPROXIMATE;
      case '?':
        return UNCERTAIN;
      case '%':
        return APPROXIMATE_AND_UNCERTAIN;
      default:
        return null;
    }
  }
}
