package org.cnd.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.concurrent.TimeUnit;
import org.cnd.core.TimelineEntry;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The main queries of {@link org.cnd.core.PortfolioQueries} on a loaded portfolio. The portfolio's look-up indexes
 * are built by the first call and reused after it, as they are in an application that keeps a portfolio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmarks {
  private static final CountryCode PAKISTAN = CountryCode.of("PK");
  private static final IsicCode MANUFACTURING = IsicCode.of("C");

  /** The clusters in a country (a scan). */
  @Benchmark
  public ImmutableList<Cluster> clustersInCountry(Documents d) {
    return d.portfolio.queries().clustersIn(PAKISTAN);
  }

  /** The clusters in an ISIC section (a scan). */
  @Benchmark
  public ImmutableList<Cluster> clustersInSector(Documents d) {
    return d.portfolio.queries().clustersInSector(MANUFACTURING);
  }

  /** Each cluster looked up by its identifier. */
  @Benchmark
  public int lookUpEveryCluster(Documents d) {
    int found = 0;
    for (Cluster c : d.portfolio.clusters()) {
      found += d.portfolio.cluster(c.id()).isPresent() ? 1 : 0;
    }
    return found;
  }

  /** The programmes targeting each cluster. */
  @Benchmark
  public int programmesTargetingEveryCluster(Documents d) {
    int found = 0;
    for (Cluster c : d.portfolio.clusters()) {
      found += d.portfolio.queries().programmesTargeting(c.id()).size();
    }
    return found;
  }

  /** The clusters targeted by more than one programme. */
  @Benchmark
  public ImmutableList<Cluster> clustersInSeveralProgrammes(Documents d) {
    return d.portfolio.queries().clustersInSeveralProgrammes();
  }

  /** Funding totals per funder and currency. */
  @Benchmark
  public ImmutableMap<OrganisationId, ImmutableList<Money>> fundingTotalsBySource(Documents d) {
    return d.portfolio.queries().fundingTotalsBySource();
  }

  /** The clusters by the current phase of their engagements. */
  @Benchmark
  public ImmutableListMultimap<Phase, Cluster> clustersByPhase(Documents d) {
    return d.portfolio.queries().clustersByPhase();
  }

  /** The dated timeline of everything in the portfolio. */
  @Benchmark
  public ImmutableList<TimelineEntry> timeline(Documents d) {
    return d.portfolio.queries().timeline();
  }
}
