package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DECIMAL;
import static org.cnd.json.internal.ValueCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.ValueCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.ValueCodecs.INDICATOR_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;

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

/**
 * The codecs of {@code org.cnd.core.monitoring}: indicators, their values, baselines, targets and measurements.
 * What an indicator computes (its latest measurement, final target, progress) is not written.
 */
public final class MonitoringCodecs {
  private MonitoringCodecs() {}

  /** Output, outcome or impact. */
  public static final CodeCodec<IndicatorLevel> INDICATOR_LEVEL = CodeCodec.of(IndicatorLevel.class, "indicator level");
  /** Number, percentage or qualitative. */
  public static final CodeCodec<Measure> MEASURE = CodeCodec.of(Measure.class, "measure");
  /** Which direction of change is good. */
  public static final CodeCodec<Direction> DIRECTION = CodeCodec.of(Direction.class, "direction");
  /** How an indicator's values are broken down. */
  public static final CodeCodec<Disaggregation> DISAGGREGATION = CodeCodec.of(Disaggregation.class, "disaggregation");
  /** The gender of the people counted. */
  public static final CodeCodec<Gender> GENDER = CodeCodec.of(Gender.class, "gender");

  /** A number or a text: {@code {"number": 12.5}} or {@code {"text": "Strong"}}. */
  public static final ObjectCodec<IndicatorValue, IndicatorValue.Builder> INDICATOR_VALUE =
      ObjectCodec.define(IndicatorValue.class, "indicator value", IndicatorValue::builder, IndicatorValue.Builder::build)
          .optional("number", DECIMAL, IndicatorValue::number, IndicatorValue.Builder::number)
          .optional("text", TEXT, IndicatorValue::text, IndicatorValue.Builder::text)
          .build();

  /** Where an indicator started. */
  public static final ObjectCodec<Baseline, Baseline.Builder> BASELINE =
      ObjectCodec.define(Baseline.class, "baseline", Baseline::builder, Baseline.Builder::build)
          .required("value", INDICATOR_VALUE, Baseline::value, Baseline.Builder::value)
          .required("date", PARTIAL_DATE, Baseline::date, Baseline.Builder::date)
          .optional("study", DIAGNOSTIC_STUDY_ID, Baseline::study, Baseline.Builder::study)
          .optional("note", TEXT, Baseline::note, Baseline.Builder::note)
          .build();

  /** A value an indicator should reach by a date. */
  public static final ObjectCodec<Target, Target.Builder> TARGET =
      ObjectCodec.define(Target.class, "target", Target::builder, Target.Builder::build)
          .required("value", INDICATOR_VALUE, Target::value, Target.Builder::value)
          .required("date", PARTIAL_DATE, Target::date, Target.Builder::date)
          .optional("note", TEXT, Target::note, Target.Builder::note)
          .build();

  /** The part of a measurement in one category of a disaggregation. */
  public static final ObjectCodec<BreakdownValue, BreakdownValue.Builder> BREAKDOWN_VALUE =
      ObjectCodec.define(BreakdownValue.class, "broken-down value", BreakdownValue::builder,
              BreakdownValue.Builder::build)
          .optional("sizeClass", ClusterCodecs.SIZE_CLASS, BreakdownValue::sizeClass, BreakdownValue.Builder::sizeClass)
          .optional("gender", GENDER, BreakdownValue::gender, BreakdownValue.Builder::gender)
          .required("value", INDICATOR_VALUE, BreakdownValue::value, BreakdownValue.Builder::value)
          .build();

  /** A value of an indicator found at a date or over a period. */
  public static final ObjectCodec<Measurement, Measurement.Builder> MEASUREMENT =
      ObjectCodec.define(Measurement.class, "measurement", Measurement::builder, Measurement.Builder::build)
          .required("value", INDICATOR_VALUE, Measurement::value, Measurement.Builder::value)
          .optional("date", PARTIAL_DATE, Measurement::date, Measurement.Builder::date)
          .optional("period", DATE_RANGE, Measurement::period, Measurement.Builder::period)
          .optional("source", TEXT, Measurement::source, Measurement.Builder::source)
          .list("breakdown", BREAKDOWN_VALUE, Measurement::breakdown, Measurement.Builder::addAllBreakdown)
          .build();

  /** An indicator. */
  public static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR =
      ObjectCodec.define(Indicator.class, "indicator", Indicator::builder, Indicator.Builder::build)
          .required("id", INDICATOR_ID, Indicator::id, Indicator.Builder::id)
          .required("name", TEXT, Indicator::name, Indicator.Builder::name)
          .optional("cluster", CLUSTER_ID, Indicator::cluster, Indicator.Builder::cluster)
          .optional("engagement", ENGAGEMENT_ID, Indicator::engagement, Indicator.Builder::engagement)
          .required("level", INDICATOR_LEVEL, Indicator::level, Indicator.Builder::level)
          .required("measure", MEASURE, Indicator::measure, Indicator.Builder::measure)
          .optional("unit", TEXT, Indicator::unit, Indicator.Builder::unit)
          .optional("direction", DIRECTION, Indicator::direction, Indicator.Builder::direction)
          .optional("disaggregation", DISAGGREGATION, Indicator::disaggregation, Indicator.Builder::disaggregation)
          .optional("baseline", BASELINE, Indicator::baseline, Indicator.Builder::baseline)
          .list("targets", TARGET, Indicator::targets, Indicator.Builder::addAllTargets)
          .list("measurements", MEASUREMENT, Indicator::measurements, Indicator.Builder::addAllMeasurements)
          .optional("description", TEXT, Indicator::description, Indicator.Builder::description)
          .build();
}
