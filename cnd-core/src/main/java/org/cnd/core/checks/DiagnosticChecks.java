package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of diagnostic studies: references resolve; a study's engagement is of its
 * cluster; its baseline values agree with the indicators' baselines taken from it.
 */
public final class DiagnosticChecks {
  private DiagnosticChecks() {}

  /**
   * Checks the diagnostic studies of a portfolio, found at {@code /diagnosticStudies}.
   *
   * @param known the identifiers of the portfolio
   * @param engagementCluster the cluster of an engagement, empty when the engagement is unknown
   * @param indicators the indicator with an identifier, empty when unknown
   * @param out receives each violation
   */
  public static void checkStudies(List<DiagnosticStudy> studies, References known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster, Function<IndicatorId, Optional<Indicator>> indicators,
      Consumer<Violation> out) {
    for (int i = 0; i < studies.size(); i++) {
      checkStudy(studies.get(i), i, known, engagementCluster, indicators, out);
    }
  }

  private static void checkStudy(DiagnosticStudy s, int index, References known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster, Function<IndicatorId, Optional<Indicator>> indicators,
      Consumer<Violation> out) {
    Supplier<String> what = () -> "study " + s.id();
    Path at = Path.of("diagnosticStudies", index);
    known.check(s.cluster(), at, "cluster", "Cluster", what, out);
    if (s.engagement().isPresent()) {
      EngagementId engagement = s.engagement().get();
      if (known.check(engagement, at, "engagement", "Engagement", what, out)) {
        Optional<ClusterId> cluster = engagementCluster.apply(engagement);
        if (cluster.isPresent() && !cluster.get().equals(s.cluster())) {
          out.accept(Violation.of(Rule.REFERENCE_ENGAGEMENT_CLUSTER, at.with("engagement").toString(),
              "Study " + s.id() + " of cluster " + s.cluster() + " names engagement " + engagement
                  + ": expected an engagement with cluster " + s.cluster() + ", found one with cluster "
                  + cluster.get()));
        }
      }
    }
    known.checkAll(s.authors(), at, "authors", "Person", what, out);
    known.checkAll(s.authorOrganisations(), at, "authorOrganisations", "Organisation", what, out);
    if (s.validation().isPresent()) {
      checkApproval(s.validation().get(), known, what, at.with("validation"), out);
    }
    if (s.endorsement().isPresent()) {
      checkApproval(s.endorsement().get(), known, what, at.with("endorsement"), out);
    }
    if (s.clusterMap().isPresent()) {
      checkMap(s.clusterMap().get(), known, what, at, "clusterMap", out);
    }
    if (s.projectedMap().isPresent()) {
      checkMap(s.projectedMap().get(), known, what, at, "projectedMap", out);
    }
    for (int j = 0; j < s.baselines().size(); j++) {
      BaselineValue b = s.baselines().get(j);
      Path path = at.with("baselines", j);
      if (!known.check(b.indicator(), path, "indicator", "Indicator", what, out)) {
        continue;
      }
      Optional<Baseline> base = indicators.apply(b.indicator()).get().baseline();
      if (base.isPresent() && base.get().study().isPresent() && base.get().study().get().equals(s.id())
          && !base.get().value().isSameAs(b.value())) {
        out.accept(Violation.of(Rule.DIAGNOSTIC_BASELINE_MISMATCH, path.with("value").toString(),
            "Study " + s.id() + " gives indicator " + b.indicator() + " the baseline value " + b.value()
                + ": expected the value the indicator's baseline takes from this study, " + base.get().value()));
      }
    }
  }

  /**
   * Checks that the organisations and people of an approval are in the portfolio.
   *
   * @param what the document, for messages ("study s1", "plan p1")
   * @param path the pointer to the approval
   */
  public static void checkApproval(Approval a, References known, Supplier<String> what, Path path,
      Consumer<Violation> out) {
    known.checkAll(a.organisations(), path, "organisations", "Organisation", what, out);
    known.checkAll(a.people(), path, "people", "Person", what, out);
  }

  private static void checkMap(ClusterMap map, References known, Supplier<String> what, Path at, String property,
      Consumer<Violation> out) {
    Path path = at.with(property);
    for (int j = 0; j < map.actors().size(); j++) {
      known.checkAll(map.actors().get(j).organisations(), path.with("actors", j), "organisations", "Organisation", what,
          out);
    }
  }
}
