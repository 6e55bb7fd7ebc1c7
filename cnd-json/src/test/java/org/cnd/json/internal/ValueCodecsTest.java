package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Dates and ranges written into characters are their text forms, character for character. */
class ValueCodecsTest {
  @Test
  void datesAreWrittenAsTheirTextForm() {
    qt().withExamples(5_000).forAll(ValueGen.partialDates()).checkAssert(d -> {
      char[] into = new char[10];
      assertThat(new String(into, 0, ValueCodecs.dateChars(d, into, 0))).isEqualTo(d.toString());
    });
  }

  @Test
  void rangesAreWrittenAsTheirTextForm() {
    qt().withExamples(5_000).forAll(ValueGen.dateRanges()).checkAssert(r -> {
      char[] into = new char[21];
      assertThat(new String(into, 0, ValueCodecs.rangeChars(r, into))).isEqualTo(r.toString());
    });
  }

  @Test
  void theExtremesFit() {
    for (PartialDate d : new PartialDate[] {PartialDate.ofDay(9999, 12, 31), PartialDate.ofDay(1000, 1, 1),
        PartialDate.ofQuarter(9999, 4), PartialDate.ofMonth(1000, 10), PartialDate.ofYear(2004)}) {
      char[] into = new char[21];
      assertThat(new String(into, 0, ValueCodecs.rangeChars(DateRange.of(d, d), into))).isEqualTo(d + "/" + d);
      assertThat(new String(into, 0, ValueCodecs.rangeChars(DateRange.from(d), into))).isEqualTo(d + "/..");
    }
  }
}
