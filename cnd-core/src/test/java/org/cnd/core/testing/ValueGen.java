package org.cnd.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.cnd.core.time.PartialDate;
import org.quicktheories.core.Gen;

/** QuickTheories generators of the core's small values. */
public final class ValueGen {
  private ValueGen() {}

  /** Partial dates of every precision between 1990 and 2030. */
  public static Gen<PartialDate> partialDates() {
    Gen<Integer> years = integers().between(1990, 2030);
    Gen<PartialDate> ofYear = years.map(PartialDate::ofYear);
    Gen<PartialDate> ofQuarter = years.zip(integers().between(1, 4), PartialDate::ofQuarter);
    Gen<PartialDate> ofMonth = years.zip(integers().between(1, 12), PartialDate::ofMonth);
    Gen<PartialDate> ofDay = integers().between(0, 40 * 366)
        .map(n -> PartialDate.of(LocalDate.of(1990, 1, 1).plusDays(n)));
    return ofYear.mix(ofQuarter).mix(ofMonth).mix(ofDay);
  }
}
