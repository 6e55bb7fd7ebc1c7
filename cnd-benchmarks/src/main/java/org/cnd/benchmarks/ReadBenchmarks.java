package org.cnd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cnd.core.Portfolio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Reading a document: the library, the records baseline and the streaming floor, on the same bytes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmarks {
  /** The library: strict reading into a portfolio. */
  @Benchmark
  public Portfolio cnd(Documents d) {
    return d.cnd.read(d.json);
  }

  /** Baseline 1: plain Jackson databind into hand-written records. */
  @Benchmark
  public JsonRecords.Document records(Documents d) {
    return Baselines.readRecords(d.json);
  }

  /** Baseline 2, the floor: a streaming pass over every token. */
  @Benchmark
  public long streaming(Documents d) {
    return Baselines.stream(d.json);
  }
}
