package org.cnd.core.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.cnd.core.id.IndicatorId;
import org.immutables.value.Value;

/**
 * How far an indicator has come: its latest measurement against its baseline and its final target. Obtain one with
 * {@link Indicator#progress()}.
 */
@Value.Immutable
public abstract class IndicatorProgress {
  IndicatorProgress() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The indicator. */
  public abstract IndicatorId indicator();

  /** How the indicator is measured. */
  public abstract Measure measure();

  /** Which direction of change is good, when known. */
  public abstract Optional<Direction> direction();

  /** The baseline, when there is one. */
  public abstract Optional<Baseline> baseline();

  /** The latest measurement, when there is one. */
  public abstract Optional<Measurement> latest();

  /** The final target, when there is one. */
  public abstract Optional<Target> target();

  /**
   * The share of the way from baseline to target covered by the latest value: 0 at the baseline, 1 at the target,
   * below 0 when the value moved away from the target. Empty unless the indicator is quantitative and has a
   * baseline, a measurement and a target different from the baseline.
   */
  public Optional<BigDecimal> achieved() {
    Optional<BigDecimal> base = baseline().flatMap(b -> b.value().number());
    Optional<BigDecimal> now = latest().flatMap(m -> m.value().number());
    Optional<BigDecimal> goal = target().flatMap(t -> t.value().number());
    if (base.isEmpty() || now.isEmpty() || goal.isEmpty() || goal.get().compareTo(base.get()) == 0) {
      return Optional.empty();
    }
    return Optional.of(now.get().subtract(base.get()).divide(goal.get().subtract(base.get()), MathContext.DECIMAL64));
  }

  /**
   * Whether the latest value meets the final target: at or above it when an increase is good, at or below it when a
   * decrease is good. Without a stated direction, the direction from baseline to target is taken. Empty unless the
   * indicator is quantitative and has a measurement and a target (and a direction or a baseline).
   */
  public Optional<Boolean> isTargetMet() {
    Optional<BigDecimal> now = latest().flatMap(m -> m.value().number());
    Optional<BigDecimal> goal = target().flatMap(t -> t.value().number());
    if (now.isEmpty() || goal.isEmpty()) {
      return Optional.empty();
    }
    Optional<Direction> good = direction().or(() -> baseline().flatMap(b -> b.value().number())
        .filter(b -> b.compareTo(goal.get()) != 0)
        .map(b -> goal.get().compareTo(b) > 0 ? Direction.INCREASE : Direction.DECREASE));
    if (good.isEmpty()) {
      return Optional.empty();
    }
    int c = now.get().compareTo(goal.get());
    return Optional.of(good.get() == Direction.INCREASE ? c >= 0 : c <= 0);
  }

  /** Builds an {@link IndicatorProgress}. */
  public static final class Builder extends ImmutableIndicatorProgress.Builder {
    Builder() {}
  }
}
