package org.cnd.core.programme;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.money.Money;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A funder's contribution to a programme, in cash or in kind, with an amount when the record gives one. A pledge
 * ("willing to contribute the bulk of the funding") is a commitment without an amount, with a note.
 */
@Value.Immutable
public abstract class FundingCommitment {
  FundingCommitment() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The organisation that funds. */
  public abstract OrganisationId funder();

  /** Cash or in kind. */
  public abstract FundingKind kind();

  /** How much, when known; never negative. */
  public abstract Optional<Money> amount();

  /** When it was committed. */
  public abstract Optional<PartialDate> date();

  /** What the record says of it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    amount().ifPresent(a -> {
      if (a.isNegative()) {
        throw new RuleViolationException(Rule.MONEY_NEGATIVE, "/amount",
            "Negative funding amount: expected 0 or more, found " + a);
      }
    });
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link FundingCommitment}. */
  public static final class Builder extends ImmutableFundingCommitment.Builder {
    Builder() {}
  }
}
