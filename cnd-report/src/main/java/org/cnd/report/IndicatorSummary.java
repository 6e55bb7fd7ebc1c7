package org.cnd.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.time.PartialDate;

/**
 * An indicator's progress: baseline, latest value and final target, and the share of the way covered (the core's
 * {@code IndicatorProgress}).
 *
 * @param id the identifier
 * @param name the name
 * @param cluster the cluster it names
 * @param engagement the engagement it names
 * @param measure number, percentage or qualitative
 * @param unit the unit of a number
 * @param baseline the baseline
 * @param latest the latest measurement
 * @param target the final target
 * @param achieved the share of the way from baseline to target covered by the latest value
 * @param targetMet whether the latest value meets the final target
 */
public record IndicatorSummary(
    IndicatorId id,
    String name,
    Optional<ClusterId> cluster,
    Optional<EngagementId> engagement,
    Measure measure,
    Optional<String> unit,
    Optional<Point> baseline,
    Optional<Point> latest,
    Optional<Point> target,
    Optional<BigDecimal> achieved,
    Optional<Boolean> targetMet) {

  /**
   * A value at a date.
   *
   * @param value the value
   * @param date when it held (for a measurement over a period, the date it stands for)
   */
  public record Point(IndicatorValue value, PartialDate date) {}
}
