package org.cnd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a chain of organisations closed into one cycle and a status history as long ({@link LongChains}), at
 * two lengths ten times apart: the target is linear growth (a check quadratic in the chain would take minutes at
 * 100,000).
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LongChainBenchmarks {
  /** The number of organisations in the chain, and of changes in the history. */
  @Param({"10000", "100000"})
  public int length;

  private Portfolio portfolio;

  /** Builds the portfolio (not measured). */
  @Setup
  public void build() {
    portfolio = LongChains.portfolio(length);
  }

  /** Validates it. */
  @Benchmark
  public ValidationReport validate() {
    return portfolio.validate();
  }
}
