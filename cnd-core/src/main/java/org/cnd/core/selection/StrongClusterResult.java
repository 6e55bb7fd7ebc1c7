package org.cnd.core.selection;

import java.util.OptionalDouble;
import org.cnd.core.cluster.IsicCode;
import org.immutables.value.Value;

/**
 * The US Cluster Mapping Project's strong-cluster test for one sector in one region, with the figures and thresholds
 * it compared, so that a report can show why a region passed or not. Built by {@link ClusterMapping#strongClusters}.
 */
@Value.Immutable
public abstract class StrongClusterResult {
  StrongClusterResult() {}

  static Builder builder() {
    return new Builder();
  }

  /** The region. */
  public abstract Region region();

  /** The sector. */
  public abstract IsicCode sector();

  /** The region's location quotient in the sector; empty when undefined (see {@link ClusterMapping#locationQuotient}). */
  public abstract OptionalDouble locationQuotient();

  /** The percentile of the location quotients across regions that the quotient must reach; empty when no region has one. */
  public abstract OptionalDouble locationQuotientThreshold();

  /** The least location quotient accepted (1 in the Project's test). */
  public abstract double minimumLocationQuotient();

  /** The region's employment in the sector. */
  public abstract long employment();

  /** The percentile of employment across regions that employment must exceed. */
  public abstract double employmentThreshold();

  /** The region's establishments in the sector. */
  public abstract long establishments();

  /** The percentile of establishments across regions that they must exceed. */
  public abstract double establishmentsThreshold();

  /** True when the location quotient is at or above its percentile threshold. */
  public boolean passesSpecialisation() {
    return locationQuotient().isPresent() && locationQuotientThreshold().isPresent()
        && locationQuotient().getAsDouble() >= locationQuotientThreshold().getAsDouble();
  }

  /** True when the location quotient is at least the minimum. */
  public boolean passesMinimumLocationQuotient() {
    return locationQuotient().isPresent() && locationQuotient().getAsDouble() >= minimumLocationQuotient();
  }

  /** True when employment is strictly above its threshold. */
  public boolean passesEmployment() {
    return employment() > employmentThreshold();
  }

  /** True when the number of establishments is strictly above its threshold. */
  public boolean passesEstablishments() {
    return establishments() > establishmentsThreshold();
  }

  /** True when the region passes all four tests: a strong cluster. */
  public boolean isStrong() {
    return passesSpecialisation() && passesMinimumLocationQuotient() && passesEmployment() && passesEstablishments();
  }

  static final class Builder extends ImmutableStrongClusterResult.Builder {
    Builder() {}
  }
}
