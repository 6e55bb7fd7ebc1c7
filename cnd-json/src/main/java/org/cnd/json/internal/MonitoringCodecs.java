package org.cnd.json.internal;

import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.DiagnosticCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.LifecycleCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DECIMAL;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.BreakdownValue;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Disaggregation;
import org.cnd.core.monitoring.Gender;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.validation.Rule;

/**
 * The codecs of {@code org.cnd.core.monitoring}: indicators, their values, baselines, targets and measurements.
 * What an indicator computes (its latest measurement, final target, progress) is not written.
 */
public final class MonitoringCodecs {
  private MonitoringCodecs() {}

  /** An indicator's identifier. */
  public static final TextCodec<IndicatorId> INDICATOR_ID = ValueCodecs.id(EntityKind.INDICATORS, IndicatorId::of);

  /** Output, outcome or impact. */
  public static final CodeCodec<IndicatorLevel> INDICATOR_LEVEL =
      CodeCodec.of(IndicatorLevel.class, "indicator level", "What an indicator measures in the results chain.");
  /** Number, percentage or qualitative. */
  public static final CodeCodec<Measure> MEASURE =
      CodeCodec.of(Measure.class, "measure", "How an indicator is measured.");
  /** Which direction of change is good. */
  public static final CodeCodec<Direction> DIRECTION =
      CodeCodec.of(Direction.class, "direction", "Which direction of change in an indicator is good.");
  /** How an indicator's values are broken down. */
  public static final CodeCodec<Disaggregation> DISAGGREGATION =
      CodeCodec.of(Disaggregation.class, "disaggregation", "How the values of an indicator are broken down.");
  /** The gender of the people counted. */
  public static final CodeCodec<Gender> GENDER =
      CodeCodec.of(Gender.class, "gender", "The gender of the people counted by a disaggregated indicator.");

  /** A number or a text: {@code {"number": 12.5}} or {@code {"text": "Strong"}}. */
  public static final ObjectCodec<IndicatorValue, IndicatorValue.Builder> INDICATOR_VALUE = ObjectCodec.deferred(() ->
      ObjectCodec.define(IndicatorValue.class, "indicator value", IndicatorValue::builder, IndicatorValue.Builder::build)
          .about("The value of an indicator: a number, or for a qualitative indicator a text; exactly one of the two.")
          .rules(Rule.MONITORING_VALUE)
          .optional("number", DECIMAL, IndicatorValue::number, IndicatorValue.Builder::number)
          .describe("for a number or percentage indicator")
          .optional("text", TEXT, IndicatorValue::text, IndicatorValue.Builder::text)
          .describe("for a qualitative indicator")
          .build());

