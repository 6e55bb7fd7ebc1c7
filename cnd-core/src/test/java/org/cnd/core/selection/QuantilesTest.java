package org.cnd.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  private static double[] of(double... values) {
    return values;
  }

  // Worked by hand from h = (n - 1) p: x[floor h] + (x[floor h + 1] - x[floor h]) (h - floor h).
  @Test
  void interpolatesBetweenOrderStatisticsAsD3Does() {
    assertThat(Quantiles.of(of(3, 1, 2), 0.25)).isEqualTo(1.5); // h = 0.5
    assertThat(Quantiles.of(of(0, 10, 30), 0.5)).isEqualTo(10.0); // h = 1
    assertThat(Quantiles.of(of(0, 10, 30), 0.75)).isEqualTo(20.0); // h = 1.5
    assertThat(Quantiles.of(of(50, 100, 600), 0.9)).isCloseTo(500.0, within(1e-9)); // h = 1.8
    assertThat(Quantiles.of(of(1, 2, 3, 4), 0.25)).isCloseTo(1.75, within(1e-12)); // h = 0.75
  }

  @Test
  void theEndsAreTheLeastAndGreatestAndOneValueIsEveryQuantile() {
    assertThat(Quantiles.of(of(7, -2, 5), 0)).isEqualTo(-2.0);
    assertThat(Quantiles.of(of(7, -2, 5), 1)).isEqualTo(7.0);
    assertThat(Quantiles.of(of(4), 0.3)).isEqualTo(4.0);
  }

  @Test
  void doesNotSortTheCallersArray() {
    double[] values = of(3, 1, 2);
    Quantiles.of(values, 0.5);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void refusesNoValuesAQuantileOutsideZeroToOneAndValuesThatAreNotFinite() {
    assertThatThrownBy(() -> Quantiles.of(of(), 0.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No values");
    assertThatThrownBy(() -> Quantiles.of(of(1), 1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> Quantiles.of(of(1), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.of(of(1, Double.NaN), 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void liesBetweenTheLeastAndGreatestAndGrowsWithP() {
    qt().withExamples(300).forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 12), doubles().between(0, 1),
        doubles().between(0, 1)).checkAssert((values, p, q) -> {
          double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
          double lo = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
          double hi = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
          assertThat(Quantiles.of(x, p)).isBetween(lo, hi);
          assertThat(Quantiles.of(x, Math.min(p, q))).isLessThanOrEqualTo(Quantiles.of(x, Math.max(p, q)));
        });
  }

  @Test
  void dependsOnlyOnTheValuesNotTheirOrder() {
    qt().withExamples(200).forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(1, 10), doubles().between(0, 1))
        .checkAssert((values, p) -> {
          double[] forward = values.stream().mapToDouble(Double::doubleValue).toArray();
          List<Double> reversed = new java.util.ArrayList<>(values);
          java.util.Collections.reverse(reversed);
          assertThat(Quantiles.of(reversed.stream().mapToDouble(Double::doubleValue).toArray(), p))
              .isEqualTo(Quantiles.of(forward, p));
        });
  }
}
