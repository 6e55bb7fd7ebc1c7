package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Writing a document, the same bytes, from the library's portfolio and from the baseline's records. */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmarks {
  /** The library: a portfolio as pretty-printed UTF-8. */
  @Benchmark
  public int cnd(Documents d, Loaded loaded, Sink sink) {
    ByteArrayOutputStream out = sink.empty();
    d.cnd.write(loaded.portfolio, out);
    return out.size();
  }

  /** Baseline: the records as the same bytes with plain Jackson databind. */
  @Benchmark
  public int records(Records records, Sink sink) {
    ByteArrayOutputStream out = sink.empty();
    Baselines.writeRecords(records.document, out);
    return out.size();
  }
}
