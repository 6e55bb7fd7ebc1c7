package org.cnd.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubdivisionCodeTest {
  private static final CountryCode PK = CountryCode.of("PK");

  @ParameterizedTest
  @ValueSource(strings = {"PK-PB", "PK-SD", "PK-JK", "PK-IS", "IN-MH", "GB-ENG", "FR-75", "US-DC", "PK-1"})
  void acceptsIso3166Part2Codes(String code) {
    SubdivisionCode subdivision = SubdivisionCode.of(code);
    assertThat(subdivision.code()).isEqualTo(code);
    assertThat(subdivision).hasToString(code).isEqualTo(SubdivisionCode.parse(code));
    assertThat(subdivision.country()).isEqualTo(CountryCode.of(code.substring(0, 2)));
  }

  @Test
  void punjabSindhAndAzadKashmirBelongToPakistan() {
    assertThat(SubdivisionCode.of("PK-PB").isIn(PK)).isTrue();
    assertThat(SubdivisionCode.of("PK-SD").isIn(PK)).isTrue();
    assertThat(SubdivisionCode.of("PK-JK").isIn(PK)).isTrue();
    assertThat(SubdivisionCode.of("IN-PB").isIn(PK)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pk-pb", "PK-pb", "PK", "PK-", "PK-PBXX", "PKPB", "PK_PB", "XX-PB", "UK-ENG", "PK-P B", "",
      "PK-PB "})
  void refusesMalformedCodesOrUnknownCountries(String code) {
    assertRefused(() -> SubdivisionCode.of(code), "place.subdivision")
        .hasMessageContaining("\"" + code + "\"");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> SubdivisionCode.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.subdivisionCodes()).checkAssert(s -> {
      assertThat(SubdivisionCode.parse(s.toString())).isEqualTo(s);
      assertThat(s.isIn(s.country())).isTrue();
    });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ValueGen.subdivisionCodes(), ValueGen.subdivisionCodes()).checkAssert((a, b) ->
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }
}
