package org.cnd.core.monitoring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * What monitoring measures: an indicator with its baseline (usually from the diagnostic study), its targets and
 * its measurements.
 *
 * <p>Invariants: targets and measurements are not dated certainly before the baseline; a qualitative indicator's
 * values are texts and a number or percentage indicator's are numbers; broken-down values belong to the
 * indicator's disaggregation. An indicator belongs to a cluster, to an engagement, or to both (then the
 * engagement's cluster, which the portfolio validator checks).
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract IndicatorId id();

  /** The name: number of firms exporting, share of women employed. */
  public abstract String name();

  /** The cluster it measures. */
  public abstract Optional<ClusterId> cluster();

  /** The engagement whose results it measures. */
  public abstract Optional<EngagementId> engagement();

  /** Output, outcome or impact. */
  public abstract IndicatorLevel level();

  /** Number, percentage or qualitative. */
  public abstract Measure measure();

  /** The unit of a number: enterprises, USD, days. */
  public abstract Optional<String> unit();

  /** Which direction of change is good, when the indicator is quantitative. */
  public abstract Optional<Direction> direction();

  /** How values are broken down, if they are. */
  public abstract Optional<Disaggregation> disaggregation();

  /** Where it started. */
  public abstract Optional<Baseline> baseline();

  /** What it should reach, and by when. */
  public abstract ImmutableList<Target> targets();

  /** What was found. */
  public abstract ImmutableList<Measurement> measurements();

  /** Free text. */
  public abstract Optional<String> description();

  /** The latest measurement (by {@link Measurement#asOf()}; of equal dates, the one listed last). */
  public Optional<Measurement> latestMeasurement() {
    Measurement latest = null;
    for (Measurement m : measurements()) {
      if (latest == null || m.asOf().compareTo(latest.asOf()) >= 0) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The target with the latest date (of equal dates, the one listed last): the final target. */
  public Optional<Target> finalTarget() {
    Target last = null;
    for (Target t : targets()) {
      if (last == null || t.date().compareTo(last.date()) >= 0) {
        last = t;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The latest value against the baseline and the final target. */
  public IndicatorProgress progress() {
    return IndicatorProgress.builder()
        .indicator(id())
        .measure(measure())
        .direction(direction())
        .baseline(baseline())
        .latest(latestMeasurement())
        .target(finalTarget())
        .build();
  }

  /** This indicator with another measurement, after its own. */
  public Indicator withMeasurement(Measurement measurement) {
    return builder().from(this).addMeasurements(measurement).build();
  }

  /** This indicator with these measurements, in this order, instead of its own. */
  public Indicator withMeasurements(Iterable<? extends Measurement> measurements) {
    return builder().from(this).measurements(measurements).build();
  }

  /** This indicator with another target, after its own. */
  public Indicator withTarget(Target target) {
    return builder().from(this).addTargets(target).build();
  }

  /** This indicator with these targets, in this order, instead of its own. */
  public Indicator withTargets(Iterable<? extends Target> targets) {
    return builder().from(this).targets(targets).build();
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "indicator name");
    unit().ifPresent(u -> Texts.checkNotBlank(u, "/unit", "unit"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    baseline().ifPresent(b -> checkKind(b.value(), "/baseline/value"));
    for (int i = 0; i < targets().size(); i++) {
      Target t = targets().get(i);
      checkKind(t.value(), "/targets/" + i + "/value");
      if (baseline().isPresent() && t.date().isCertainlyBefore(baseline().get().date())) {
        throw new RuleViolationException(Rule.MONITORING_TARGET_BEFORE_BASELINE, "/targets/" + i + "/date",
            "Target of indicator " + id() + " is dated " + t.date() + ": expected no earlier than the baseline ("
                + baseline().get().date() + ")");
      }
    }
    for (int i = 0; i < measurements().size(); i++) {
      Measurement m = measurements().get(i);
      String path = "/measurements/" + i;
      checkKind(m.value(), path + "/value");
      if (baseline().isPresent() && m.asOf().isCertainlyBefore(baseline().get().date())) {
        throw new RuleViolationException(Rule.MONITORING_MEASUREMENT_BEFORE_BASELINE,
            path + (m.date().isPresent() ? "/date" : "/period"),
            "Measurement of indicator " + id() + " is dated " + m.date().map(PartialDate::toString).orElseGet(() -> m.period().get().toString())
                + ": expected no earlier than the baseline (" + baseline().get().date() + ")");
      }
      for (int j = 0; j < m.breakdown().size(); j++) {
        BreakdownValue part = m.breakdown().get(j);
        String partPath = path + "/breakdown/" + j;
        if (disaggregation().isEmpty() || disaggregation().get() != part.disaggregation()) {
          throw new RuleViolationException(Rule.MONITORING_DISAGGREGATION, partPath,
              "Broken-down value for " + part.category() + " of indicator " + id() + ": expected a category of "
                  + disaggregation().map(d -> "its disaggregation " + d.code()).orElse("a disaggregation, but the indicator has none")
                  + ", found one of " + part.disaggregation().code());
        }
        checkKind(part.value(), partPath + "/value");
      }
    }
  }

  private void checkKind(IndicatorValue value, String path) {
    if (measure().isQuantitative() != value.isNumber()) {
      throw new RuleViolationException(Rule.MONITORING_VALUE_KIND, path,
          "Value " + value + " of " + measure().code() + " indicator " + id() + ": expected "
              + (measure().isQuantitative() ? "a number" : "a text") + ", found " + (value.isNumber() ? "a number" : "a text"));
    }
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
