package org.cnd.core.diagnostic;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.KnownIds;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
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
  public static void checkStudies(List<DiagnosticStudy> studies, KnownIds known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster, Function<IndicatorId, Optional<Indicator>> indicators,
      Consumer<Violation> out) {
    for (int i = 0; i < studies.size(); i++) {
      checkStudy(studies.get(i), i, known, engagementCluster, indicators, out);
    }
  }

  private static void checkStudy(DiagnosticStudy s, int index, KnownIds known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster, Function<IndicatorId, Optional<Indicator>> indicators,
      Consumer<Violation> out) {
    String what = "study " + s.id();
    if (!known.contains(s.cluster())) {
      out.accept(Violation.of(Rule.REFERENCE_CLUSTER, Pointer.of("diagnosticStudies", index, "cluster"),
          "Cluster \"" + s.cluster() + "\" of " + what + " is not in the portfolio: expected the id of a cluster"));
    }
    if (s.engagement().isPresent()) {
      EngagementId engagement = s.engagement().get();
      String path = Pointer.of("diagnosticStudies", index, "engagement");
      if (!known.contains(engagement)) {
        out.accept(Violation.of(Rule.REFERENCE_ENGAGEMENT, path,
            "Engagement \"" + engagement + "\" of " + what + " is not in the portfolio: expected the id of an engagement"));
      } else {
        engagementCluster.apply(engagement).filter(c -> !c.equals(s.cluster())).ifPresent(c -> out.accept(
            Violation.of(Rule.REFERENCE_ENGAGEMENT_CLUSTER, path,
                "Study " + s.id() + " of cluster " + s.cluster() + " names engagement " + engagement
                    + ": expected an engagement with cluster " + s.cluster() + ", found one with cluster " + c)));
      }
    }
    checkPeople(s.authors(), known, what, Pointer.of("diagnosticStudies", index, "authors"), out);
    checkOrganisations(s.authorOrganisations(), known, what, Pointer.of("diagnosticStudies", index, "authorOrganisations"), out);
    s.validation().ifPresent(a -> checkApproval(a, known, what, Pointer.of("diagnosticStudies", index, "validation"), out));
    s.endorsement().ifPresent(a -> checkApproval(a, known, what, Pointer.of("diagnosticStudies", index, "endorsement"), out));
    s.clusterMap().ifPresent(m -> checkMap(m, known, what, Pointer.of("diagnosticStudies", index, "clusterMap"), out));
    s.projectedMap().ifPresent(m -> checkMap(m, known, what, Pointer.of("diagnosticStudies", index, "projectedMap"), out));
    for (int j = 0; j < s.baselines().size(); j++) {
      BaselineValue b = s.baselines().get(j);
      String path = Pointer.of("diagnosticStudies", index, "baselines", j);
      Optional<Indicator> indicator = indicators.apply(b.indicator());
      if (indicator.isEmpty()) {
        out.accept(Violation.of(Rule.REFERENCE_INDICATOR, Pointer.append(path, "indicator"),
            "Indicator \"" + b.indicator() + "\" of " + what + " is not in the portfolio: expected the id of an indicator"));
        continue;
      }
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
  public static void checkApproval(Approval a, KnownIds known, String what, String path, Consumer<Violation> out) {
    checkOrganisations(a.organisations(), known, what, Pointer.append(path, "organisations"), out);
    checkPeople(a.people(), known, what, Pointer.append(path, "people"), out);
  }

  private static void checkMap(ClusterMap map, KnownIds known, String what, String path, Consumer<Violation> out) {
    for (int j = 0; j < map.actors().size(); j++) {
      checkOrganisations(map.actors().get(j).organisations(), known, what,
          Pointer.append(path, "actors", j, "organisations"), out);
    }
  }

  private static void checkOrganisations(List<OrganisationId> ids, KnownIds known, String what, String path,
      Consumer<Violation> out) {
    for (int j = 0; j < ids.size(); j++) {
      if (!known.contains(ids.get(j))) {
        out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.append(path, j),
            "Organisation \"" + ids.get(j) + "\" of " + what + " is not in the portfolio: expected the id of an organisation"));
      }
    }
  }

  private static void checkPeople(List<PersonId> ids, KnownIds known, String what, String path, Consumer<Violation> out) {
    for (int j = 0; j < ids.size(); j++) {
      if (!known.contains(ids.get(j))) {
        out.accept(Violation.of(Rule.REFERENCE_PERSON, Pointer.append(path, j),
            "Person \"" + ids.get(j) + "\" of " + what + " is not in the portfolio: expected the id of a person"));
      }
    }
  }
}
