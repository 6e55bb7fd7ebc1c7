package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.Transitions;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of engagements: references resolve; the cluster is a target of the programme
 * (a warning); every recorded phase history meets the {@link Transitions transition table} and the {@link Guard
 * guards} at its recorded dates, with the same code that judges {@link Engagement#moveTo moves}; and activities of
 * an engagement's plans start no earlier than the phase that allows them.
 */
public final class LifecycleChecks {
  private LifecycleChecks() {}

  /**
   * Checks the engagements of a portfolio, found at {@code /engagements}.
   *
   * @param known the identifiers of the portfolio
   * @param targets whether a programme targets a cluster; asked only when both are known
   * @param evidence the evidence at hand for an engagement
   * @param out receives each violation
   */
  public static void checkEngagements(List<Engagement> engagements, References known,
      BiPredicate<ProgrammeId, ClusterId> targets, Function<Engagement, Evidence> evidence, Consumer<Violation> out) {
    for (int i = 0; i < engagements.size(); i++) {
      checkEngagement(engagements.get(i), i, known, targets, evidence, out);
    }
  }

  private static void checkEngagement(Engagement e, int index, References known,
      BiPredicate<ProgrammeId, ClusterId> targets, Function<Engagement, Evidence> evidence, Consumer<Violation> out) {
    Supplier<String> what = () -> "engagement " + e.id();
    Path at = Path.of("engagements", index);
    boolean programmeKnown = known.check(e.programme(), at, "programme", "Programme", what, out);
    boolean clusterKnown = known.check(e.cluster(), at, "cluster", "Cluster", what, out);
    if (programmeKnown && clusterKnown && !targets.test(e.programme(), e.cluster())) {
      out.accept(Violation.of(Rule.LIFECYCLE_PROGRAMME_TARGET, at.with("cluster").toString(),
          "Cluster " + e.cluster() + " of " + what.get() + " is not among the target clusters of programme "
              + e.programme() + ": expected a cluster the programme targets"));
    }
    for (int j = 0; j < e.team().size(); j++) {
      TeamMember m = e.team().get(j);
      if (m.person().isPresent()) {
        known.check(m.person().get(), at.with("team", j), "person", "Team member", what, out);
      }
      if (m.organisation().isPresent()) {
        known.check(m.organisation().get(), at.with("team", j), "organisation", "Team organisation", what, out);
      }
    }
    if (e.governanceBody().isPresent()) {
      known.checkAll(e.governanceBody().get().members(), at.with("governanceBody"), "members",
          "Governance body member", what, out);
    }
    checkHistory(e, evidence.apply(e), change -> Pointer.of("engagements", index, "phaseHistory", change), out);
  }

  /**
   * Checks a recorded phase history against the transition table and the guards at the recorded dates: each change
   * is judged against the one recorded before it, as {@link Engagement#moveTo} would judge it.
   *
   * @param evidence the evidence at hand for the engagement
   * @param pathOfChange the pointer to the change at an index of the history
   * @param out receives each violation
   */
  public static void checkHistory(Engagement e, Evidence evidence, Function<Integer, String> pathOfChange,
      Consumer<Violation> out) {
    List<? extends List<Refusal>> refusals = Transitions.refusalsOfHistory(e, evidence);
    for (int j = 0; j < refusals.size(); j++) {
      if (refusals.get(j).isEmpty()) {
        continue;
      }
      String path = pathOfChange.apply(j);
      for (Refusal r : refusals.get(j)) {
        out.accept(r.toViolation(Pointer.append(path, propertyOf(r.rule()))));
      }
    }
  }

  private static String propertyOf(Rule rule) {
    switch (rule) {
      case LIFECYCLE_DATE_ORDER:
        return "date";
      case LIFECYCLE_REASON:
        return "reason";
      default:
        return "phase";
    }
  }

  /**
   * Checks that the activities of each engagement's plans that have started (ongoing or done) start no earlier than
   * the phase that allows them: a pilot activity from the engagement's diagnostic on, a strategic one from its
   * implementation on. Plans without an engagement, activities without a period and unknown engagements are left
   * alone.
   *
   * @param plans the action plans, found at {@code /actionPlans}
   * @param engagements the engagement with an identifier, empty when unknown
   * @param out receives each violation
   */
  public static void checkActivities(List<ActionPlan> plans, Function<EngagementId, Optional<Engagement>> engagements,
      Consumer<Violation> out) {
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      Optional<Engagement> engagement = plan.engagement().flatMap(engagements);
      if (engagement.isEmpty()) {
        continue;
      }
      Engagement e = engagement.get();
      Optional<PartialDate> diagnostic = e.entered(Phase.DIAGNOSTIC);
      Optional<PartialDate> implementation = e.entered(Phase.IMPLEMENTATION);
      for (int j = 0; j < plan.activities().size(); j++) {
        Activity a = plan.activities().get(j);
        if (a.period().isEmpty() || (a.status() != ActivityStatus.ONGOING && a.status() != ActivityStatus.DONE)) {
          continue;
        }
        boolean pilot = a.kind() == ActivityKind.PILOT;
        Phase phase = pilot ? Phase.DIAGNOSTIC : Phase.IMPLEMENTATION;
        Optional<PartialDate> from = pilot ? diagnostic : implementation;
        PartialDate start = a.period().get().start();
        if (from.isEmpty() || start.isCertainlyBefore(from.get())) {
          out.accept(Violation.of(Rule.LIFECYCLE_ACTIVITY_PHASE, Pointer.of("actionPlans", i, "activities", j, "period"),
              "The " + a.kind().code() + " activity " + a.id() + " of plan " + plan.id() + " starts " + start
                  + ": expected no earlier than the " + phase.code() + " of engagement " + e.id() + ", "
                  + from.map(d -> "entered " + d).orElse("which it has not entered")));
        }
      }
    }
  }
}
