package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.DateSyntax;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import java.math.BigDecimal;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/**
 * Dates and ranges written into characters are their text forms in the syntax asked for, character for character;
 * the plain values are named for FORMAT.md and the schema as the format describes them, and a wrong type is told
 * with what was expected.
 */
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

  @Test
  void plainValuesAreNamedForTheDocuments() {
    assertThat(ValueCodecs.INTEGER.type()).isEqualTo(Long.class);
    assertThat(ValueCodecs.INTEGER.schemaName()).isEqualTo("Count");
    assertThat(ValueCodecs.INTEGER.docType()).isEqualTo("integer, 0 or more");
    assertThat(ValueCodecs.INTEGER.docTypes()).isEqualTo("integer, 0 or more");
    assertThat(ValueCodecs.INT.type()).isEqualTo(Integer.class);
    assertThat(ValueCodecs.INT.schemaName()).isNull();
    assertThat(ValueCodecs.INT.docType()).isEqualTo("integer");
    assertThat(ValueCodecs.BOOLEAN.type()).isEqualTo(Boolean.class);
    assertThat(ValueCodecs.BOOLEAN.schemaName()).isNull();
    assertThat(ValueCodecs.BOOLEAN.docType()).isEqualTo("boolean");
    assertThat(ValueCodecs.DECIMAL.type()).isEqualTo(BigDecimal.class);
    assertThat(ValueCodecs.DECIMAL.schemaName()).isEqualTo("Decimal");
    assertThat(ValueCodecs.DECIMAL.docType()).isEqualTo("decimal number");
    assertThat(ValueCodecs.DEGREES.type()).isEqualTo(Double.class);
    assertThat(ValueCodecs.DEGREES.docType()).isEqualTo("number");
    assertThat(ValueCodecs.AMOUNT.type()).isEqualTo(BigDecimal.class);
    assertThat(ValueCodecs.AMOUNT.schemaName()).isEqualTo("Amount");
    assertThat(ValueCodecs.AMOUNT.docType()).isEqualTo("decimal string");
  }

  private static String wrongType(Codec<?> codec, String json) {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(codec, json));
    assertThat(e.ruleId()).isEqualTo("json.type");
    return e.violation().message();
  }

  @Test
  void aWrongTypeIsToldWithWhatWasExpected() {
    assertThat(wrongType(ValueCodecs.INTEGER, "\"1\"")).isEqualTo("Wrong type: expected an integer, found the string \"1\"");
    assertThat(wrongType(ValueCodecs.INT, "true")).isEqualTo("Wrong type: expected an integer, found true");
    assertThat(wrongType(ValueCodecs.BOOLEAN, "1")).isEqualTo("Wrong type: expected true or false, found the number 1");
    assertThat(wrongType(ValueCodecs.DECIMAL, "[]")).isEqualTo("Wrong type: expected a number, found an array");
    assertThat(wrongType(ValueCodecs.DEGREES, "{}")).isEqualTo("Wrong type: expected a number, found an object");
    assertThat(wrongType(ValueCodecs.AMOUNT, "true"))
        .isEqualTo("Wrong type: expected a string holding a plain decimal number, such as \"235000.00\", found true");
  }
}
