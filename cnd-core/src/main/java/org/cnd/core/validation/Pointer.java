package org.cnd.core.validation;

import java.util.Objects;

/**
 * Builds JSON Pointer (RFC 6901) paths, the syntax every {@link Violation} uses to say where a problem is.
 *
 * <p>The empty string is the whole document; {@code /clusters/4/place/country} is the country of the fifth cluster.
 */
public final class Pointer {
  /** The pointer to the whole document. */
  public static final String ROOT = "";

  private Pointer() {}

  /**
   * Appends reference tokens to a pointer, escaping {@code ~} and {@code /} as RFC 6901 requires.
   *
   * @param base a pointer, {@link #ROOT} for the document
   * @param tokens property names (strings) or array indexes (numbers)
   * @return the longer pointer
   */
  public static String append(String base, Object... tokens) {
    Objects.requireNonNull(base, "base");
    StringBuilder out = new StringBuilder(base);
    for (Object token : tokens) {
      out.append('/').append(escape(String.valueOf(Objects.requireNonNull(token, "token"))));
    }
    return out.toString();
  }

  /** A pointer from the document root through the given tokens. */
  public static String of(Object... tokens) {
    return append(ROOT, tokens);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
