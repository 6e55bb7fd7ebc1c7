package org.cnd.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.cnd.core.Portfolio;

/**
 * Validation timed by the CPU time of the validating thread, a cross-check of {@code ValidateBenchmarks} that other
 * processes disturb less: time spent waiting for a core does not count (the garbage collector's threads do not
 * either, which favours the side that allocates more). Each round validates a fresh copy of the read document, made
 * before the clock starts, as the benchmark does.
 *
 * <p>It uses only what the code before the reshape also has, so the same class measures the old code when the old
 * jar comes first on the class path: {@code java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp OLD.jar:benchmarks.jar
 * org.cnd.benchmarks.ValidationCpuTime 10000 40} (clusters, rounds; the first half of the rounds is warm-up).
 */
public final class ValidationCpuTime {
  private ValidationCpuTime() {}

  /** Prints the median, mean, least and greatest CPU milliseconds of the measured rounds. */
  public static void main(String[] args) {
    int clusters = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Portfolio read = Documents.library().read(Documents.document(clusters));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[rounds];
    long violations = 0;
    for (int r = 0; r < rounds; r++) {
      Portfolio fresh = Portfolio.builder().from(read).build();
      System.gc();
      long start = threads.getCurrentThreadCpuTime();
      violations = fresh.validate().violations().size();
      ms[r] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }
    double[] measured = Arrays.copyOfRange(ms, rounds / 2, rounds);
    Arrays.sort(measured);
    System.out.printf(Locale.ROOT, "%d violations; thread CPU ms over %d rounds: median %.1f, mean %.1f, %.1f to %.1f%n",
        violations, measured.length, measured[measured.length / 2], Arrays.stream(measured).average().orElse(0),
        measured[0], measured[measured.length - 1]);
  }
}
