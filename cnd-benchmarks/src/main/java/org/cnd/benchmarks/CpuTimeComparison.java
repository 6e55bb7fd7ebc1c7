package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;

/**
 * A cross-check of the JMH ratios that other processes disturb less: in one JVM, the library and its baselines run
 * in turn, round after round, on the same bytes, and each run is timed by the CPU time of the whole JVM (so the
 * garbage collector's threads count) rather than by the clock. On a shared machine, time spent waiting for a core
 * then does not count, and both sides of a ratio meet the same conditions, round by round. (Caches and memory
 * bandwidth shared with other processes still slow both; the JIT compiler's threads count too, after warm-up
 * little.)
 *
 * <p>Run: {@code java -Xms8g -Xmx8g -cp cnd-benchmarks/target/benchmarks.jar org.cnd.benchmarks.CpuTimeComparison
 * 10000 30} (clusters, rounds; the first third of the rounds is warm-up and not reported).
 */
public final class CpuTimeComparison {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuTimeComparison() {}

  /** CPU milliseconds of each measured round, per operation. */
  static Map<String, double[]> measure(int clusters, int rounds) {
    CndJson cnd = Documents.library();
    byte[] json = Documents.document(clusters);
    Portfolio portfolio = cnd.read(json);
    JsonRecords.Document records = Baselines.readRecords(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 1024);
    Map<String, Runnable> operations = new LinkedHashMap<>();
    long[] sink = new long[1];
    operations.put("read cnd", () -> sink[0] += cnd.read(json).clusters().size());
    operations.put("read records", () -> sink[0] += Baselines.readRecords(json).clusters().size());
    operations.put("read streaming", () -> sink[0] += Baselines.stream(json));
    operations.put("write cnd", () -> {
      out.reset();
      cnd.write(portfolio, out);
      sink[0] += out.size();
    });
    operations.put("write records", () -> {
      out.reset();
      Baselines.writeRecords(records, out);
      sink[0] += out.size();
    });
    // Validation runs on a fresh copy (made before the clock starts) whose look-up indexes are not built yet.
    Portfolio[] fresh = new Portfolio[1];
    operations.put("validate", () -> sink[0] += fresh[0].validate().violations().size());
    Map<String, double[]> times = new LinkedHashMap<>();
    operations.keySet().forEach(k -> times.put(k, new double[rounds - rounds / 3]));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Runnable> op : operations.entrySet()) {
        fresh[0] = Portfolio.builder().from(portfolio).build();
        long start = OS.getProcessCpuTime();
        op.getValue().run();
        long cpu = OS.getProcessCpuTime() - start;
        if (round >= rounds / 3) {
          times.get(op.getKey())[round - rounds / 3] = cpu / 1e6;
        }
      }
    }
    if (sink[0] == 42) {
      System.out.println(); // keeps the results alive
    }
    return times;
  }

  static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  /** Prints each operation's median CPU time with its quartiles, and the ratios of the medians. */
  public static void main(String[] args) {
    int clusters = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, double[]> times = measure(clusters, rounds);
    Map<String, Double> medians = new LinkedHashMap<>();
    System.out.printf(Locale.ROOT, "%,d clusters, %d measured rounds (CPU time of the JVM, ms per operation)%n", clusters,
        rounds - rounds / 3);
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      double[] sorted = e.getValue().clone();
      Arrays.sort(sorted);
      medians.put(e.getKey(), quantile(sorted, 0.5));
      System.out.printf(Locale.ROOT, "  %-15s median %,9.1f   quartiles %,9.1f to %,9.1f%n", e.getKey(),
          quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
    }
    List<String> ratios = new ArrayList<>();
    ratios.add(String.format(Locale.ROOT, "read cnd / records %.2f×", medians.get("read cnd") / medians.get("read records")));
    ratios.add(String.format(Locale.ROOT, "read cnd / streaming %.2f×",
        medians.get("read cnd") / medians.get("read streaming")));
    ratios.add(String.format(Locale.ROOT, "write cnd / records %.2f×",
        medians.get("write cnd") / medians.get("write records")));
    ratios.add(String.format(Locale.ROOT, "validate / read cnd %.2f×", medians.get("validate") / medians.get("read cnd")));
    System.out.println("  " + String.join(", ", ratios));
  }
}
