package org.cnd.report;

import java.util.Optional;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.plan.PlanStatus;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;

/**
 * An action plan's status.
 *
 * @param id the identifier
 * @param cluster the cluster
 * @param version 1 for the first plan, higher for revisions
 * @param status draft, endorsed or superseded (the core's {@code ActionPlan.status()})
 * @param since the date that gave the status: its endorsement, or when it was superseded; empty for a draft
 * @param horizon the period it covers
 * @param supersedes the plan it revises
 */
public record PlanSummary(
    ActionPlanId id,
    ClusterId cluster,
    int version,
    PlanStatus status,
    Optional<PartialDate> since,
    DateRange horizon,
    Optional<ActionPlanId> supersedes) {}
