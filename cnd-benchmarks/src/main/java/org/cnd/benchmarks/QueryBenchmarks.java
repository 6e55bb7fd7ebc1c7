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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The main queries of {@link org.cnd.core.PortfolioQueries} on a loaded portfolio. The portfolio's look-up indexes
 * are built by the first call and reused after it, as they are in an application that keeps a portfolio.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmarks {
  private static final CountryCode PAKISTAN = CountryCode.of("PK");
  private static final IsicCode MANUFACTURING = IsicCode.of("C");

  /** The clusters in a country (a scan). */
  @Benchmark
  public ImmutableList<Cluster> clustersInCountry(Loaded loaded) {
    return loaded.portfolio.queries().clustersIn(PAKISTAN);
  }

  /** The clusters in an ISIC section (a scan). */
  @Benchmark
  public ImmutableList<Cluster> clustersInSector(Loaded loaded) {
    return loaded.portfolio.queries().clustersInSector(MANUFACTURING);
  }

  /** Each cluster looked up by its identifier. */
  @Benchmark
  public int lookUpEveryCluster(Loaded loaded) {
    int found = 0;
    for (Cluster c : loaded.portfolio.clusters()) {
      found += loaded.portfolio.cluster(c.id()).isPresent() ? 1 : 0;
    }
    return found;
  }

  /** The programmes targeting each cluster. */
  @Benchmark
  public int programmesTargetingEveryCluster(Loaded loaded) {
    int found = 0;
    for (Cluster c : loaded.portfolio.clusters()) {
      found += loaded.portfolio.queries().programmesTargeting(c.id()).size();
    }
    return found;
  }

  /** The clusters targeted by more than one programme. */
  @Benchmark
  public ImmutableList<Cluster> clustersInSeveralProgrammes(Loaded loaded) {
    return loaded.portfolio.queries().clustersInSeveralProgrammes();
  }

  /** Funding totals per funder and currency. */
  @Benchmark
  public ImmutableMap<OrganisationId, ImmutableList<Money>> fundingTotalsBySource(Loaded loaded) {
    return loaded.portfolio.queries().fundingTotalsBySource();
  }

  /** The clusters by the current phase of their engagements. */
  @Benchmark
  public ImmutableListMultimap<Phase, Cluster> clustersByPhase(Loaded loaded) {
    return loaded.portfolio.queries().clustersByPhase();
  }

  /** The dated timeline of everything in the portfolio. */
  @Benchmark
  public ImmutableList<TimelineEntry> timeline(Loaded loaded) {
    return loaded.portfolio.queries().timeline();
  }
}
