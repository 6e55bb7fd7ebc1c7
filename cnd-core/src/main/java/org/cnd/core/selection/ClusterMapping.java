package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cnd.core.cluster.IsicCode;

/**
 * Quantitative identification of clusters over a {@link MappingDataSet}: location quotients, the US Cluster
 * Mapping Project's strong-cluster test and the European Cluster Observatory's stars. Every threshold is a
 * parameter; the constants give the values those projects publish.
 *
 * <p>Percentiles are computed by {@link Quantiles} (linear interpolation, as d3-array's {@code quantile}).
 * Undefined quotients and shares (a region without employment, a sector without employment anywhere) are left out
 * of the percentiles and never pass a test; a region without a count for the sector has 0 employment and 0
 * establishments there and takes part in the size percentiles with those zeros.
 */
public final class ClusterMapping {
  private ClusterMapping() {}

  /** The Project's strong-cluster test: location quotient at or above the 75th percentile of regions. */
  public static final double US_CMP_LOCATION_QUOTIENT_PERCENTILE = 0.75;

  /** The Project's stricter test: location quotient at or above the 90th percentile of regions. */
  public static final double US_CMP_STRICT_LOCATION_QUOTIENT_PERCENTILE = 0.90;

  /** The Project's least location quotient of a strong cluster. */
  public static final double US_CMP_MINIMUM_LOCATION_QUOTIENT = 1.0;

  /** The Project's percentile that employment and establishments must each exceed. */
  public static final double US_CMP_SIZE_PERCENTILE = 0.25;

  /** The Observatory's share of regions that earn the size and focus stars: the top 10%. */
  public static final double ECO_TOP_SHARE = 0.10;

  /**
   * The location quotient of a sector s in a region r: LQ = (E[s,r] / E[r]) / (E[s,N] / E[N]), where E[s,r] is the
   * region's employment in the sector, E[s,N] the sector's employment in all regions of the data set, and E[r] and
   * E[N] the region's and all regions' employment: in all sectors, or, with {@link Denominator#TRADED_EMPLOYMENT}, in
   * traded sectors only (the US Cluster Mapping Project's choice for traded clusters). 1 means the region is as
   * specialised in the sector as the whole; above 1, more.
   *
   * <p>Computed exactly as the fraction (E[s,r] · E[N]) / (E[r] · E[s,N]) and rounded once to a double, so that
   * scaling every count by the same factor gives exactly the same quotient.
   *
   * @return empty when the quotient is undefined: E[r] = 0 (the region has no employment to share) or E[s,N] = 0
   *     (the sector has none anywhere)
   * @throws IllegalArgumentException with traded employment, when the data set states no traded sectors or the
   *     sector is not traded
   */
  public static OptionalDouble locationQuotient(MappingDataSet data, Region region, IsicCode sector, Denominator denominator) {
    Objects.requireNonNull(region, "region");
    checkSector(data, sector, denominator);
    long regionTotal = data.regionEmployment(region, denominator);
    long sectorTotal = data.sectorEmployment(sector);
    if (regionTotal == 0 || sectorTotal == 0) {
      return OptionalDouble.empty();
    }
    BigInteger numerator = BigInteger.valueOf(data.employment(region, sector))
        .multiply(BigInteger.valueOf(data.totalEmployment(denominator)));
    BigInteger denominatorValue = BigInteger.valueOf(regionTotal).multiply(BigInteger.valueOf(sectorTotal));
    return OptionalDouble.of(new BigDecimal(numerator).divide(new BigDecimal(denominatorValue), MathContext.DECIMAL128).doubleValue());
  }

