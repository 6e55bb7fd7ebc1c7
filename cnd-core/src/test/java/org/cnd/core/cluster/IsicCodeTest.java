package org.cnd.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsicCodeTest {
  @ParameterizedTest
  @CsvSource({
    "C,    true,  C",
    "A,    true,  A",
    "U,    true,  U",
    "13,   false, C",
    "139,  false, C",
    "1392, false, C",
    "2750, false, C",
    "01,   false, A",
    "47,   false, G",
    "99,   false, U",
  })
  void acceptsSectionsAndTwoToFourDigits(String code, boolean section, String sectionOf) {
    IsicCode isic = IsicCode.of(code);
    assertThat(isic.code()).isEqualTo(code);
    assertThat(isic).hasToString(code).isEqualTo(IsicCode.parse(code));
    assertThat(isic.isSection()).isEqualTo(section);
    assertThat(isic.section()).contains(IsicCode.of(sectionOf));
  }

  @Test
  void unassignedDivisionsHaveNoSection() {
    assertThat(IsicCode.of("04").section()).isEmpty();
    assertThat(IsicCode.of("00").section()).isEmpty();
    assertThat(IsicCode.of("34").section()).isEmpty();
  }

  @Test
  void containsCodesBelowIt() {
    assertThat(IsicCode.of("C").contains(IsicCode.of("1392"))).isTrue();
    assertThat(IsicCode.of("C").contains(IsicCode.of("C"))).isTrue();
    assertThat(IsicCode.of("C").contains(IsicCode.of("47"))).isFalse();
    assertThat(IsicCode.of("C").contains(IsicCode.of("G"))).isFalse();
    assertThat(IsicCode.of("13").contains(IsicCode.of("139"))).isTrue();
    assertThat(IsicCode.of("13").contains(IsicCode.of("14"))).isFalse();
    assertThat(IsicCode.of("139").contains(IsicCode.of("13"))).isFalse();
    assertThat(IsicCode.of("13").contains(IsicCode.of("C"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"c", "V", "Z", "1", "12345", "C1", "13a", "", " 13", "AB", "١٣"})
  void refusesOtherText(String code) {
    assertRefused(() -> IsicCode.of(code), "sector.isic")
        .hasMessageContaining("\"" + code + "\"");
  }

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.isicCodes()).checkAssert(c -> assertThat(IsicCode.parse(c.toString())).isEqualTo(c));
  }

  @Test
  void everyCodeContainsItselfAndItsSectionContainsIt() {
    qt().forAll(ValueGen.isicCodes()).checkAssert(c -> {
      assertThat(c.contains(c)).isTrue();
      c.section().ifPresent(s -> assertThat(s.contains(c)).isTrue());
    });
  }
}
