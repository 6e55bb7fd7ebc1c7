package org.cnd.core.monitoring;

import java.util.Optional;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * The part of a measurement that falls in one category of the indicator's disaggregation: the small enterprises,
 * the women. Exactly one category is named.
 */
@Value.Immutable
public abstract class BreakdownValue {
  BreakdownValue() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value for the enterprises of one size class. */
  public static BreakdownValue of(SizeClass sizeClass, IndicatorValue value) {
    return builder().sizeClass(sizeClass).value(value).build();
  }

  /** The value for the people of one gender. */
  public static BreakdownValue of(Gender gender, IndicatorValue value) {
    return builder().gender(gender).value(value).build();
  }

  /** The size class, when the indicator is broken down by enterprise size. */
  public abstract Optional<SizeClass> sizeClass();

  /** The gender, when the indicator is broken down by gender. */
  public abstract Optional<Gender> gender();

  /** The value for the category. */
  public abstract IndicatorValue value();

  /** The disaggregation the category belongs to. */
  public Disaggregation disaggregation() {
    return sizeClass().isPresent() ? Disaggregation.ENTERPRISE_SIZE : Disaggregation.GENDER;
  }

  /** The code of the category: a size class's or a gender's. */
  public String category() {
    return sizeClass().map(SizeClass::code).orElseGet(() -> gender().map(Gender::code).orElse(""));
  }

  @Value.Check
  void check() {
    if (sizeClass().isPresent() == gender().isPresent()) {
      throw new RuleViolationException(Rule.MONITORING_DISAGGREGATION, Pointer.ROOT,
          "Invalid broken-down value: expected exactly one category, a size class or a gender, found "
              + (sizeClass().isPresent() ? "both " + sizeClass().get().code() + " and " + gender().get().code() : "neither"));
    }
  }

  /** Builds a {@link BreakdownValue}. */
  public static final class Builder extends ImmutableBreakdownValue.Builder {
    Builder() {}
  }
}
