package org.cnd.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * An exact decimal amount in an ISO 4217 currency: {@code USD 235000.00}.
 *
 * <p>Amounts are normalised on construction so that equal amounts have one form: trailing zeros beyond the
 * currency's minor unit are dropped and the scale is at least the currency's minor unit ({@code USD 235000} becomes
 * {@code USD 235000.00}; {@code USD 1.005} stays). Arithmetic never mixes currencies: it throws {@link
 * CurrencyMismatchException}, which carries both. Text form: the currency code, a space, the plain amount.
 *
 * <p>An amount has at most {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the point, the bounds
 * {@link #parse} accepts, so that {@code parse(m.toString()).equals(m)} holds for every {@code Money}. Factories and
 * arithmetic refuse a larger or finer amount with a {@link RuleViolationException} of rule {@code money.syntax}.
 */
public final class Money implements Comparable<Money> {
  /** The most digits an amount has before the point, and after it. */
  public static final int MAX_DIGITS = 30;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = normalise(amount, currency);
    this.currency = currency;
  }

  private static BigDecimal normalise(BigDecimal amount, Currency currency) {
    int minor = Math.max(0, currency.getDefaultFractionDigits());
    // An amount already at the minor unit's scale is its own normal form (stripping its trailing zeros and setting
    // the scale back gives an equal value of the same scale): the common case, spared two new BigDecimals.
    BigDecimal normal;
    if (amount.scale() == minor) {
      normal = amount;
    } else {
      BigDecimal stripped = amount.stripTrailingZeros();
      normal = stripped.scale() < minor ? stripped.setScale(minor) : stripped;
    }
    int before = Math.max(normal.precision() - normal.scale(), 1);
    if (before > MAX_DIGITS || normal.scale() > MAX_DIGITS) {
      throw new RuleViolationException(
          Rule.MONEY_SYNTAX, Pointer.ROOT,
          "Amount out of range: expected at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
              + " after the point, found " + before + " before and " + Math.max(normal.scale(), 0) + " after ("
              + currency.getCurrencyCode() + " " + quote(normal.toString()) + ")");
    }
    return normal;
  }

  /**
   * An amount in a currency.
   *
   * @throws RuleViolationException ({@code money.syntax}) when the amount has more than 30 digits before the point,
   *     or more than 30 significant digits after it: the bounds of the text form, so that every amount can be
   *     written and parsed back
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(checkDigits(amount), currency);
  }

  // Checked before normalising: an amount such as 1E+999999999 must be refused, not expanded into its digits.
  private static BigDecimal checkDigits(BigDecimal amount) {
    // Stripping trailing zeros lowers the scale and keeps the digits before the point: an amount within the bounds
    // as it is stays within them stripped.
    if (amount.scale() >= 0 && amount.scale() <= MAX_DIGITS && amount.precision() - amount.scale() <= MAX_DIGITS) {
      return amount;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (stripped.signum() != 0 && (integerDigits > MAX_DIGITS || stripped.scale() > MAX_DIGITS)) {
      throw new RuleViolationException(
          Rule.MONEY_SYNTAX, Pointer.ROOT,
          "Invalid amount " + quote(stripped.toString()) + ": expected at most " + MAX_DIGITS
              + " digits before and after the point");
    }
    return amount;
  }

  /**
   * An amount given as decimal text in a currency given by its ISO 4217 code.
   *
   * @throws RuleViolationException ({@code money.syntax} or {@code money.currency})
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /** An amount in a currency given by its ISO 4217 code. */
  public static Money of(BigDecimal amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /** Zero in a currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Parses the text form {@code USD 235000.00}.
   *
   * @throws RuleViolationException ({@code money.syntax} or {@code money.currency})
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space != 3 || s.length() < 5) {
      throw new RuleViolationException(
          Rule.MONEY_SYNTAX, Pointer.ROOT, "Invalid money \"" + quote(s) + "\": expected CUR AMOUNT, such as USD 235000.00");
    }
    return of(s.substring(space + 1), s.substring(0, space));
  }

  /**
   * The currency with the given ISO 4217 code.
   *
   * @throws RuleViolationException ({@code money.currency}) when the code is unknown
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new RuleViolationException(Rule.MONEY_CURRENCY, Pointer.ROOT, "Invalid currency \"" + code + "\": " + code
            + " is not an ISO 4217 currency code known to the Java platform (such as USD or PKR)");
      }
    }
    throw new RuleViolationException(
        Rule.MONEY_CURRENCY, Pointer.ROOT,
        "Invalid currency \"" + quote(code) + "\": expected an ISO 4217 code of three upper-case letters, such as USD or PKR");
  }

  /**
   * A decimal amount from its plain text: digits, an optional minus sign and an optional fraction.
   *
   * @throws RuleViolationException ({@code money.syntax})
   */
  public static BigDecimal parseAmount(String text) {
    Objects.requireNonNull(text, "amount");
    if (!isPlainAmount(text)) {
      throw new RuleViolationException(
          Rule.MONEY_SYNTAX, Pointer.ROOT,
          "Invalid amount \"" + quote(text) + "\": expected a plain decimal number such as 235000.00 (at most 30 digits before and after the point, no exponent)");
    }
    return new BigDecimal(text);
  }

  // -?\d{1,30}(\.\d{1,30})?, checked by hand: cheaper than a regular expression for every amount read.
  private static boolean isPlainAmount(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int start = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start || i - start > MAX_DIGITS) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i == n && i > fraction && i - fraction <= MAX_DIGITS;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String quote(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** The exact amount. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The ISO 4217 code of the currency. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** True when the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** True when the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** True when both amounts are in the same currency. */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /**
   * The sum of two amounts in one currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * The difference of two amounts in one currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Compares two amounts in one currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /**
   * True when this amount is greater than the other.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * The total of one or more amounts in one currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   * @throws IllegalArgumentException when there is no amount
   */
  public static Money total(Iterable<Money> amounts) {
    Money sum = null;
    for (Money m : amounts) {
      sum = sum == null ? Objects.requireNonNull(m, "amount") : sum.plus(m);
    }
    if (sum == null) {
      throw new IllegalArgumentException("Money.total needs at least one amount, found none");
    }
    return sum;
  }

  private void checkSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** The text form: {@code USD 235000.00}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
