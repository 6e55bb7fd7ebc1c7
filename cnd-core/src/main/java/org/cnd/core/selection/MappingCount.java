package org.cnd.core.selection;

import org.cnd.core.cluster.IsicCode;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * One cell of a mapping data set: the employment and the number of establishments of one sector in one region.
 *
 * <p>Invariant: the counts are not negative.
 */
@Value.Immutable
public abstract class MappingCount {
  MappingCount() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The counts of a sector in a region. */
  public static MappingCount of(Region region, IsicCode sector, long employment, long establishments) {
    return builder().region(region).sector(sector).employment(employment).establishments(establishments).build();
  }

  /** The region. */
  public abstract Region region();

  /** The sector, an ISIC Rev.4 code. */
  public abstract IsicCode sector();

  /** The number of people employed. */
  public abstract long employment();

  /** The number of establishments. */
  public abstract long establishments();

  @Value.Check
  void check() {
    checkCount(employment(), "/employment", "employment");
    checkCount(establishments(), "/establishments", "establishments");
  }

  private static void checkCount(long count, String path, String what) {
    if (count < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, path,
          "Negative count of " + what + ": expected 0 or more, found " + count);
    }
  }

  /** Builds a {@link MappingCount}. */
  public static final class Builder extends ImmutableMappingCount.Builder {
    Builder() {}
  }
}
