package org.cnd.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
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
 * Validating a document of cluster ids that all share {@link String#hashCode()} (issue 16: 32,768 of them took 17 s
 * when ids were not comparable to their own kind) against one of plain ids of the same length: the two stay within
 * a small factor.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class HashFloodBenchmarks {
  /** How many clusters the document holds. */
  @Param({"32768"})
  public int clusters;

  private byte[] colliding;
  private byte[] plain;
  private final CndJson json = CndJson.create();

  /** Builds the two documents (not measured). */
  @Setup
  public void build() {
    colliding = document(true);
    plain = document(false);
  }

  // Ids of the same length: every one with one hash, or none sharing it.
  private byte[] document(boolean collide) {
    int blocks = Math.max(1, 32 - Integer.numberOfLeadingZeros(clusters - 1));
    StringBuilder out = new StringBuilder("{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"clusters\": [");
    for (int n = 0; n < clusters; n++) {
      StringBuilder id = new StringBuilder("c-");
      for (int b = blocks - 1; b >= 0; b--) {
        boolean one = (n >> b & 1) != 0;
        // "an" and "c0" hash alike (97 * 31 + 110 = 99 * 31 + 48); "an" and "bo" do not.
        id.append(one ? (collide ? "c0" : "bo") : "an");
      }
      out.append(n == 0 ? "" : ",\n").append("{\"id\": \"").append(id).append("\", \"name\": \"Cluster ").append(n)
          .append("\", \"sector\": {\"name\": \"Fans\"}, \"place\": {\"country\": \"PK\"}}");
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads and validates the document of ids that all share one hash. */
  @Benchmark
  public DocumentReport colliding() {
    return json.validate(colliding);
  }

  /** Reads and validates the document of plain ids. */
  @Benchmark
  public DocumentReport plain() {
    return json.validate(plain);
  }
}
