package org.cnd.core.plan;

import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/** What one organisation pays towards an activity. */
@Value.Immutable
public abstract class FundingShare {
  FundingShare() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An organisation's share. */
  public static FundingShare of(OrganisationId organisation, Money amount) {
    return builder().organisation(organisation).amount(amount).build();
  }

  /** The organisation that pays. */
  public abstract OrganisationId organisation();

  /** How much; never negative. */
  public abstract Money amount();

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new RuleViolationException(Rule.MONEY_NEGATIVE, "/amount",
          "Negative funding share of " + organisation() + ": expected 0 or more, found " + amount());
    }
  }

  /** Builds a {@link FundingShare}. */
  public static final class Builder extends ImmutableFundingShare.Builder {
    Builder() {}
  }
}
