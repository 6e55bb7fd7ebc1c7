package org.cnd.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.openjdk.jol.info.GraphLayout;

/**
 * The retained heap of a loaded portfolio against the records baseline loaded from the same bytes.
 *
 * <p>Two methods, one a check on the other:
 *
 * <ul>
 *   <li>{@code gc}: the used heap after full collections, with the document loaded and held, minus the used heap
 *       before loading it; repeated, the median kept. It counts what stays reachable from the loaded value, and
 *       nothing else the load allocated.
 *   <li>{@code jol}: OpenJDK JOL's walk of the object graph reachable from the loaded value
 *       ({@code GraphLayout.parseInstance(root).totalSize()}), exact for the layout of the running JVM. The walk
 *       itself needs several times the heap it measures: use it up to 10,000 clusters or with a large heap.
 * </ul>
 *
 * <p>Run: {@code java -Xmx8g -cp cnd-benchmarks/target/benchmarks.jar org.cnd.benchmarks.HeapFootprint 100000 gc}
 * ({@code -Djdk.attach.allowAttachSelf=true} spares JOL a warning).
 */
public final class HeapFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  static {
    // JOL cannot take field offsets of records through Unsafe; this makes it compute them another way.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private HeapFootprint() {}

  /** The retained bytes of what {@code load} returns, by the {@code gc} method: the median of {@code repeats}. */
  public static long retainedByGc(Supplier<?> load, int repeats) {
    long[] sizes = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long before = settledUsedHeap();
      Object held = load.get();
      long after = settledUsedHeap();
      Reference.reachabilityFence(held);
      sizes[i] = after - before;
    }
    Arrays.sort(sizes);
    return sizes[repeats / 2];
  }

  /** The bytes of every object reachable from {@code root}, by JOL. */
  public static long retainedByJol(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  /** JOL's table of the classes reachable from {@code root}: count, bytes, class; the heaviest first. */
  public static String footprint(Object root) {
    return GraphLayout.parseInstance(root).toFootprint();
  }

  // Full collections until the used heap stops shrinking: one System.gc() can leave garbage behind.
  private static long settledUsedHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used - (used >> 10)) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }

  /** One measurement: the library and the records, loaded from the same document. */
  public record Result(int clusters, long documentBytes, long cndBytes, long cndIndexedBytes, long recordsBytes) {
    /** Bytes per cluster of the library's portfolio. */
    public double cndPerCluster() {
      return (double) cndBytes / clusters;
    }

    /** Bytes per cluster of the records. */
    public double recordsPerCluster() {
      return (double) recordsBytes / clusters;
    }

    /** The library's bytes over the records'. */
    public double ratio() {
      return (double) cndBytes / recordsBytes;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%,d clusters, document %,d bytes: cnd %,d bytes (%,.0f per cluster; %,d with its indexes built), "
              + "records %,d bytes (%,.0f per cluster), cnd / records %.2fx",
          clusters, documentBytes, cndBytes, cndPerCluster(), cndIndexedBytes, recordsBytes, recordsPerCluster(),
          ratio());
    }
  }

  /** Measures at a scale by a method, {@code gc} (with {@code repeats}) or {@code jol}. */
  public static Result measure(int clusters, String method, int repeats) {
    CndJson cnd = Documents.library();
    byte[] json = Documents.document(clusters);
    Supplier<Portfolio> loadCnd = () -> cnd.read(json);
    Supplier<Portfolio> loadIndexed = () -> {
      Portfolio p = cnd.read(json);
      p.validate();
      p.queries().clustersInSeveralProgrammes();
      return p;
    };
    Supplier<JsonRecords.Document> loadRecords = () -> Baselines.readRecords(json);
    switch (method) {
      case "gc":
        return new Result(clusters, json.length, retainedByGc(loadCnd, repeats), retainedByGc(loadIndexed, repeats),
            retainedByGc(loadRecords, repeats));
      case "jol":
        return new Result(clusters, json.length, retainedByJol(loadCnd.get()), retainedByJol(loadIndexed.get()),
            retainedByJol(loadRecords.get()));
      default:
        throw new IllegalArgumentException("method must be gc or jol, found " + method);
    }
  }

  /**
   * Prints the measurement. Arguments: the number of clusters (100000), the method ({@code gc} or {@code jol},
   * default {@code gc}), the repeats of the {@code gc} method (5); a fourth argument {@code footprint} prints JOL's
   * class table of both.
   */
  public static void main(String[] args) {
    int clusters = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String method = args.length > 1 ? args[1] : "gc";
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    System.out.println(method + ": " + measure(clusters, method, repeats));
    if (args.length > 3 && args[3].equals("footprint")) {
      CndJson cnd = Documents.library();
      byte[] json = Documents.document(clusters);
      System.out.println("cnd:\n" + footprint(cnd.read(json)));
      System.out.println("records:\n" + footprint(Baselines.readRecords(json)));
    }
  }
}
