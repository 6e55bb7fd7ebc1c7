package org.cnd.json.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads JSON Pointers (RFC 6901) back into their reference tokens. */
final class Pointers {
  private Pointers() {}

  /** The unescaped reference tokens of a pointer; none for the empty pointer. */
  static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    int start = pointer.startsWith("/") ? 1 : 0;
    for (String raw : pointer.substring(start).split("/", -1)) {
      out.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** The array index a token names, or -1. */
  static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Integer.parseInt(token);
  }
}
