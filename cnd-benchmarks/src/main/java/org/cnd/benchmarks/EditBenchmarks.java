package org.cnd.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ClusterId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Editing a portfolio and looking the edited entity up by its identifier, as a program that embeds the model does:
 * replace a cluster ({@code withCluster}, {@code update}), add one, remove one. Each call edits the same generated
 * portfolio, whose indexes are built, so that the cost is that of one edit and one look-up; one more benchmark edits
 * the portfolio the calls before it left, so that its edits pile up on each other as a program's do. The target: at
 * most 1 ms at 100,000 clusters.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditBenchmarks {
  /** The synthetic portfolio, with the clusters the edits put in. */
  @State(Scope.Benchmark)
  public static class Edited {
    /** The number of clusters. */
    @Param({"1000", "10000", "100000"})
    public int clusters;

    Portfolio portfolio;
    // The portfolio as the calls of the chained benchmark left it.
    Portfolio chained;
    Cluster[] renamed;
    Cluster added;
    int next;

    /** Generates the portfolio and the replacements (not measured); builds its indexes with one look-up. */
    @Setup(Level.Trial)
    public void setUp() {
      portfolio = SyntheticPortfolio.generate(clusters);
      renamed = portfolio.clusters().stream()
          .map(c -> Cluster.builder().from(c).name(c.name() + " (renamed)").build())
          .toArray(Cluster[]::new);
      added = Cluster.builder().from(renamed[0]).id(ClusterId.of("added-cluster")).build();
      portfolio.cluster(renamed[0].id()).orElseThrow();
      chained = portfolio;
    }

    // A different cluster each call, spread over the collection.
    Cluster nextRenamed() {
      next = (next + 7919) % renamed.length;
      return renamed[next];
    }
  }

  /** Replaces a cluster with {@code withCluster} and looks it up. */
  @Benchmark
  public Optional<Cluster> replaceThenLookUp(Edited e) {
    Cluster c = e.nextRenamed();
    return e.portfolio.withCluster(c).cluster(c.id());
  }

  /** Replaces a cluster with {@code update} and looks it up. */
  @Benchmark
  public Optional<Cluster> updateThenLookUp(Edited e) {
    Cluster c = e.nextRenamed();
    return e.portfolio.update(c.id(), (Cluster old) -> c).cluster(c.id());
  }

  /** Adds a cluster and looks it up. */
  @Benchmark
  public Optional<Cluster> addThenLookUp(Edited e) {
    return e.portfolio.withCluster(e.added).cluster(e.added.id());
  }

  /** Removes a cluster and looks up the one after it, whose position moved. */
  @Benchmark
  public Optional<Cluster> removeThenLookUp(Edited e) {
    Cluster c = e.nextRenamed();
    Cluster after = e.renamed[(e.next + 1) % e.renamed.length];
    return e.portfolio.without(c.id()).cluster(after.id());
  }

  /**
   * Removes a cluster from the portfolio the calls before left and adds it back at the end, then looks it up: two
   * edits a call, each on the one before.
   */
  @Benchmark
  public Optional<Cluster> removeAndAddBackInAChain(Edited e) {
    Cluster c = e.nextRenamed();
    e.chained = e.chained.without(c.id()).withCluster(c);
    return e.chained.cluster(c.id());
  }
}
