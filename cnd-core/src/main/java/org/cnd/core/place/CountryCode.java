package org.cnd.core.place;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/** An ISO 3166-1 alpha-2 country code, checked against the list the Java platform carries: {@code PK}. */
public final class CountryCode implements Comparable<CountryCode> {
  private static final ImmutableSet<String> ASSIGNED =
      ImmutableSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  // One instance per country, shared: a portfolio holds a country code in every place and organisation.
  private static final ImmutableMap<String, CountryCode> INSTANCES =
      ASSIGNED.stream().collect(ImmutableMap.toImmutableMap(c -> c, CountryCode::new));

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * The country with the given code.
   *
   * @throws RuleViolationException ({@code place.country}) when the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    CountryCode country = INSTANCES.get(code);
    if (country == null) {
      String quoted = code.length() <= 20 ? code : code.substring(0, 17) + "...";
      throw new RuleViolationException(Rule.PLACE_COUNTRY, Pointer.ROOT,
          "Invalid country \"" + quoted + "\": expected an assigned ISO 3166-1 alpha-2 code in upper case, such as PK");
    }
    return country;
  }

  /** The same as {@link #of(String)}. */
  public static CountryCode parse(String text) {
    return of(text);
  }

  /** Whether the text is an assigned ISO 3166-1 alpha-2 code. */
  public static boolean isAssigned(String code) {
    return code != null && ASSIGNED.contains(code);
  }

  /** The two-letter code. */
  public String code() {
    return code;
  }

  /** The country's English name, as the Java platform knows it. */
  public String displayName() {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode c && code.equals(c.code);
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
