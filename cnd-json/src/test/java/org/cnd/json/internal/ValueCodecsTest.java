package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.DateSyntax;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.junit.jupiter.api.Test;

/** Dates and ranges written into characters are their text forms in the syntax asked for, character for character. */
class ValueCodecsTest {
  @Test
  void datesAreWrittenAsTheirTextForm() {
    qt().withExamples(5_000).forAll(ValueGen.partialDatesWithQualifiers()).checkAssert(d -> {
      char[] into = new char[11];
      for (DateSyntax syntax : DateSyntax.values()) {
        assertThat(new String(into, 0, ValueCodecs.dateChars(d, syntax, into, 0))).isEqualTo(d.format(syntax));
      }
      assertThat(new String(into, 0, ValueCodecs.dateChars(d, DateSyntax.CND, into, 0))).isEqualTo(d.toString());
    });
  }

  @Test
  void rangesAreWrittenAsTheirTextForm() {
    qt().withExamples(5_000).forAll(ValueGen.dateRangesWithQualifiers()).checkAssert(r -> {
      char[] into = new char[23];
      for (DateSyntax syntax : DateSyntax.values()) {
        assertThat(new String(into, 0, ValueCodecs.rangeChars(r, syntax, into))).isEqualTo(r.format(syntax));
      }
    });
  }

  @Test
  void qualifiersAndQuartersAreWrittenInEachSyntax() {
    PartialDate quarter = PartialDate.ofQuarter(2007, 1).withQualifier(Qualifier.UNCERTAIN);
    char[] into = new char[11];
    assertThat(new String(into, 0, ValueCodecs.dateChars(quarter, DateSyntax.CND, into, 0))).isEqualTo("2007-Q1?");
    assertThat(new String(into, 0, ValueCodecs.dateChars(quarter, DateSyntax.EDTF, into, 0))).isEqualTo("2007-33?");
    // The digits are the stated date's, not its widened earliest day (2000-05-01).
    PartialDate month = PartialDate.ofMonth(2001, 6).withQualifier(Qualifier.APPROXIMATE);
    assertThat(new String(into, 0, ValueCodecs.dateChars(month, DateSyntax.EDTF, into, 0))).isEqualTo("2001-06~");
  }

  @Test
  void theExtremesFit() {
    for (PartialDate plain : new PartialDate[] {PartialDate.ofDay(9999, 12, 31), PartialDate.ofDay(1000, 1, 1),
        PartialDate.ofQuarter(9999, 4), PartialDate.ofMonth(1000, 10), PartialDate.ofYear(2004)}) {
      for (PartialDate d : new PartialDate[] {plain, plain.withQualifier(Qualifier.APPROXIMATE_AND_UNCERTAIN)}) {
        for (DateSyntax syntax : DateSyntax.values()) {
          char[] into = new char[23];
          assertThat(new String(into, 0, ValueCodecs.rangeChars(DateRange.of(d, d), syntax, into)))
              .isEqualTo(d.format(syntax) + "/" + d.format(syntax));
          assertThat(new String(into, 0, ValueCodecs.rangeChars(DateRange.from(d), syntax, into)))
              .isEqualTo(d.format(syntax) + "/..");
        }
      }
    }
  }
}
