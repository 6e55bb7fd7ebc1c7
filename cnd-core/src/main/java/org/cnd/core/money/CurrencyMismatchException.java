package org.cnd.core.money;

import java.util.Currency;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/** Thrown when amounts in different currencies meet in arithmetic or comparison; carries both currencies. */
public final class CurrencyMismatchException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  private final Currency first;
  private final Currency second;

  /** The exception for two amounts in the given currencies. */
  public CurrencyMismatchException(Currency first, Currency second) {
    super(Rule.MONEY_CURRENCY_MISMATCH, Pointer.ROOT,
        "Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode() + "/"
            + Objects.requireNonNull(second, "second").getCurrencyCode()
            + ": expected amounts in one currency");
    this.first = first;
    this.second = second;
  }

  /** The currency of the amount the operation was called on. */
  public Currency first() {
    return first;
  }

  /** The currency of the other amount. */
  public Currency second() {
    return second;
  }
}
