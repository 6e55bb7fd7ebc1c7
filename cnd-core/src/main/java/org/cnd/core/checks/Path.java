package org.cnd.core.checks;

import java.util.ArrayDeque;
import org.cnd.core.validation.Pointer;

/**
 * Where a value is in the document, kept as its parts and written as a JSON Pointer only when a violation needs it:
 * the checks pass a path to every reference they check, and all but the broken few resolve, so building each path's
 * text up front cost more than the look-ups themselves.
 *
 * <p>Each step adds a property name, an array index, or both; {@link #toString()} is {@link Pointer#of} of every
 * step's tokens from the document root.
 */
public final class Path {
  // The parts of a step: a name (null for none) and an index (NONE for none).
  private static final int NONE = -1;

  private final Path parent;
  private final String name;
  private final int index;

  private Path(Path parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The entity at this index of a top-level collection: {@code /<collection>/<index>}. */
  public static Path of(String collection, int index) {
    return new Path(null, collection, index);
  }

  /** The value of this property: {@code <this>/<name>}. */
  public Path with(String name) {
    return new Path(this, name, NONE);
  }

  /** The item at this index: {@code <this>/<index>}. */
  public Path with(int index) {
    return new Path(this, null, index);
  }

  /** The item at this index of this property: {@code <this>/<name>/<index>}. */
  public Path with(String name, int index) {
    return new Path(this, name, index);
  }

  /** The JSON Pointer. */
  @Override
  public String toString() {
    ArrayDeque<Object> tokens = new ArrayDeque<>();
    for (Path p = this; p != null; p = p.parent) {
      if (p.index != NONE) {
        tokens.addFirst(p.index);
      }
      if (p.name != null) {
        tokens.addFirst(p.name);
      }
    }
    return Pointer.of(tokens.toArray());
  }
}
