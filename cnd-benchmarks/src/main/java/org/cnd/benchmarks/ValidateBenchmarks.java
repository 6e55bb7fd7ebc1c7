package org.cnd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a portfolio as a user does after reading it: on a portfolio whose look-up indexes are not built yet, so
 * that their building is part of the cost.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmarks {
  /** A copy of the portfolio made before each call, with none of its lazy indexes built. */
  @State(Scope.Thread)
  public static class Fresh {
    Portfolio portfolio;

    /** Copies the generated portfolio (not measured). */
    @Setup(Level.Invocation)
    public void copy(Loaded loaded) {
      portfolio = Portfolio.builder().from(loaded.portfolio).build();
    }
  }

  /** The portfolio validator over every collection. */
  @Benchmark
  public ValidationReport validate(Fresh fresh) {
    return fresh.portfolio.validate();
  }
}
