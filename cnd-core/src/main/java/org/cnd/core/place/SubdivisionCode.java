package org.cnd.core.place;

import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * An ISO 3166-2 subdivision code: a country code, a hyphen and 1 to 3 upper-case letters or digits, such as {@code
 * PK-PB} (Punjab), {@code PK-SD} (Sindh) or {@code PK-JK} (Azad Jammu and Kashmir).
 *
 * <p>The country part must be an assigned ISO 3166-1 code. The Java platform carries no list of subdivisions, so
 * the part after the hyphen is checked for form only.
 */
public final class SubdivisionCode implements Comparable<SubdivisionCode> {
  private final String code;
  private final CountryCode country;

  private SubdivisionCode(String code, CountryCode country) {
    this.code = code;
    this.country = country;
  }

  /**
   * The subdivision with the given code.
   *
   * @throws RuleViolationException ({@code place.subdivision}) when the code is malformed or its country unknown
   */
  public static SubdivisionCode of(String code) {
    Objects.requireNonNull(code, "code");
    // ([A-Z]{2})-([A-Z0-9]{1,3}), checked by hand: cheaper than a regular expression for every place read.
    boolean wellFormed = code.length() >= 4 && code.length() <= 6 && upper(code.charAt(0)) && upper(code.charAt(1))
        && code.charAt(2) == '-';
    for (int i = 3; wellFormed && i < code.length(); i++) {
      char c = code.charAt(i);
      wellFormed = upper(c) || (c >= '0' && c <= '9');
    }
    String country = wellFormed ? code.substring(0, 2) : null;
    if (!wellFormed || !CountryCode.isAssigned(country)) {
      String quoted = code.length() <= 20 ? code : code.substring(0, 17) + "...";
      throw new RuleViolationException(Rule.PLACE_SUBDIVISION, Pointer.ROOT,
          "Invalid subdivision \"" + quoted
              + "\": expected an ISO 3166-2 code, an assigned country code, a hyphen and 1 to 3 upper-case letters or digits, such as PK-PB");
    }
    return new SubdivisionCode(code, CountryCode.of(country));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The same as {@link #of(String)}. */
  public static SubdivisionCode parse(String text) {
    return of(text);
  }

  /** The country the subdivision belongs to. */
  public CountryCode country() {
    return country;
  }

  /** The whole code, such as {@code PK-PB}. */
  public String code() {
    return code;
  }

  /** True when the subdivision belongs to the country. */
  public boolean isIn(CountryCode other) {
    return country.equals(other);
  }

  @Override
  public int compareTo(SubdivisionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubdivisionCode s && code.equals(s.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The whole code. */
  @Override
  public String toString() {
    return code;
  }
}
