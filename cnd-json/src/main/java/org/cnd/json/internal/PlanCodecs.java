package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.ACTION_PLAN_ID;
import static org.cnd.json.internal.ValueCodecs.ACTIVITY_ID;
import static org.cnd.json.internal.ValueCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.ValueCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.ValueCodecs.INDICATOR_ID;
import static org.cnd.json.internal.ValueCodecs.INT;
import static org.cnd.json.internal.ValueCodecs.MONEY;
import static org.cnd.json.internal.ValueCodecs.OBJECTIVE_ID;
import static org.cnd.json.internal.ValueCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;

import java.util.Optional;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;

/**
 * The codecs of {@code org.cnd.core.plan}: action plans, their objectives and activities. A plan's status is not
 * written: it follows from its endorsement and supersession; nor is an activity's funding total.
 */
public final class PlanCodecs {
  private PlanCodecs() {}

  /** Pilot or strategic. */
  public static final CodeCodec<ActivityKind> ACTIVITY_KIND = CodeCodec.of(ActivityKind.class, "activity kind");
  /** Soft or hard. */
  public static final CodeCodec<Intervention> INTERVENTION = CodeCodec.of(Intervention.class, "intervention");
  /** How far an activity has got. */
  public static final CodeCodec<ActivityStatus> ACTIVITY_STATUS = CodeCodec.of(ActivityStatus.class, "activity status");

  /** An objective of an action plan. */
  public static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE =
      ObjectCodec.define(Objective.class, "objective", Objective::builder, Objective.Builder::build)
          .required("id", OBJECTIVE_ID, Objective::id, Objective.Builder::id)
          .required("statement", TEXT, Objective::statement, Objective.Builder::statement)
          .build();

  /** What one organisation pays towards an activity. */
  public static final ObjectCodec<FundingShare, FundingShare.Builder> FUNDING_SHARE =
      ObjectCodec.define(FundingShare.class, "funding share", FundingShare::builder, FundingShare.Builder::build)
          .required("organisation", ORGANISATION_ID, FundingShare::organisation, FundingShare.Builder::organisation)
          .required("amount", MONEY, FundingShare::amount, FundingShare.Builder::amount)
          .build();

  /** An activity of an action plan. */
  public static final ObjectCodec<Activity, Activity.Builder> ACTIVITY =
      ObjectCodec.define(Activity.class, "activity", Activity::builder, Activity.Builder::build)
          .required("id", ACTIVITY_ID, Activity::id, Activity.Builder::id)
          .required("title", TEXT, Activity::title, Activity.Builder::title)
          .required("kind", ACTIVITY_KIND, Activity::kind, Activity.Builder::kind)
          .required("intervention", INTERVENTION, Activity::intervention, Activity.Builder::intervention)
          .list("objectives", OBJECTIVE_ID, Activity::objectives, Activity.Builder::addAllObjectives)
          .list("responsible", ORGANISATION_ID, Activity::responsible, Activity.Builder::addAllResponsible)
          .optional("period", DATE_RANGE, Activity::period, Activity.Builder::period)
          .optional("budget", MONEY, Activity::budget, Activity.Builder::budget)
          .list("funding", FUNDING_SHARE, Activity::funding, Activity.Builder::addAllFunding)
          .list("indicators", INDICATOR_ID, Activity::indicators, Activity.Builder::addAllIndicators)
          .required("status", ACTIVITY_STATUS, Activity::status, Activity.Builder::status)
          .optional("description", TEXT, Activity::description, Activity.Builder::description)
          .build();

  /**
   * An action plan. Its version is always written (the core gives every plan one, 1 by default) and is 1 when a
   * document leaves it out.
   */
  public static final ObjectCodec<ActionPlan, ActionPlan.Builder> ACTION_PLAN =
      ObjectCodec.define(ActionPlan.class, "action plan", ActionPlan::builder, ActionPlan.Builder::build)
          .required("id", ACTION_PLAN_ID, ActionPlan::id, ActionPlan.Builder::id)
          .optional("title", TEXT, ActionPlan::title, ActionPlan.Builder::title)
          .required("cluster", CLUSTER_ID, ActionPlan::cluster, ActionPlan.Builder::cluster)
          .optional("engagement", ENGAGEMENT_ID, ActionPlan::engagement, ActionPlan.Builder::engagement)
          .optional("basis", DIAGNOSTIC_STUDY_ID, ActionPlan::basis, ActionPlan.Builder::basis)
          .optional("version", INT, p -> Optional.of(p.version()), ActionPlan.Builder::version)
          .optional("supersedes", ACTION_PLAN_ID, ActionPlan::supersedes, ActionPlan.Builder::supersedes)
          .optional("vision", TEXT, ActionPlan::vision, ActionPlan.Builder::vision)
          .list("objectives", OBJECTIVE, ActionPlan::objectives, ActionPlan.Builder::addAllObjectives)
          .list("activities", ACTIVITY, ActionPlan::activities, ActionPlan.Builder::addAllActivities)
          .required("horizon", DATE_RANGE, ActionPlan::horizon, ActionPlan.Builder::horizon)
          .optional("endorsement", DiagnosticCodecs.APPROVAL, ActionPlan::endorsement, ActionPlan.Builder::endorsement)
          .optional("supersededOn", PARTIAL_DATE, ActionPlan::supersededOn, ActionPlan.Builder::supersededOn)
          .optional("description", TEXT, ActionPlan::description, ActionPlan.Builder::description)
          .build();
}
