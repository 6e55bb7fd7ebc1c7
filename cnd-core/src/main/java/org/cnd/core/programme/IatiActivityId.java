package org.cnd.core.programme;

import java.util.Objects;
import java.util.regex.Pattern;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * A programme's IATI activity identifier, as its reporting organisation publishes it: by IATI's convention the
 * reporting organisation's identifier, a hyphen and the organisation's own code ({@code XM-DAC-41123-...}).
 *
 * <p>Only the characters are checked (1 to 200, none of them white space or one of / &amp; | ?, which IATI's
 * Standard Ruleset forbids), not the prefix: an activity may keep the identifier a previous reporter gave it.
 */
public final class IatiActivityId implements Comparable<IatiActivityId> {
  private static final Pattern FORM = Pattern.compile("[^\\s/&|?]{1,200}");

  private final String text;

  private IatiActivityId(String text) {
    this.text = text;
  }

  /**
   * The identifier with the given text.
   *
   * @throws RuleViolationException ({@code programme.iati-identifier}) when the text is empty, longer than 200
   *     characters or holds white space or one of / &amp; | ?
   */
  public static IatiActivityId of(String text) {
    Objects.requireNonNull(text, "text");
    if (!FORM.matcher(text).matches()) {
      String quoted = text.length() <= 40 ? text : text.substring(0, 37) + "...";
      throw new RuleViolationException(Rule.PROGRAMME_IATI_IDENTIFIER, Pointer.ROOT,
          "Invalid IATI activity identifier \"" + quoted
              + "\": expected 1 to 200 characters without white space or / & | ?, such as XM-DAC-41123-US-PAK-01-099");
    }
    return new IatiActivityId(text);
  }

  /** The same as {@link #of(String)}. */
  public static IatiActivityId parse(CharSequence text) {
    return of(text.toString());
  }

  @Override
  public int compareTo(IatiActivityId other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IatiActivityId i && text.equals(i.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The identifier. */
  @Override
  public String toString() {
    return text;
  }
}
