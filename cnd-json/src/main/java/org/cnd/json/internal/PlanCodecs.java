package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.DiagnosticCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.LifecycleCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.MonitoringCodecs.INDICATOR_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.INT;
import static org.cnd.json.internal.ValueCodecs.MONEY;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.EntityKind;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.validation.Rule;

/**
 * The codecs of {@code org.cnd.core.plan}: action plans, their objectives and activities. A plan's status is not
 * written: it follows from its endorsement and supersession; nor is an activity's funding total.
 */
public final class PlanCodecs {
  private PlanCodecs() {}

  /** An action plan's identifier. */
  public static final TextCodec<ActionPlanId> ACTION_PLAN_ID =
      ValueCodecs.id(EntityKind.ACTION_PLANS, ActionPlanId::of);

  /** An objective's identifier, unique within its action plan. */
  public static final TextCodec<ObjectiveId> OBJECTIVE_ID =
      ValueCodecs.id(ObjectiveId.class, "objective", "an objective within its action plan", ObjectiveId::of);

  /** An activity's identifier, unique within its action plan. */
  public static final TextCodec<ActivityId> ACTIVITY_ID =
      ValueCodecs.id(ActivityId.class, "activity", "an activity within its action plan", ActivityId::of);

  /** Pilot or strategic. */
  public static final CodeCodec<ActivityKind> ACTIVITY_KIND =
      CodeCodec.of(ActivityKind.class, "activity kind", "Whether an activity is a pilot or a strategic one.");
  /** Soft or hard. */
  public static final CodeCodec<Intervention> INTERVENTION =
      CodeCodec.of(Intervention.class, "intervention",
          "Whether an activity changes know-how and relations or builds physical assets.");
  public static final CodeCodec<ActivityStatus> ACTIVITY_STATUS =
      CodeCodec.of(ActivityStatus.class, "activity status", "How far an activity has got.");

