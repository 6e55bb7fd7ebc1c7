package org.cnd.report;

import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.time.PartialDate;

/**
 * An engagement's current phase and since when.
 *
 * @param id the identifier
 * @param programme the programme
 * @param cluster the cluster
 * @param phase the current phase (the core's {@code Engagement.currentPhase()}); empty before it starts
 * @param since the date of the change that entered the current phase
 * @param resumesTo the phase a suspended engagement resumes to (the core's {@code Engagement.resumesTo()})
 */
public record EngagementSummary(
    EngagementId id,
    ProgrammeId programme,
    ClusterId cluster,
    Optional<Phase> phase,
    Optional<PartialDate> since,
    Optional<Phase> resumesTo) {}
