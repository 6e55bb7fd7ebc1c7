package org.cnd.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;

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
    assertRefused(() -> Sector.of("  "), "text.blank", "/name");
  }

  @Test
  void refusesABadIsicCode() {
    assertRefused(() -> Sector.of("Cutlery", "25.9"), "sector.isic");
  }
}
