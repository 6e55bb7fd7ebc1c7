package org.cnd.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of a programme's funding committed by its counterparts, with how much of it is known.
 *
 * @param ofKnownAmounts the core's share ({@code PortfolioQueries.counterpartShare}): the counterparts' known amounts
 *     over all known amounts, from 0 to 1; empty when no amount is recorded, the total is zero or the amounts are in
 *     more than one currency
 * @param commitments the programme's funding commitments
 * @param commitmentsOfUnknownAmount those that record no amount
 * @param counterpartCommitments the commitments of the programme's counterparts
 * @param counterpartCommitmentsOfUnknownAmount those of the counterparts that record no amount
 */
public record CounterpartShare(
    Optional<BigDecimal> ofKnownAmounts,
    int commitments,
    int commitmentsOfUnknownAmount,
    int counterpartCommitments,
    int counterpartCommitmentsOfUnknownAmount) {
  /** Checks that no part is null. */
  public CounterpartShare {
    Objects.requireNonNull(ofKnownAmounts, "ofKnownAmounts");
  }

  /**
   * True when every commitment records its amount, so that the share of the known amounts is the share itself.
   * Otherwise the share is unknown: an unrecorded amount is not zero.
   */
  public boolean isComplete() {
    return commitmentsOfUnknownAmount == 0;
  }

  /** The share, when every amount is known and the core could compute it. */
  public Optional<BigDecimal> share() {
    return isComplete() ? ofKnownAmounts : Optional.empty();
  }
}
