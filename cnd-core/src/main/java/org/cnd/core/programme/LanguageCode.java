package org.cnd.core.programme;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * The language of a programme's narrative texts (its title, description, notes): an ISO 639-1 code in lower case
 * that the Java platform knows, such as {@code en}.
 */
public final class LanguageCode implements Comparable<LanguageCode> {
  private static final ImmutableSet<String> KNOWN = ImmutableSet.copyOf(Locale.getISOLanguages());

  private final String code;

  private LanguageCode(String code) {
    this.code = code;
  }

  /**
   * The language with the given code.
   *
   * @throws RuleViolationException ({@code programme.language}) when the code is not an ISO 639-1 code
   */
  public static LanguageCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (!KNOWN.contains(code)) {
      String quoted = code.length() <= 20 ? code : code.substring(0, 17) + "...";
      throw new RuleViolationException(Rule.PROGRAMME_LANGUAGE, Pointer.ROOT,
          "Invalid language \"" + quoted + "\": expected an ISO 639-1 code in lower case, such as en");
    }
    return new LanguageCode(code);
  }

  /** The same as {@link #of(String)}. */
  public static LanguageCode parse(CharSequence text) {
    return of(text.toString());
  }

  /** Whether the text is an ISO 639-1 code the platform knows. */
  public static boolean isKnown(String code) {
    return code != null && KNOWN.contains(code);
  }

  /** The two-letter code. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(LanguageCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LanguageCode l && code.equals(l.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The two-letter code. */
  @Override
  public String toString() {
    return code;
  }
}