  /**
   * The US Cluster Mapping Project's strong-cluster test of a sector in every region of the data set, in the data
   * set's region order. A region holds a strong cluster when (1) its location quotient is at or above the
   * {@code lqPercentile} of the quotients of all regions that have one (0.75; 0.90 for the stricter test), (2) the
   * quotient is at least {@code minimumLq} (1), and (3) its employment and (4) its establishments in the sector are
   * each strictly above their {@code sizePercentile} across all regions (0.25). Ties at a threshold pass (1) and (2),
   * and fail (3) and (4).
   *
   * @throws IllegalArgumentException when a percentile is outside [0, 1], the minimum is negative or not finite, or
   *     the denominator does not fit the data set or sector (see {@link #locationQuotient})
   */
  public static ImmutableList<StrongClusterResult> strongClusters(MappingDataSet data, IsicCode sector, Denominator denominator,
      double lqPercentile, double minimumLq, double sizePercentile) {
    checkFraction(lqPercentile, "lqPercentile");
    checkFraction(sizePercentile, "sizePercentile");
    checkThreshold(minimumLq, "minimumLq");
    checkSector(data, sector, denominator);
    List<Region> regions = data.regions().asList();
    OptionalDouble[] lqs = quotients(data, regions, sector, denominator);
    OptionalDouble lqThreshold = quantileOfPresent(lqs, lqPercentile);
    double employmentThreshold = Quantiles.of(regions.stream().mapToDouble(r -> data.employment(r, sector)).toArray(), sizePercentile);
    double establishmentsThreshold =
        Quantiles.of(regions.stream().mapToDouble(r -> data.establishments(r, sector)).toArray(), sizePercentile);
    ImmutableList.Builder<StrongClusterResult> out = ImmutableList.builder();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      out.add(StrongClusterResult.builder().region(r).sector(sector).locationQuotient(lqs[i])
          .locationQuotientThreshold(lqThreshold).minimumLocationQuotient(minimumLq)
          .employment(data.employment(r, sector)).employmentThreshold(employmentThreshold)
          .establishments(data.establishments(r, sector)).establishmentsThreshold(establishmentsThreshold).build());
    }
    return out.build();
  }

  /**
   * The strong-cluster test with the Project's thresholds: the 75th percentile of quotients (the 90th when
   * {@code stricter}), a quotient of at least 1, and employment and establishments above their 25th percentile.
   */
  public static ImmutableList<StrongClusterResult> strongClusters(MappingDataSet data, IsicCode sector, Denominator denominator,
      boolean stricter) {
    return strongClusters(data, sector, denominator,
        stricter ? US_CMP_STRICT_LOCATION_QUOTIENT_PERCENTILE : US_CMP_LOCATION_QUOTIENT_PERCENTILE,
        US_CMP_MINIMUM_LOCATION_QUOTIENT, US_CMP_SIZE_PERCENTILE);
  }

  /**
   * The European Cluster Observatory's stars of a sector in every region of the data set, in the data set's region
   * order: a <em>size</em> star when the region's employment in the sector is above 0 and in the top
   * {@code topShare} of regions (at or above the (1 - topShare)-quantile of the sector's employment across all
   * regions); a <em>specialisation</em> star when its location quotient is at or above
   * {@code specialisationThreshold}; a <em>focus</em> star when the sector's share of the region's employment (E[s,r]
   * / E[r], with the denominator's E[r]) is above 0 and in the top {@code topShare} of the shares of all regions that
   * have employment. Ties at a threshold earn the star. 0 to 3 stars.
   *
   * @throws IllegalArgumentException when {@code topShare} is outside [0, 1], the threshold is negative or not
   *     finite, or the denominator does not fit the data set or sector
   */
  public static ImmutableList<StarRating> stars(MappingDataSet data, IsicCode sector, Denominator denominator, double topShare,
      double specialisationThreshold) {
    checkFraction(topShare, "topShare");
    checkThreshold(specialisationThreshold, "specialisationThreshold");
    checkSector(data, sector, denominator);
    List<Region> regions = data.regions().asList();
    OptionalDouble[] lqs = quotients(data, regions, sector, denominator);
    OptionalDouble[] shares = new OptionalDouble[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      long total = data.regionEmployment(regions.get(i), denominator);
      shares[i] = total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) data.employment(regions.get(i), sector) / total);
    }
    double sizeThreshold = Quantiles.of(regions.stream().mapToDouble(r -> data.employment(r, sector)).toArray(), 1 - topShare);
    OptionalDouble focusThreshold = quantileOfPresent(shares, 1 - topShare);
    ImmutableList.Builder<StarRating> out = ImmutableList.builder();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      out.add(StarRating.builder().region(r).sector(sector).employment(data.employment(r, sector)).sizeThreshold(sizeThreshold)
          .locationQuotient(lqs[i]).specialisationThreshold(specialisationThreshold)
          .focus(shares[i]).focusThreshold(focusThreshold).build());
    }
    return out.build();
  }

  private static OptionalDouble[] quotients(MappingDataSet data, List<Region> regions, IsicCode sector, Denominator denominator) {
    OptionalDouble[] out = new OptionalDouble[regions.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = locationQuotient(data, regions.get(i), sector, denominator);
    }
    return out;
  }

  private static OptionalDouble quantileOfPresent(OptionalDouble[] values, double p) {
    List<Double> present = new ArrayList<>();
    for (OptionalDouble v : values) {
      v.ifPresent(present::add);
    }
    if (present.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Quantiles.of(present.stream().mapToDouble(Double::doubleValue).toArray(), p));
  }

  private static void checkSector(MappingDataSet data, IsicCode sector, Denominator denominator) {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(denominator, "denominator");
    data.checkDenominator(denominator);
    if (denominator == Denominator.TRADED_EMPLOYMENT && !data.tradedSectors().contains(sector)) {
      throw new IllegalArgumentException("Sector " + sector + " is not traded in mapping data set " + data.id()
          + ": expected a traded sector for a denominator of traded employment, one of " + data.tradedSectors());
    }
  }

  private static void checkFraction(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Invalid " + name + " " + p + ": expected a number within [0, 1]");
    }
  }

  private static void checkThreshold(double t, String name) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("Invalid " + name + " " + t + ": expected a finite number, 0 or more");
    }
  }
}
