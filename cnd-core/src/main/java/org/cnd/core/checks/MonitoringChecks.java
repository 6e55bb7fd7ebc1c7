package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of indicators: references resolve; an indicator's engagement is of its cluster;
 * its baseline's study is a study of its cluster.
 */
public final class MonitoringChecks {
  private MonitoringChecks() {}

  /**
   * Checks the indicators of a portfolio, found at {@code /indicators}.
   *
   * @param known the identifiers of the portfolio
   * @param engagementCluster the cluster of an engagement, empty when the engagement is unknown
   * @param studyCluster the cluster of a diagnostic study, empty when the study is unknown
   * @param out receives each violation
   */
  public static void checkIndicators(List<Indicator> indicators, References known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Consumer<Violation> out) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<ClusterId> cluster = indicator.cluster();
      Supplier<String> what = () -> "indicator " + indicator.id();
      Path at = Path.of("indicators", i);
      if (cluster.isPresent()) {
        known.check(cluster.get(), at, "cluster", "Cluster", what, out);
      }
      if (indicator.engagement().isPresent()) {
        EngagementId engagement = indicator.engagement().get();
        if (known.check(engagement, at, "engagement", "Engagement", what, out) && cluster.isPresent()) {
          Optional<ClusterId> ofEngagement = engagementCluster.apply(engagement);
          if (ofEngagement.isPresent() && !ofEngagement.get().equals(cluster.get())) {
            out.accept(Violation.of(Rule.REFERENCE_ENGAGEMENT_CLUSTER, at.with("engagement").toString(),
                "Indicator " + indicator.id() + " names cluster " + cluster.get() + " and engagement " + engagement
                    + ": expected the engagement's cluster " + ofEngagement.get() + ", found " + cluster.get()));
          }
        }
      }
      if (indicator.baseline().isPresent() && indicator.baseline().get().study().isPresent()) {
        DiagnosticStudyId study = indicator.baseline().get().study().get();
        Path path = at.with("baseline").with("study");
        if (known.check(study, path, "Baseline study", what, out)) {
          Optional<ClusterId> own = cluster.or(() -> indicator.engagement().flatMap(engagementCluster));
          Optional<ClusterId> ofStudy = studyCluster.apply(study);
          if (own.isPresent() && ofStudy.isPresent() && !own.get().equals(ofStudy.get())) {
            out.accept(Violation.of(Rule.MONITORING_BASELINE_CLUSTER, path.toString(),
                "Baseline of indicator " + indicator.id() + " comes from study " + study + " of cluster " + ofStudy.get()
                    + ": expected a study of the indicator's cluster " + own.get()));
          }
        }
      }
    }
  }
}
