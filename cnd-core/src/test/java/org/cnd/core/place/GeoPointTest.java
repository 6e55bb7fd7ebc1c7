package org.cnd.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {
  @Test
  void karachi() {
    GeoPoint karachi = GeoPoint.of(24.86, 67.01);
    assertThat(karachi.latitude()).isEqualTo(24.86);
    assertThat(karachi.longitude()).isEqualTo(67.01);
    assertThat(karachi).hasToString("24.86,67.01").isEqualTo(GeoPoint.of(24.86, 67.01));
  }

  @Test
  void acceptsTheBounds() {
    assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90);
    assertThat(GeoPoint.of(-90, -180).longitude()).isEqualTo(-180);
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0, 0)).hasToString("0.0,0.0");
    assertThat(GeoPoint.of(-0.0, -0.0).hashCode()).isEqualTo(GeoPoint.of(0, 0).hashCode());
  }

  @ParameterizedTest
  @CsvSource({
    "90.0001, 0,       /latitude",
    "-91,     0,       /latitude",
    "NaN,     0,       /latitude",
    "Infinity, 0,      /latitude",
    "0,       180.5,   /longitude",
    "0,       -181,    /longitude",
    "0,       NaN,     /longitude",
    "0,       -Infinity, /longitude",
  })
  void refusesOutOfRange(double latitude, double longitude, String path) {
    assertRefused(() -> GeoPoint.of(latitude, longitude), "place.point", path)
        .hasMessageContaining("found");
  }

  @Test
  void generatedPointsAreInRangeAndEqualToThemselvesRebuilt() {
    qt().forAll(ValueGen.geoPoints()).checkAssert(p -> {
      assertThat(p.latitude()).isBetween(-90.0, 90.0);
      assertThat(p.longitude()).isBetween(-180.0, 180.0);
      assertThat(GeoPoint.of(p.latitude(), p.longitude())).isEqualTo(p);
    });
  }
}
