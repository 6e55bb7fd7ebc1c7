package org.cnd.report;

import com.google.common.collect.ImmutableList;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;

/**
 * What one funder committed across the portfolio.
 *
 * @param funder the organisation
 * @param known the known amounts summed per currency (the core's {@code PortfolioQueries.fundingTotalsBySource()})
 * @param commitments how many commitments it made (the core's {@code fundingBySource()})
 * @param commitmentsOfUnknownAmount how many of them record no amount
 */
public record SourceSummary(
    OrganisationId funder, ImmutableList<Money> known, int commitments, int commitmentsOfUnknownAmount) {}
