package org.cnd.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Plain text for a terminal or a log, as the text report and the command-line tool write it: data they do not
 * control (names, notes, file names, messages quoting a document) with its control characters escaped, and counts
 * with their noun in the number's form ("1 report", "2 reports").
 */
public final class PlainText {
  private PlainText() {}

  /**
   * The text with every control character (C0, DEL, C1), line and paragraph separator, bidirectional control and
   * lone surrogate written as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, so that it cannot start
   * a line of its own, reorder the line or drive the terminal; other text is returned unchanged (the same string).
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
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
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }

  /**
   * A count and its noun, singular for one and plural otherwise: {@code count(1, "report", "reports")} is
   * {@code 1 report}, {@code count(0, ...)} {@code 0 reports}. Digits are not grouped.
   */
  public static String count(long n, String singular, String plural) {
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(plural, "plural");
    // English has two forms; a choice format states the rule once, for any noun. The digits are an argument of
    // their own ({3}): a number format would group them, and '#' is the choice format's own separator.
    return new MessageFormat("{0,choice,0#{3} {2}|1#{3} {1}|1<{3} {2}}", Locale.ROOT)
        .format(new Object[] {n, singular, plural, Long.toString(n)});
  }
}
