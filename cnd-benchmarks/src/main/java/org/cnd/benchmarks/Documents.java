package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The data every benchmark works on, at one scale: the synthetic portfolio, its JSON bytes as the library writes
 * them, and the records the baseline reads from those same bytes.
 */
@State(Scope.Benchmark)
public class Documents {
  /** The number of clusters. */
  @Param({"1000", "10000", "100000"})
  public int clusters;

  /** The generated portfolio. */
  public Portfolio portfolio;

  /** The portfolio read back from {@link #json}: what the format holds of {@link #portfolio}. */
  public Portfolio read;

  /** The document. */
  public byte[] json;

  /** The document read into the baseline's records. */
  public JsonRecords.Document records;

  /** The library's reader and writer, strict, with its size limit raised for the largest documents. */
  public CndJson cnd;

  // The data of the last scale set up in this JVM: benchmarks run without a fork (the quick mode) share it rather
  // than generate it again; with forks, each JVM sets up one scale once.
  private static Documents last;

  /** Generates the portfolio and its document. */
  @Setup(Level.Trial)
  public void setUp() {
    cnd = library();
    Documents previous = last;
    if (previous != null && previous.clusters == clusters) {
      portfolio = previous.portfolio;
      json = previous.json;
    } else {
      portfolio = SyntheticPortfolio.generate(clusters);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      cnd.write(portfolio, out);
      json = out.toByteArray();
      last = this;
    }
    read = cnd.read(json);
    records = Baselines.readRecords(json);
  }

  /**
   * The library as the benchmarks use it: the defaults (strict, pretty output), with the document size limit raised
   * from 64 MiB to 2 GiB so that the largest synthetic documents can be read.
   */
  public static CndJson library() {
    return CndJson.builder().maxDocumentLength(Integer.MAX_VALUE).build();
  }
}
