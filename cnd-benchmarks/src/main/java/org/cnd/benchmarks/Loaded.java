package org.cnd.benchmarks;

import org.cnd.core.Portfolio;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The document read by the library: the portfolio that writing, validation and the queries work on. */
@State(Scope.Benchmark)
public class Loaded {
  /** The portfolio. */
  public Portfolio portfolio;

  /** Reads the document. */
  @Setup(Level.Trial)
  public void setUp(Documents d) {
    portfolio = d.cnd.read(d.json);
  }
}
