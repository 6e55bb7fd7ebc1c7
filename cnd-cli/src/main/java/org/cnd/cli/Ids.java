package org.cnd.cli;

import java.util.Optional;
import java.util.function.Function;

/** Ids given on the command line: parsed without an exception, quoted briefly in messages. */
final class Ids {
  private static final int EXCERPT = 40;

  private Ids() {}

  /** The id, or empty when the text is not a valid id of that type. */
  static <T> Optional<T> parse(Function<String, T> of, String text) {
    try {
      return Optional.of(of.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** At most the first 40 characters of what was given. */
  static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
  }
}
