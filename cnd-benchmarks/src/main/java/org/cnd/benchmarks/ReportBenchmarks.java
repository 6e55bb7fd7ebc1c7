package org.cnd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cnd.report.HtmlReport;
import org.cnd.report.Summary;
import org.cnd.report.SummaryJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code cnd report} does after reading: the derived summary written as JSON, and the HTML overview (the
 * report with its default options: tables cut at 200 rows, no cluster stories past 50 clusters). Both on a loaded
 * portfolio whose query indexes the first call builds, as {@link QueryBenchmarks} does; their target is to cost no
 * more than reading the same document ({@link ReadBenchmarks#cnd}).
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmarks {
  /** The summary, computed and written as JSON. */
  @Benchmark
  public int summary(Loaded loaded, Sink sink) {
    var out = sink.empty();
    SummaryJson.write(Summary.of(loaded.portfolio), out);
    return out.size();
  }

  /** The HTML overview, rendered and written as UTF-8. */
  @Benchmark
  public int htmlOverview(Loaded loaded, Sink sink) {
    var out = sink.empty();
    HtmlReport.write(loaded.portfolio, HtmlReport.Options.defaults(), out);
    return out.size();
  }
}
