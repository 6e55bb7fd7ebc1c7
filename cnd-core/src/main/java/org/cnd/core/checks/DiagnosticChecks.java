package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.validation.Pointer;
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
    String what = "study " + s.id();
    known.check(s.cluster(), Pointer.of("diagnosticStudies", index, "cluster"), "Cluster", what, out);
    if (s.engagement().isPresent()) {
      EngagementId engagement = s.engagement().get();
      String path = Pointer.of("diagnosticStudies", index, "engagement");
      if (known.check(engagement, path, "Engagement", what, out)) {
        engagementCluster.apply(engagement).filter(c -> !c.equals(s.cluster())).ifPresent(c -> out.accept(
            Violation.of(Rule.REFERENCE_ENGAGEMENT_CLUSTER, path,
                "Study " + s.id() + " of cluster " + s.cluster() + " names engagement " + engagement
                    + ": expected an engagement with cluster " + s.cluster() + ", found one with cluster " + c)));
      }
    }
    known.checkAll(s.authors(), Pointer.of("diagnosticStudies", index, "authors"), "Person", what, out);
    known.checkAll(s.authorOrganisations(), Pointer.of("diagnosticStudies", index, "authorOrganisations"), "Organisation", what,
        out);
    s.validation().ifPresent(a -> checkApproval(a, known, what, Pointer.of("diagnosticStudies", index, "validation"), out));
    s.endorsement().ifPresent(a -> checkApproval(a, known, what, Pointer.of("diagnosticStudies", index, "endorsement"), out));
    s.clusterMap().ifPresent(m -> checkMap(m, known, what, Pointer.of("diagnosticStudies", index, "clusterMap"), out));
    s.projectedMap().ifPresent(m -> checkMap(m, known, what, Pointer.of("diagnosticStudies", index, "projectedMap"), out));
    for (int j = 0; j < s.baselines().size(); j++) {
      BaselineValue b = s.baselines().get(j);
      String path = Pointer.of("diagnosticStudies", index, "baselines", j);
      if (!known.check(b.indicator(), Pointer.append(path, "indicator"), "Indicator", what, out)) {
        continue;
      }
      Optional<Indicator> indicator = indicators.apply(b.indicator());
      indicator.get().baseline()
          .filter(base -> base.study().map(s.id()::equals).orElse(false))
          .filter(base -> !base.value().isSameAs(b.value()))
          .ifPresent(base -> out.accept(Violation.of(Rule.DIAGNOSTIC_BASELINE_MISMATCH, Pointer.append(path, "value"),
              "Study " + s.id() + " gives indicator " + b.indicator() + " the baseline value " + b.value()
                  + ": expected the value the indicator's baseline takes from this study, " + base.value())));
    }
  }

  /**
   * Checks that the organisations and people of an approval are in the portfolio.
   *
   * @param what the document, for messages ("study s1", "plan p1")
   * @param path the pointer to the approval
   */
  public static void checkApproval(Approval a, References known, String what, String path, Consumer<Violation> out) {
    known.checkAll(a.organisations(), Pointer.append(path, "organisations"), "Organisation", what, out);
    known.checkAll(a.people(), Pointer.append(path, "people"), "Person", what, out);
  }

  private static void checkMap(ClusterMap map, References known, String what, String path, Consumer<Violation> out) {
    for (int j = 0; j < map.actors().size(); j++) {
      known.checkAll(map.actors().get(j).organisations(), Pointer.append(path, "actors", j, "organisations"),
          "Organisation", what, out);
    }
  }
}