  /** An objective of an action plan. */
  public static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Objective.class, "objective", Objective::builder, Objective.Builder::build)
          .about("An objective of an action plan.")
          .required("id", OBJECTIVE_ID, Objective::id, Objective.Builder::id)
          .qualify("unique within the plan")
          .required("statement", TEXT, Objective::statement, Objective.Builder::statement)
          .describe("what it aims at: raise exports to the EU by a third")
          .build());

  /** What one organisation pays towards an activity. */
  public static final ObjectCodec<FundingShare, FundingShare.Builder> FUNDING_SHARE = ObjectCodec.deferred(() ->
      ObjectCodec.define(FundingShare.class, "funding share", FundingShare::builder, FundingShare.Builder::build)
          .about("What one organisation pays towards an activity.")
          .required("organisation", ORGANISATION_ID, FundingShare::organisation, FundingShare.Builder::organisation)
          .describe("the organisation that pays")
          .required("amount", MONEY, FundingShare::amount, FundingShare.Builder::amount)
          .describe("how much, in the activity's currency")
          .qualify("not negative")
          .build());

  /** An activity of an action plan. */
  public static final ObjectCodec<Activity, Activity.Builder> ACTIVITY = ObjectCodec.deferred(() ->
      ObjectCodec.define(Activity.class, "activity", Activity::builder, Activity.Builder::build)
          .about("An activity of an action plan; its funding shares are in its budget's currency and add up to no "
              + "more than the budget.")
          .rules(Rule.PLAN_FUNDING_EXCEEDS_BUDGET, Rule.PLAN_FUNDING_CURRENCY, Rule.LIFECYCLE_ACTIVITY_PHASE)
          .required("id", ACTIVITY_ID, Activity::id, Activity.Builder::id)
          .qualify("unique within the plan")
          .required("title", TEXT, Activity::title, Activity.Builder::title)
          .describe("a joint stall at the Frankfurt fair")
          .required("kind", ACTIVITY_KIND, Activity::kind, Activity.Builder::kind)
          .describe("pilot or strategic")
          .required("intervention", INTERVENTION, Activity::intervention, Activity.Builder::intervention)
          .describe("soft or hard")
          .list("objectives", OBJECTIVE_ID, Activity::objectives, Activity.Builder::addAllObjectives)
          .describe("the objectives of the plan it serves")
          .list("responsible", ORGANISATION_ID, Activity::responsible, Activity.Builder::addAllResponsible)
          .describe("the organisations responsible for it")
          .optional("period", DATE_RANGE, Activity::period, Activity.Builder::period)
          .describe("when it runs, within the plan's horizon")
          .optional("budget", MONEY, Activity::budget, Activity.Builder::budget)
          .describe("what it costs")
          .qualify("not negative")
          .list("funding", FUNDING_SHARE, Activity::funding, Activity.Builder::addAllFunding)
          .describe("who pays what")
          .list("indicators", INDICATOR_ID, Activity::indicators, Activity.Builder::addAllIndicators)
          .describe("the indicators that follow it")
          .required("status", ACTIVITY_STATUS, Activity::status, Activity.Builder::status)
          .describe("how far it has got")
          .optional("description", TEXT, Activity::description, Activity.Builder::description)
          .build());

  /**
   * An action plan. Its version is always written (the core gives every plan one, 1 by default) and is 1 when a
   * document leaves it out.
   */
  public static final ObjectCodec<ActionPlan, ActionPlan.Builder> ACTION_PLAN = ObjectCodec.deferred(() ->
      ObjectCodec.define(ActionPlan.class, "action plan", ActionPlan::builder, ActionPlan.Builder::build)
          .about("An action plan of a cluster: objectives and activities over a horizon, based on a diagnostic "
              + "study, endorsed by the governance body; a revision supersedes an earlier plan.")
          .rules(Rule.PLAN_VERSION, Rule.PLAN_OBJECTIVE_DUPLICATE, Rule.PLAN_ACTIVITY_DUPLICATE,
              Rule.PLAN_ACTIVITY_OBJECTIVE, Rule.PLAN_ACTIVITY_PERIOD, Rule.PLAN_SUPERSEDED_DATE,
              Rule.PLAN_SUPERSEDES, Rule.PLAN_BASIS_CLUSTER, Rule.REFERENCE_ENGAGEMENT_CLUSTER)
          .required("id", own(ACTION_PLAN_ID), ActionPlan::id, ActionPlan.Builder::id)
          .optional("title", TEXT, ActionPlan::title, ActionPlan.Builder::title)
          .required("cluster", CLUSTER_ID, ActionPlan::cluster, ActionPlan.Builder::cluster)
          .optional("engagement", ENGAGEMENT_ID, ActionPlan::engagement, ActionPlan.Builder::engagement)
          .describe("the engagement it was made in")
          .optional("basis", DIAGNOSTIC_STUDY_ID, ActionPlan::basis, ActionPlan.Builder::basis)
          .describe("the study it is based on, of the same cluster")
          .optional("version", INT, p -> Optional.of(p.version()), ActionPlan.Builder::version)
          .describe("1 for a first plan, higher for revisions; always written, and 1 when left out")
          .qualify("1 or more")
          .optional("supersedes", ACTION_PLAN_ID, ActionPlan::supersedes, ActionPlan.Builder::supersedes)
          .describe("the plan this one revises and replaces (not itself)")
          .optional("vision", TEXT, ActionPlan::vision, ActionPlan.Builder::vision)
          .describe("the vision the stakeholders share")
          .list("objectives", OBJECTIVE, ActionPlan::objectives, ActionPlan.Builder::addAllObjectives)
          .list("activities", ACTIVITY, ActionPlan::activities, ActionPlan.Builder::addAllActivities)
          .required("horizon", DATE_RANGE, ActionPlan::horizon, ActionPlan.Builder::horizon)
          .describe("the period the plan covers")
          .optional("endorsement", DiagnosticCodecs.APPROVAL, ActionPlan::endorsement, ActionPlan.Builder::endorsement)
          .describe("its endorsement by the cluster's governance body")
          .optional("supersededOn", PARTIAL_DATE, ActionPlan::supersededOn, ActionPlan.Builder::supersededOn)
          .describe("when a revised plan replaced it; not certainly before the endorsement")
          .optional("description", TEXT, ActionPlan::description, ActionPlan.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.ACTION_PLANS, ACTION_PLAN, "the action plans"));
}
