package org.cnd.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The document read into the baseline's records. */
@State(Scope.Benchmark)
public class Records {
  /** The records. */
  public JsonRecords.Document document;

  /** Reads the document. */
  @Setup(Level.Trial)
  public void setUp(Documents d) {
    document = Baselines.readRecords(d.json);
  }
}
