package org.cnd.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * An action plan of a cluster: the shared vision turned into objectives and activities over a horizon, based on a
 * diagnostic study and endorsed by the cluster's governance body. A revision is a new plan with a higher version
 * that {@linkplain #supersedes() supersedes} the old one.
 *
 * <p>Its status follows from its dates: a draft until {@linkplain #endorsement() endorsed}, superseded from the date
 * it was {@linkplain #supersededOn() superseded}. Invariants: version 1 or more; not superseding itself; objectives
 * and activities with distinct identifiers; activities serve the plan's own objectives and run within its horizon;
 * not superseded certainly before its endorsement.
 */
@Value.Immutable
public abstract class ActionPlan {
  ActionPlan() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract ActionPlanId id();

  /** The title, when it has one. */
  public abstract Optional<String> title();

  /** The cluster. */
  public abstract ClusterId cluster();

  /** The engagement it was made in. */
  public abstract Optional<EngagementId> engagement();

  /** The diagnostic study it is based on. */
  public abstract Optional<DiagnosticStudyId> basis();

  /** The version: 1 for the first plan, higher for revisions. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** The plan this one revises and replaces. */
  public abstract Optional<ActionPlanId> supersedes();

  /** The vision the stakeholders share. */
  public abstract Optional<String> vision();

  /** The objectives. */
  public abstract ImmutableList<Objective> objectives();

  /** The activities. */
  public abstract ImmutableList<Activity> activities();

  /** The period the plan covers. */
  public abstract DateRange horizon();

  /** Its endorsement by the cluster's governance body. */
  public abstract Optional<Approval> endorsement();

  /** When a revised plan replaced it. */
  public abstract Optional<PartialDate> supersededOn();

  /** Free text. */
  public abstract Optional<String> description();

  /** Draft, endorsed or superseded. */
  public PlanStatus status() {
    if (supersededOn().isPresent()) {
      return PlanStatus.SUPERSEDED;
    }
    return endorsement().isPresent() ? PlanStatus.ENDORSED : PlanStatus.DRAFT;
  }

  /** True when the plan is endorsed no later than the date (its endorsement is not certainly after it). */
  public boolean isEndorsedBy(PartialDate date) {
    return endorsement().map(e -> e.isBy(date)).orElse(false);
  }

  /** The activity with this identifier. */
  public Optional<Activity> activity(ActivityId id) {
    return activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** This plan with these activities, in this order, instead of its own. */
  public ActionPlan withActivities(Iterable<? extends Activity> activities) {
    return builder().from(this).activities(activities).build();
  }

  /** This plan with the activity replacing the one with its identifier, or added at the end. */
  public ActionPlan withActivity(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    List<Activity> out = new ArrayList<>(activities());
    int at = indexOf(activity.id());
    if (at < 0) {
      out.add(activity);
    } else {
      out.set(at, activity);
    }
    return withActivities(out);
  }

  /**
   * This plan with the activity of this identifier replaced by what the function makes of it, such as {@code
   * plan.updateActivity(id, a -> a.withStatus(ActivityStatus.DONE))}.
   *
   * @throws NoSuchElementException when the plan has no activity with this identifier
   */
  public ActionPlan updateActivity(ActivityId id, UnaryOperator<Activity> fn) {
    int at = indexOf(id);
    if (at < 0) {
      throw new NoSuchElementException("No activity \"" + id + "\" in plan " + id() + ": expected the id of one of its "
          + "activities " + activities().stream().map(a -> a.id().value()).toList());
    }
    List<Activity> out = new ArrayList<>(activities());
    out.set(at, Objects.requireNonNull(fn.apply(activities().get(at)), "the updated activity"));
    return withActivities(out);
  }

  /** This plan without the activity with this identifier; this plan when it has none. */
  public ActionPlan withoutActivity(ActivityId id) {
    int at = indexOf(id);
    if (at < 0) {
      return this;
    }
    List<Activity> out = new ArrayList<>(activities());
    out.remove(at);
    return withActivities(out);
  }

  private int indexOf(ActivityId id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < activities().size(); i++) {
      if (activities().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Texts.checkNotBlank(t, "/title", "plan title"));
    vision().ifPresent(v -> Texts.checkNotBlank(v, "/vision", "vision"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (version() < 1) {
      throw new RuleViolationException(Rule.PLAN_VERSION, "/version",
          "Invalid version of plan " + id() + ": expected 1 or more, found " + version());
    }
    if (supersedes().isPresent() && supersedes().get().equals(id())) {
      throw new RuleViolationException(Rule.PLAN_SUPERSEDES, "/supersedes",
          "Plan " + id() + " supersedes itself: expected an earlier plan");
    }
    Map<ObjectiveId, Integer> objectives = new HashMap<>();
    for (int i = 0; i < objectives().size(); i++) {
      Integer previous = objectives.putIfAbsent(objectives().get(i).id(), i);
      if (previous != null) {
        throw new RuleViolationException(Rule.PLAN_OBJECTIVE_DUPLICATE, "/objectives/" + i + "/id",
            "Duplicate objective id \"" + objectives().get(i).id() + "\" in plan " + id()
                + ": expected ids unique within the plan, found it at /objectives/" + previous + "/id too");
      }
    }
    Map<ActivityId, Integer> activities = new HashMap<>();
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      Integer previous = activities.putIfAbsent(activity.id(), i);
      if (previous != null) {
        throw new RuleViolationException(Rule.PLAN_ACTIVITY_DUPLICATE, "/activities/" + i + "/id",
            "Duplicate activity id \"" + activity.id() + "\" in plan " + id()
                + ": expected ids unique within the plan, found it at /activities/" + previous + "/id too");
      }
      for (int j = 0; j < activity.objectives().size(); j++) {
        ObjectiveId objective = activity.objectives().get(j);
        if (!objectives.containsKey(objective)) {
          throw new RuleViolationException(Rule.PLAN_ACTIVITY_OBJECTIVE, "/activities/" + i + "/objectives/" + j,
              "Activity " + activity.id() + " serves objective \"" + objective + "\": expected one of the plan's objectives "
                  + objectives().stream().map(o -> o.id().value()).toList());
        }
      }
      if (activity.period().isPresent() && !horizon().mayEnclose(activity.period().get())) {
        throw new RuleViolationException(Rule.PLAN_ACTIVITY_PERIOD, "/activities/" + i + "/period",
            "Activity " + activity.id() + " runs " + activity.period().get() + ": expected a period within the plan's horizon "
                + horizon());
      }
    }
    if (supersededOn().isPresent() && endorsement().isPresent()
        && supersededOn().get().isCertainlyBefore(endorsement().get().date())) {
      throw new RuleViolationException(Rule.PLAN_SUPERSEDED_DATE, "/supersededOn",
          "Plan " + id() + " is superseded " + supersededOn().get() + ": expected no earlier than its endorsement ("
              + endorsement().get().date() + ")");
    }
  }

  /** Builds an {@link ActionPlan}. */
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }
}
