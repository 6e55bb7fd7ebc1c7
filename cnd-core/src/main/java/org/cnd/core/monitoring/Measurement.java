package org.cnd.core.monitoring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A value of an indicator found at a date ("exports in June 2007") or over a period ("sales in 2006/2007"), with
 * its source and, for a disaggregated indicator, its break-down.
 */
@Value.Immutable
public abstract class Measurement {
  Measurement() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A value measured at a date. */
  public static Measurement of(IndicatorValue value, PartialDate date) {
    return builder().value(value).date(date).build();
  }

  /** A value measured over a period. */
  public static Measurement of(IndicatorValue value, DateRange period) {
    return builder().value(value).period(period).build();
  }

  /** The value. */
  public abstract IndicatorValue value();

  /** The date it was measured at; absent when a period is given. */
  public abstract Optional<PartialDate> date();

  /** The period it was measured over; absent when a date is given. */
  public abstract Optional<DateRange> period();

  /** Where the value comes from: a survey, a report, an association's records. */
  public abstract Optional<String> source();

  /** The value broken down by the indicator's disaggregation. */
  public abstract ImmutableList<BreakdownValue> breakdown();

  /**
   * The date the measurement stands for in orderings and guards: its date, or the end of its period (the start of
   * an open period).
   */
  public PartialDate asOf() {
    if (date().isPresent()) {
      return date().get();
    }
    DateRange p = period().orElseThrow();
    return p.end().orElse(p.start());
  }

  @Value.Check
  void check() {
    if (date().isPresent() == period().isPresent()) {
      throw new RuleViolationException(Rule.MONITORING_MEASUREMENT_WHEN, Pointer.ROOT,
          "Invalid measurement dating: expected a date or a period, found "
              + (date().isPresent() ? "both date " + date().get() + " and period " + period().get() : "neither"));
    }
    source().ifPresent(s -> Texts.checkNotBlank(s, "/source", "source"));
  }

  /** Builds a {@link Measurement}. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
