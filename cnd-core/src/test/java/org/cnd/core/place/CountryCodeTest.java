package org.cnd.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.cnd.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {
  @Test
  void pakistan() {
    CountryCode pk = CountryCode.of("PK");
    assertThat(pk.code()).isEqualTo("PK");
    assertThat(pk).hasToString("PK").isEqualTo(CountryCode.parse("PK"));
    assertThat(pk.displayName()).isEqualTo("Pakistan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PK", "IN", "GB", "SS", "CW", "SX", "BQ"})
  void acceptsAssignedCodes(String code) {
    assertThat(CountryCode.isAssigned(code)).isTrue();
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
  }

  /** Checked against the real list: well-formed codes that are not assigned are refused. */
  @ParameterizedTest
  @ValueSource(strings = {"pk", "Pk", "UK", "EU", "XK", "YU", "AN", "XX", "ZZ", "PAK", "P", "", " PK", "586"})
  void refusesWhatIsNotAnAssignedAlpha2Code(String code) {
    assertThat(CountryCode.isAssigned(code)).isFalse();
    assertRefused(() -> CountryCode.of(code), "place.country")
        .hasMessageContaining("\"" + code + "\"")
        .hasMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void knowsEveryAssignedCode() {
    assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).hasSizeGreaterThanOrEqualTo(249)
        .allSatisfy(code -> assertThat(CountryCode.of(code).code()).isEqualTo(code));
    assertThat(CountryCode.isAssigned(null)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.countryCodes()).checkAssert(c -> {
      assertThat(CountryCode.parse(c.toString())).isEqualTo(c);
      assertThat(CountryCode.parse(c.toString()).hashCode()).isEqualTo(c.hashCode());
    });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ValueGen.countryCodes(), ValueGen.countryCodes()).checkAssert((a, b) ->
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }

  @Test
  void countriesAreSharedAndStillEqualByCode() {
    assertThat(CountryCode.of("PK")).isSameAs(CountryCode.of("PK")).isEqualTo(CountryCode.of("PK"));
    assertThat(CountryCode.of("PK")).isNotEqualTo(CountryCode.of("IN"));
  }
}
