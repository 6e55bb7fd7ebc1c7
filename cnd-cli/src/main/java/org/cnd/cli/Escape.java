package org.cnd.cli;

/**
 * Text output of data that the tool does not control (file names, messages quoting a document): characters that
 * a terminal or a log reads as commands or line breaks are written as escapes, so that a document cannot forge a
 * line of the tool's output or move the cursor. The JSON output needs none of this: JSON escapes them itself.
 */
final class Escape {
  private Escape() {}

  /**
   * The text with every control character (C0, DEL, C1), line and paragraph separator, bidirectional control and
   * lone surrogate written as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}; other text unchanged.
   */
  static String text(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!unsafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
