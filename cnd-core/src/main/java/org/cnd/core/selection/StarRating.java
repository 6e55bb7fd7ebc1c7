package org.cnd.core.selection;

import java.util.OptionalDouble;
import org.cnd.core.cluster.IsicCode;
import org.immutables.value.Value;

/**
 * The European Cluster Observatory's stars for one sector in one region, with the figures and thresholds they were
 * given by: one star each for size, specialisation and focus. Built by {@link ClusterMapping#stars}.
 */
@Value.Immutable
public abstract class StarRating {
  StarRating() {}

  static Builder builder() {
    return new Builder();
  }

  /** The region. */
  public abstract Region region();

  /** The sector. */
  public abstract IsicCode sector();

  /** The region's employment in the sector. */
  public abstract long employment();

  /** The employment that puts a region in the top share of regions for the sector. */
  public abstract double sizeThreshold();

  /** The region's location quotient in the sector; empty when undefined. */
  public abstract OptionalDouble locationQuotient();

  /** The location quotient that earns the specialisation star. */
  public abstract double specialisationThreshold();

  /** The sector's share of the region's employment; empty when the region has no employment. */
  public abstract OptionalDouble focus();

  /** The share that puts a region in the top share of regions; empty when no region has employment. */
  public abstract OptionalDouble focusThreshold();

  /** The size star: employment above 0 and at or above the size threshold. */
  public boolean hasSizeStar() {
    return employment() > 0 && employment() >= sizeThreshold();
  }

  /** The specialisation star: a location quotient at or above the threshold. */
  public boolean hasSpecialisationStar() {
    return locationQuotient().isPresent() && locationQuotient().getAsDouble() >= specialisationThreshold();
  }

  /** The focus star: a share above 0 and at or above the focus threshold. */
  public boolean hasFocusStar() {
    return focus().isPresent() && focusThreshold().isPresent() && focus().getAsDouble() > 0
        && focus().getAsDouble() >= focusThreshold().getAsDouble();
  }

  /** The number of stars, 0 to 3. */
  public int stars() {
    return (hasSizeStar() ? 1 : 0) + (hasSpecialisationStar() ? 1 : 0) + (hasFocusStar() ? 1 : 0);
  }

  static final class Builder extends ImmutableStarRating.Builder {
    Builder() {}
  }
}
