package org.cnd.core.selection;

import java.util.Arrays;

/**
 * Percentiles by linear interpolation between order statistics, as d3-array's {@code quantile} computes them: the
 * p-quantile of the sorted values x[0..n-1] lies at h = (n - 1) p, and is x[⌊h⌋] + (x[⌊h⌋+1] - x[⌊h⌋]) (h - ⌊h⌋).
 * The 0-quantile is the least value, the 1-quantile the greatest; one value is every quantile of itself.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The p-quantile of the values, in any order.
   *
   * @throws IllegalArgumentException when there are no values, a value is not finite, or p is outside [0, 1]
   */
  public static double of(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("No values: expected at least one value to take a quantile of");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Invalid quantile " + p + ": expected a number within [0, 1]");
    }
    double[] x = values.clone();
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("Invalid value " + v + ": expected finite numbers");
      }
    }
    Arrays.sort(x);
    double h = (x.length - 1) * p;
    int i = (int) Math.floor(h);
    if (i >= x.length - 1) {
      return x[x.length - 1];
    }
    double a = x[i];
    double b = x[i + 1];
    // Clamped to [a, b]: rounding never lifts a quantile above the next order statistic.
    return Math.min(b, Math.max(a, a + (b - a) * (h - i)));
  }
}
