package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A reusable output buffer as large as the document, so that writers are measured without the buffer's growth. */
@State(Scope.Thread)
public class Sink {
  private ByteArrayOutputStream out;

  /** Allocates the buffer. */
  @Setup(Level.Trial)
  public void allocate(Documents d) {
    out = new ByteArrayOutputStream(d.json.length + 1024);
  }

  /** The buffer, emptied. */
  public ByteArrayOutputStream empty() {
    out.reset();
    return out;
  }
}