  /** Where an indicator started. */
  public static final ObjectCodec<Baseline, Baseline.Builder> BASELINE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Baseline.class, "baseline", Baseline::builder, Baseline.Builder::build)
          .about("Where an indicator started: its value at a date, usually from a diagnostic study.")
          .required("value", INDICATOR_VALUE, Baseline::value, Baseline.Builder::value)
          .required("date", PARTIAL_DATE, Baseline::date, Baseline.Builder::date)
          .describe("when the value held")
          .optional("study", DIAGNOSTIC_STUDY_ID, Baseline::study, Baseline.Builder::study)
          .describe("the study it came from, of the indicator's cluster")
          .optional("note", TEXT, Baseline::note, Baseline.Builder::note)
          .build());

  /** A value an indicator should reach by a date. */
  public static final ObjectCodec<Target, Target.Builder> TARGET = ObjectCodec.deferred(() ->
      ObjectCodec.define(Target.class, "target", Target::builder, Target.Builder::build)
          .about("A value an indicator should reach by a date.")
          .required("value", INDICATOR_VALUE, Target::value, Target.Builder::value)
          .describe("the value to reach")
          .required("date", PARTIAL_DATE, Target::date, Target.Builder::date)
          .describe("by when")
          .optional("note", TEXT, Target::note, Target.Builder::note)
          .build());

  /** The part of a measurement in one category of a disaggregation. */
  public static final ObjectCodec<BreakdownValue, BreakdownValue.Builder> BREAKDOWN_VALUE = ObjectCodec.deferred(() ->
      ObjectCodec.define(BreakdownValue.class, "broken-down value", BreakdownValue::builder,
              BreakdownValue.Builder::build)
          .about("The part of a measurement in one category of the indicator's disaggregation: a size class or a "
              + "gender, exactly one.")
          .rules(Rule.MONITORING_DISAGGREGATION)
          .optional("sizeClass", ClusterCodecs.SIZE_CLASS, BreakdownValue::sizeClass, BreakdownValue.Builder::sizeClass)
          .describe("the category, for an indicator broken down by enterprise size")
          .optional("gender", GENDER, BreakdownValue::gender, BreakdownValue.Builder::gender)
          .describe("the category, for an indicator broken down by gender")
          .required("value", INDICATOR_VALUE, BreakdownValue::value, BreakdownValue.Builder::value)
          .describe("the value for the category")
          .build());

  /** A value of an indicator found at a date or over a period. */
  public static final ObjectCodec<Measurement, Measurement.Builder> MEASUREMENT = ObjectCodec.deferred(() ->
      ObjectCodec.define(Measurement.class, "measurement", Measurement::builder, Measurement.Builder::build)
          .about("A value of an indicator found at a date or over a period (exactly one of the two), with its "
              + "source and break-down.")
          .rules(Rule.MONITORING_MEASUREMENT_WHEN)
          .required("value", INDICATOR_VALUE, Measurement::value, Measurement.Builder::value)
          .optional("date", PARTIAL_DATE, Measurement::date, Measurement.Builder::date)
          .describe("the date it was measured at: exports in June 2007")
          .optional("period", DATE_RANGE, Measurement::period, Measurement.Builder::period)
          .describe("the period it was measured over: sales in 2006/2007")
          .optional("source", TEXT, Measurement::source, Measurement.Builder::source)
          .describe("a survey, a report, an association's records")
          .list("breakdown", BREAKDOWN_VALUE, Measurement::breakdown, Measurement.Builder::addAllBreakdown)
          .describe("the value broken down by the indicator's disaggregation")
          .build());

  /** An indicator. */
  public static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR = ObjectCodec.deferred(() ->
      ObjectCodec.define(Indicator.class, "indicator", Indicator::builder, Indicator.Builder::build)
          .about("What monitoring measures: an indicator of a cluster or an engagement, with its baseline, targets "
              + "and measurements.")
          .rules(Rule.MONITORING_VALUE_KIND, Rule.MONITORING_TARGET_BEFORE_BASELINE,
              Rule.MONITORING_MEASUREMENT_BEFORE_BASELINE, Rule.MONITORING_DISAGGREGATION,
              Rule.MONITORING_BASELINE_CLUSTER, Rule.REFERENCE_ENGAGEMENT_CLUSTER)
          .required("id", own(INDICATOR_ID), Indicator::id, Indicator.Builder::id)
          .required("name", TEXT, Indicator::name, Indicator.Builder::name)
          .describe("number of firms exporting")
          .optional("cluster", CLUSTER_ID, Indicator::cluster, Indicator.Builder::cluster)
          .describe("the cluster it measures")
          .optional("engagement", ENGAGEMENT_ID, Indicator::engagement, Indicator.Builder::engagement)
          .describe("the engagement whose results it measures")
          .required("level", INDICATOR_LEVEL, Indicator::level, Indicator.Builder::level)
          .describe("output, outcome or impact")
          .required("measure", MEASURE, Indicator::measure, Indicator.Builder::measure)
          .describe("number, percentage or qualitative")
          .optional("unit", TEXT, Indicator::unit, Indicator.Builder::unit)
          .describe("the unit of a number: enterprises, USD, days")
          .optional("direction", DIRECTION, Indicator::direction, Indicator.Builder::direction)
          .describe("which direction of change is good")
          .optional("disaggregation", DISAGGREGATION, Indicator::disaggregation, Indicator.Builder::disaggregation)
          .describe("how values are broken down")
          .optional("baseline", BASELINE, Indicator::baseline, Indicator.Builder::baseline)
          .describe("where it started")
          .list("targets", TARGET, Indicator::targets, Indicator.Builder::addAllTargets)
          .describe("what it should reach, and by when")
          .list("measurements", MEASUREMENT, Indicator::measurements, Indicator.Builder::addAllMeasurements)
          .describe("what was found")
          .optional("description", TEXT, Indicator::description, Indicator.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.INDICATORS, INDICATOR, "the monitoring indicators"));
}
