package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A reusable output buffer, so that writers are measured without the buffer's growth. */
@State(Scope.Thread)
public class Sink {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

  /** The buffer, emptied. */
  public ByteArrayOutputStream empty() {
    out.reset();
    return out;
  }
}
