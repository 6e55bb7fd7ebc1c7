package org.cnd.core.monitoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * The value of an indicator at a baseline, a target or a measurement: a number (a count, an amount, a percentage)
 * or, for a qualitative indicator, a text. Exactly one of the two is present.
 *
 * <p>A number keeps its scale ({@code 12.5} and {@code 12.50} are different values) and has at most 30 digits before
 * and after the point, so that its plain text form stays short and every number can be written and parsed back.
 */
@Value.Immutable
public abstract class IndicatorValue {
  private static final int MAX_DIGITS = 30;

  IndicatorValue() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A number.
   *
   * @throws RuleViolationException ({@code monitoring.value}) when the number has more than 30 digits before or
   *     after the point
   */
  public static IndicatorValue of(BigDecimal number) {
    return builder().number(number).build();
  }

  /** A whole number. */
  public static IndicatorValue of(long number) {
    return of(BigDecimal.valueOf(number));
  }

  /**
   * A number given as plain decimal text, such as {@code 12.5}.
   *
   * @throws NumberFormatException when the text is not a decimal number
   */
  public static IndicatorValue of(String number) {
    return of(new BigDecimal(number));
  }

  /** A text, for a qualitative indicator. */
  public static IndicatorValue ofText(String text) {
    return builder().text(text).build();
  }

  /** The number, for a number or percentage indicator. */
  public abstract Optional<BigDecimal> number();

  /** The text, for a qualitative indicator. */
  public abstract Optional<String> text();

  /** True when the value is a number. */
  public boolean isNumber() {
    return number().isPresent();
  }

  /**
   * True when both values say the same: equal numbers by numeric value ({@code 12} and {@code 12.0} agree, though
   * they are not {@code equals}, which keeps the form as written), or equal texts.
   */
  public boolean isSameAs(IndicatorValue other) {
    if (number().isPresent() && other.number().isPresent()) {
      return number().get().compareTo(other.number().get()) == 0;
    }
    return text().equals(other.text()) && number().isEmpty() && other.number().isEmpty();
  }

  @Value.Check
  void check() {
    // The digits first: the message below prints the number's plain form.
    number().ifPresent(IndicatorValue::checkDigits);
    if (number().isPresent() == text().isPresent()) {
      throw new RuleViolationException(Rule.MONITORING_VALUE, Pointer.ROOT,
          "Invalid indicator value: expected either a number or a text, found "
              + (number().isPresent() ? "both number " + number().get().toPlainString() + " and text \"" + text().get() + "\"" : "neither"));
    }
    text().ifPresent(t -> Texts.checkNotBlank(t, "/text", "indicator value text"));
  }

  // Checked on the scale and precision alone: a number such as 1E+999999999 must be refused, not expanded into its
  // digits (toString() and the messages of Indicator's checks print the plain form).
  private static void checkDigits(BigDecimal number) {
    long integerDigits = (long) number.precision() - number.scale();
    if (number.scale() > MAX_DIGITS || number.scale() < -MAX_DIGITS
        || (number.signum() != 0 && integerDigits > MAX_DIGITS)) {
      throw new RuleViolationException(Rule.MONITORING_VALUE, "/number",
          "Invalid indicator number " + number + ": expected at most " + MAX_DIGITS
              + " digits before and after the point");
    }
  }

  /** The plain number, or the text in double quotes. */
  @Override
  public String toString() {
    return number().map(BigDecimal::toPlainString).orElseGet(() -> "\"" + text().orElse("") + "\"");
  }

  /** Builds an {@link IndicatorValue}. */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }
}
