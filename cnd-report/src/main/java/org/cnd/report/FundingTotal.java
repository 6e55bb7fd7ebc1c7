package org.cnd.report;

import java.util.Objects;
import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.FundingKind;

/**
 * The commitments of one funder of one kind (cash or in kind) in one currency, summed; or, when {@code amount} is
 * empty, the commitments of that funder and kind that record no amount, counted apart and never read as zero.
 *
 * @param funder the organisation that funds
 * @param kind cash or in kind
 * @param amount the sum of the known amounts in one currency; empty for the commitments of unknown amount
 * @param commitments how many commitments the line stands for
 */
public record FundingTotal(OrganisationId funder, FundingKind kind, Optional<Money> amount, int commitments) {
  /** Checks that no part is null and that the line stands for at least one commitment. */
  public FundingTotal {
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    if (commitments < 1) {
      throw new IllegalArgumentException("Funding total of " + funder + ": expected 1 or more commitments, found "
          + commitments);
    }
  }

  /** True when the line counts commitments whose amount is not recorded. */
  public boolean isUnknownAmount() {
    return amount.isEmpty();
  }
}
