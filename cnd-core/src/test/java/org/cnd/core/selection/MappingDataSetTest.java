package org.cnd.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.selection.MappingFixtures.APPAREL;
import static org.cnd.core.selection.MappingFixtures.ELECTRICAL;
import static org.cnd.core.selection.MappingFixtures.GUJRAT;
import static org.cnd.core.selection.MappingFixtures.LAHORE;
import static org.cnd.core.selection.MappingFixtures.OTHER_MANUFACTURING;
import static org.cnd.core.selection.MappingFixtures.PUNJAB;
import static org.cnd.core.selection.MappingFixtures.SIALKOT;
import static org.cnd.core.selection.MappingFixtures.punjab;
import static org.cnd.core.selection.MappingFixtures.punjabBuilder;
import static org.cnd.core.testing.Refusals.assertRefused;

import org.cnd.core.cluster.IsicCode;
import org.junit.jupiter.api.Test;

class MappingDataSetTest {
  @Test
  void sumsRegionsSectorsAndTheWhole() {
    MappingDataSet data = punjab();
    assertThat(data.regions()).containsExactly(GUJRAT, LAHORE, SIALKOT);
    assertThat(data.sectors()).containsExactly(APPAREL, ELECTRICAL, OTHER_MANUFACTURING);
    assertThat(data.regionEmployment(LAHORE, Denominator.ALL_EMPLOYMENT)).isEqualTo(2000);
    assertThat(data.regionEmployment(LAHORE, Denominator.TRADED_EMPLOYMENT)).isEqualTo(500);
    assertThat(data.sectorEmployment(OTHER_MANUFACTURING)).isEqualTo(750);
    assertThat(data.totalEmployment(Denominator.ALL_EMPLOYMENT)).isEqualTo(4000);
    assertThat(data.totalEmployment(Denominator.TRADED_EMPLOYMENT)).isEqualTo(2150);
    assertThat(data.employment(SIALKOT, OTHER_MANUFACTURING)).isEqualTo(600);
    assertThat(data.establishments(SIALKOT, OTHER_MANUFACTURING)).isEqualTo(60);
  }

  @Test
  void aPairWithoutACountHasNoEmploymentAndARegionWithoutCountsNone() {
    MappingDataSet data = punjab();
    assertThat(data.employment(Region.district("Multan", PUNJAB), APPAREL)).isZero();
    assertThat(data.establishments(SIALKOT, IsicCode.of("10"))).isZero();
    assertThat(data.regionEmployment(Region.district("Multan", PUNJAB), Denominator.ALL_EMPLOYMENT)).isZero();
  }

  @Test
  void tradedEmploymentNeedsTradedSectors() {
    MappingDataSet untraded = punjabBuilder().build();
    assertThat(untraded.statesTradedSectors()).isFalse();
    assertThatThrownBy(() -> untraded.totalEmployment(Denominator.TRADED_EMPLOYMENT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("states no traded sectors");
  }

  @Test
  void refusesAPairCountedTwice() {
    assertRefused(() -> punjabBuilder().addCounts(MappingCount.of(SIALKOT, APPAREL, 1, 1)).build(),
        "mapping.count-duplicate", "/counts/9").hasMessageContaining("/counts/1");
  }

  @Test
  void refusesSectorsThatOverlap() {
    assertRefused(() -> punjabBuilder().addCounts(MappingCount.of(SIALKOT, IsicCode.of("C"), 1, 1)).build(),
        "mapping.sector-overlap", "/counts/9/sector").hasMessageContaining("lies within sector C");
  }

  @Test
  void refusesATradedSectorWithoutCounts() {
    assertRefused(() -> punjabBuilder().addTradedSectors(IsicCode.of("10")).build(), "mapping.traded-sector", "/tradedSectors/0");
  }

  @Test
  void refusesNegativeCountsAndRegionsWithoutAName() {
    assertRefused(() -> MappingCount.of(SIALKOT, APPAREL, -1, 0), "figure.negative", "/employment");
    assertRefused(() -> MappingCount.of(SIALKOT, APPAREL, 0, -1), "figure.negative", "/establishments");
    assertRefused(() -> Region.builder().build(), "mapping.region", "");
    assertRefused(() -> Region.district(" "), "text.blank", "/district");
  }

  @Test
  void regionsPrintAndOrderByTheirParts() {
    assertThat(Region.of(PUNJAB)).hasToString("PK-PB");
    assertThat(SIALKOT).hasToString("Sialkot, PK-PB");
    assertThat(Region.district("Sialkot")).hasToString("Sialkot");
    assertThat(Region.district("Sialkot")).isNotEqualTo(SIALKOT);
    assertThat(Region.district("Sialkot").compareTo(Region.of(PUNJAB))).isNegative();
    assertThat(Region.of(PUNJAB).compareTo(SIALKOT)).isNegative();
  }
}
