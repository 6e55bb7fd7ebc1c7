package org.cnd.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Identifier texts that all have one {@link String#hashCode()}: the two-character blocks {@code an} and {@code c0}
 * hash alike (97 * 31 + 110 = 99 * 31 + 48), so every string of {@code k} such blocks collides with the other
 * 2<sup>k</sup> - 1, and a prefix keeps them colliding.
 */
public final class CollidingIds {
  private CollidingIds() {}

  /** The first {@code count} texts of this prefix followed by blocks, all with one hash. */
  public static List<String> texts(String prefix, int count) {
    int blocks = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
    List<String> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder text = new StringBuilder(prefix);
      for (int b = blocks - 1; b >= 0; b--) {
        text.append((n >> b & 1) == 0 ? "an" : "c0");
      }
      out.add(text.toString());
    }
    return out;
  }
}
