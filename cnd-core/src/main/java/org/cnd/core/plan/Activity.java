package org.cnd.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * An activity of an action plan: a pilot (short, low-risk, trust-building) or strategic action, soft or hard, with
 * the plan's objectives it serves, who is responsible, when, its budget and who funds it, and the indicators that
 * follow it.
 *
 * <p>Invariants: the budget and the funding shares are in one currency, are not negative, and the shares add up to
 * no more than the budget.
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier within the plan. */
  public abstract ActivityId id();

  /** The title: a joint stall at the Frankfurt fair. */
  public abstract String title();

  /** Pilot or strategic. */
  public abstract ActivityKind kind();

  /** Soft or hard. */
  public abstract Intervention intervention();

  /** The objectives of the plan it serves. */
  public abstract ImmutableList<ObjectiveId> objectives();

  /** The organisations responsible for it. */
  public abstract ImmutableList<OrganisationId> responsible();

  /** When it runs, within the plan's horizon. */
  public abstract Optional<DateRange> period();

  /** What it costs; never negative. */
  public abstract Optional<Money> budget();

  /** Who pays what; in the budget's currency and no more than the budget. */
  public abstract ImmutableList<FundingShare> funding();

  /** The indicators that follow it. */
  public abstract ImmutableList<IndicatorId> indicators();

  /** How far it has got. */
  public abstract ActivityStatus status();

  /** Free text. */
  public abstract Optional<String> description();

  /** This activity with its status set, such as {@link ActivityStatus#DONE}. */
  public Activity withStatus(ActivityStatus status) {
    return builder().from(this).status(status).build();
  }

  /** The sum of the funding shares, when there is any. */
  public Optional<Money> fundingTotal() {
    return funding().isEmpty() ? Optional.empty() : Optional.of(Money.total(funding().stream().map(FundingShare::amount).toList()));
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "activity title");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    budget().ifPresent(b -> {
      if (b.isNegative()) {
        throw new RuleViolationException(Rule.MONEY_NEGATIVE, "/budget",
            "Negative budget of activity " + id() + ": expected 0 or more, found " + b);
      }
    });
    Money first = budget().orElse(null);
    String firstPath = "/budget";
    for (int i = 0; i < funding().size(); i++) {
      Money amount = funding().get(i).amount();
      if (first == null) {
        first = amount;
        firstPath = "/funding/" + i + "/amount";
      } else if (!first.isSameCurrency(amount)) {
        throw new RuleViolationException(Rule.PLAN_FUNDING_CURRENCY, "/funding/" + i + "/amount",
            "Funding share " + amount + " of activity " + id() + " is in " + amount.currencyCode() + ": expected "
                + first.currencyCode() + ", the currency at " + firstPath);
      }
    }
    if (budget().isPresent() && !funding().isEmpty()) {
      Money total = fundingTotal().orElseThrow();
      if (total.isGreaterThan(budget().get())) {
        throw new RuleViolationException(Rule.PLAN_FUNDING_EXCEEDS_BUDGET, "/funding",
            "Funding of activity " + id() + " adds up to " + total + ": expected no more than its budget " + budget().get());
      }
    }
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
