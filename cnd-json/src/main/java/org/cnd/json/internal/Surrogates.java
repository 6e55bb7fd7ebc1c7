package org.cnd.json.internal;

/** Lone surrogates in text: found for the reader, which refuses them, and escaped alike by both writers. */
public final class Surrogates {
  private Surrogates() {}

  /** The index of the first surrogate that is not half of a pair, or -1. */
  public static int firstLone(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The JSON string of the text as Jackson's generators write it (quote, backslash and control characters escaped,
   * everything else as it is), with each lone surrogate escaped as {@code \}{@code uXXXX}.
   */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || c < 0x20) {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> out.append(String.format("\\u%04X", (int) c));
        }
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
