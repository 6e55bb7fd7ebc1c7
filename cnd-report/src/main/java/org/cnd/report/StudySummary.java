package org.cnd.report;

import java.util.Optional;
import org.cnd.core.diagnostic.StudyStatus;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.time.PartialDate;

/**
 * A diagnostic study's status.
 *
 * @param id the identifier
 * @param cluster the cluster studied
 * @param title the title
 * @param status draft, validated or endorsed (the core's {@code DiagnosticStudy.status()})
 * @param since the date of the approval that gave the status; empty for a draft
 */
public record StudySummary(
    DiagnosticStudyId id, ClusterId cluster, Optional<String> title, StudyStatus status, Optional<PartialDate> since) {}
