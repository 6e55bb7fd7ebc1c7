package org.cnd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cnd.core.Portfolio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Reading a document: the library, the records baseline and the streaming floor, on the same bytes. */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
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
