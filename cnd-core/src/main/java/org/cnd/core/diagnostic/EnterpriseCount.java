package org.cnd.core.diagnostic;

import org.cnd.core.cluster.SizeClass;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/** The number of a cluster's enterprises in one size class. */
@Value.Immutable
public abstract class EnterpriseCount {
  EnterpriseCount() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The count of enterprises of a size class. */
  public static EnterpriseCount of(SizeClass sizeClass, long count) {
    return builder().sizeClass(sizeClass).count(count).build();
  }

  /** The size class. */
  public abstract SizeClass sizeClass();

  /** How many enterprises; never negative. */
  public abstract long count();

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, "/count",
          "Negative count of " + sizeClass().code() + " enterprises: expected 0 or more, found " + count());
    }
  }

  /** Builds an {@link EnterpriseCount}. */
  public static final class Builder extends ImmutableEnterpriseCount.Builder {
    Builder() {}
  }
}
