package org.cnd.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;

/**
 * A programme's derived values beside the recorded ones it is known by.
 *
 * @param id the identifier
 * @param title the title
 * @param code the code it is known by
 * @param status the current status (the core's {@code Programme.currentStatus()})
 * @param statusSince the date of the change that gave the current status
 * @param period when it runs
 * @param budget the budget
 * @param funding the funding by funder, kind and currency, in order of first appearance; commitments of unknown
 *     amount on lines of their own
 * @param counterparts the counterparts' share
 * @param targetClusters the clusters it targets
 * @param targetDescription what it targets, when the record names no cluster
 */
public record ProgrammeSummary(
    ProgrammeId id,
    String title,
    Optional<String> code,
    Optional<ProgrammeStatus> status,
    Optional<PartialDate> statusSince,
    Optional<DateRange> period,
    Optional<Money> budget,
    ImmutableList<FundingTotal> funding,
    CounterpartShare counterparts,
    ImmutableList<ClusterId> targetClusters,
    Optional<String> targetDescription) {}
