package org.cnd.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class SectorTest {
  @Test
  void aNameWithAnOptionalIsicCode() {
    Sector fans = Sector.of("Electric fans", "2750");
    assertThat(fans.name()).isEqualTo("Electric fans");
    assertThat(fans.isic()).contains(IsicCode.of("2750"));
    Sector cutlery = Sector.of("Cutlery");
    assertThat(cutlery.isic()).isEmpty();
    assertThat(Sector.builder().name("Cutlery").build()).isEqualTo(cutlery);
  }

  @Test
  void refusesABlankName() {
    assertThatThrownBy(() -> Sector.of("  "))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("text.blank");
          assertThat(e.violation().path()).isEqualTo("/name");
        });
  }

  @Test
  void refusesABadIsicCode() {
    assertThatThrownBy(() -> Sector.of("Cutlery", "25.9"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.ruleId()).isEqualTo("sector.isic"));
  }
}
