package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of action plans: references resolve; a plan's engagement and basis are of its
 * cluster; a plan supersedes a lower version of a plan of its cluster.
 */
public final class PlanChecks {
  private PlanChecks() {}

  /**
   * Checks the action plans of a portfolio, found at {@code /actionPlans}.
   *
   * @param known the identifiers of the portfolio
   * @param engagementCluster the cluster of an engagement, empty when the engagement is unknown
   * @param studyCluster the cluster of a diagnostic study, empty when the study is unknown
   * @param plans the plan with an identifier, empty when unknown
   * @param out receives each violation
   */
  public static void checkPlans(List<ActionPlan> plans, References known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ActionPlan>> byId,
      Consumer<Violation> out) {
    for (int i = 0; i < plans.size(); i++) {
      checkPlan(plans.get(i), i, known, engagementCluster, studyCluster, byId, out);
    }
  }

  private static void checkPlan(ActionPlan p, int index, References known,
      Function<EngagementId, Optional<ClusterId>> engagementCluster,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ActionPlan>> byId,
      Consumer<Violation> out) {
    Supplier<String> what = () -> "plan " + p.id();
    Path at = Path.of("actionPlans", index);
    known.check(p.cluster(), at, "cluster", "Cluster", what, out);
    if (p.engagement().isPresent()) {
      EngagementId engagement = p.engagement().get();
      if (known.check(engagement, at, "engagement", "Engagement", what, out)) {
        Optional<ClusterId> cluster = engagementCluster.apply(engagement);
        if (cluster.isPresent() && !cluster.get().equals(p.cluster())) {
          out.accept(Violation.of(Rule.REFERENCE_ENGAGEMENT_CLUSTER, at.with("engagement").toString(),
              "Plan " + p.id() + " of cluster " + p.cluster() + " names engagement " + engagement
                  + ": expected an engagement with cluster " + p.cluster() + ", found one with cluster "
                  + cluster.get()));
        }
      }
    }
    if (p.basis().isPresent()) {
      DiagnosticStudyId basis = p.basis().get();
      if (known.check(basis, at, "basis", "Basis", what, out)) {
        Optional<ClusterId> cluster = studyCluster.apply(basis);
        if (cluster.isPresent() && !cluster.get().equals(p.cluster())) {
          out.accept(Violation.of(Rule.PLAN_BASIS_CLUSTER, at.with("basis").toString(),
              "Plan " + p.id() + " of cluster " + p.cluster() + " is based on study " + basis + " of cluster "
                  + cluster.get() + ": expected a study of cluster " + p.cluster()));
        }
      }
    }
    if (p.supersedes().isPresent()) {
      ActionPlanId old = p.supersedes().get();
      Path path = at.with("supersedes");
      Optional<ActionPlan> found = byId.apply(old);
      if (known.check(old, path, "Superseded plan", what, out) && found.isPresent()) {
        if (!found.get().cluster().equals(p.cluster())) {
          out.accept(Violation.of(Rule.PLAN_SUPERSEDES, path.toString(),
              "Plan " + p.id() + " of cluster " + p.cluster() + " supersedes plan " + old + " of cluster "
                  + found.get().cluster() + ": expected a plan of the same cluster"));
        } else if (found.get().version() >= p.version()) {
          out.accept(Violation.of(Rule.PLAN_SUPERSEDES, path.toString(),
              "Plan " + p.id() + " (version " + p.version() + ") supersedes plan " + old + " (version "
                  + found.get().version() + "): expected a lower version than " + p.version()));
        }
      }
    }
    if (p.endorsement().isPresent()) {
      DiagnosticChecks.checkApproval(p.endorsement().get(), known, what, at.with("endorsement"), out);
    }
    for (int j = 0; j < p.activities().size(); j++) {
      Activity activity = p.activities().get(j);
      Path path = at.with("activities", j);
      Supplier<String> ofActivity = () -> "activity " + activity.id() + " of " + what.get();
      known.checkAll(activity.responsible(), path, "responsible", "Responsible organisation", ofActivity, out);
      for (int k = 0; k < activity.funding().size(); k++) {
        known.check(activity.funding().get(k).organisation(), path.with("funding", k), "organisation", "Funder",
            ofActivity, out);
      }
      known.checkAll(activity.indicators(), path, "indicators", "Indicator", ofActivity, out);
    }
  }
}
