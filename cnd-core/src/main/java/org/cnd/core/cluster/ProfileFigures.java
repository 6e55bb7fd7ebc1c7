package org.cnd.core.cluster;

import java.util.Optional;
import java.util.OptionalLong;
import org.cnd.core.money.Money;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/** The size of a cluster at a date: enterprises, employment, annual output and exports, all non-negative. */
@Value.Immutable
public abstract class ProfileFigures {
  ProfileFigures() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The date the figures hold for. */
  public abstract PartialDate asOf();

  /** The number of enterprises. */
  public abstract OptionalLong enterprises();

  /** The number of people employed. */
  public abstract OptionalLong employment();

  /** The value of a year's output. */
  public abstract Optional<Money> annualOutput();

  /** The value of a year's exports. */
  public abstract Optional<Money> exports();

  @Value.Check
  void check() {
    checkCount(enterprises(), "/enterprises", "enterprises");
    checkCount(employment(), "/employment", "employment");
    checkAmount(annualOutput(), "/annualOutput", "annual output");
    checkAmount(exports(), "/exports", "exports");
  }

  private static void checkCount(OptionalLong value, String path, String what) {
    if (value.isPresent() && value.getAsLong() < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, path,
          "Negative " + what + ": expected a count of 0 or more, found " + value.getAsLong());
    }
  }

  private static void checkAmount(Optional<Money> value, String path, String what) {
    if (value.isPresent() && value.get().isNegative()) {
      throw new RuleViolationException(Rule.MONEY_NEGATIVE, path,
          "Negative " + what + ": expected an amount of 0 or more, found " + value.get());
    }
  }

  /** Builds {@link ProfileFigures}. */
  public static final class Builder extends ImmutableProfileFigures.Builder {
    Builder() {}
  }
}
