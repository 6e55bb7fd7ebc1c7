package org.cnd.benchmarks;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark once, briefly, at 1,000 clusters, in this JVM: proof that the benchmarks still run, in seconds.
 * Its numbers mean nothing (no fork, a tenth of a second of warm-up); the build runs it through {@code
 * QuickModeTest}, which checks that every benchmark produced a score and nothing about time.
 */
public final class QuickMode {
  private QuickMode() {}

  /** The quick options: every benchmark of this module, 1,000 clusters, no fork, one short iteration each. */
  public static Options options(VerboseMode verbosity) {
    return new OptionsBuilder()
        .include("^" + QuickMode.class.getPackageName().replace(".", "\\.") + "\\.")
        .param("clusters", "1000")
        .param("length", "1000")
        .forks(0)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(100))
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .timeUnit(TimeUnit.MICROSECONDS)
        .shouldFailOnError(true)
        .verbosity(verbosity)
        .build();
  }

  /**
   * Runs the quick mode. It does not take JMH's machine-wide lock (which keeps two real runs from measuring each
   * other): a build must not fail because a real run is going on, and the quick mode measures nothing worth guarding.
   */
  public static Collection<RunResult> run(VerboseMode verbosity) throws RunnerException {
    System.setProperty("jmh.ignoreLock", "true");
    return new Runner(options(verbosity)).run();
  }

  /** Runs the quick mode and prints JMH's report. */
  public static void main(String[] args) throws RunnerException {
    run(VerboseMode.NORMAL);
  }
}
