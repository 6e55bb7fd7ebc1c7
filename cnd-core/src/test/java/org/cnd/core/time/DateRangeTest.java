package org.cnd.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;
import org.cnd.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void mayJuneIsAClosedRangeOfMonths() {
    DateRange mayJune2005 = DateRange.parse("2005-05/2005-06");
    assertThat(mayJune2005.start()).isEqualTo(date("2005-05"));
    assertThat(mayJune2005.end()).contains(date("2005-06"));
    assertThat(mayJune2005.isOpen()).isFalse();
    assertThat(mayJune2005).isEqualTo(DateRange.of(date("2005-05"), date("2005-06"))).hasToString("2005-05/2005-06");
    assertThat(mayJune2005.mayContain(date("2005-06-15"))).isTrue();
    assertThat(mayJune2005.mayContain(date("2005"))).isTrue();
    assertThat(mayJune2005.mayContain(date("2005-07"))).isFalse();
    assertThat(mayJune2005.mayContain(date("2005-04-30"))).isFalse();
  }

  @Test
  void aProgrammeStillRunningHasAnOpenRange() {
    DateRange since2001 = DateRange.parse("2001/..");
    assertThat(since2001.isOpen()).isTrue();
    assertThat(since2001.end()).isEmpty();
    assertThat(since2001).isEqualTo(DateRange.from(date("2001"))).hasToString("2001/..");
    assertThat(since2001.mayContain(date("9999"))).isTrue();
    assertThat(since2001.mayContain(date("2000-12-31"))).isFalse();
    assertThat(since2001.withEnd(date("2008"))).hasToString("2001/2008");
  }

  @Test
  void aSingleDateIsARangeFromItselfToItself() {
    assertThat(DateRange.of(date("2007-Q1"))).isEqualTo(DateRange.parse("2007-Q1/2007-Q1"));
  }

  @Test
  void refusesAStartCertainlyAfterTheEnd() {
    assertRefused(() -> DateRange.of(date("2006"), date("2005-06")), "date-range.order")
        .hasMessageContaining("2006/2005-06")
        .hasMessageContaining("certainly after");
    assertRefused(() -> DateRange.parse("2005-10-08/2005-10-07"), "date-range.order");
    assertRefused(() -> DateRange.from(date("2006")).withEnd(date("2005")), "date-range.order");
  }

  @Test
  void allowsAStartThatMayOverlapTheEnd() {
    assertThat(DateRange.of(date("2005"), date("2005-06"))).hasToString("2005/2005-06");
    assertThat(DateRange.of(date("2005-06-30"), date("2005-Q2"))).hasToString("2005-06-30/2005-Q2");
    assertThat(DateRange.of(date("2005-10-08"), date("2005-10-08"))).hasToString("2005-10-08/2005-10-08");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "2005;                 date-range.syntax",
    "2005/2006/2007;       date-range.syntax",
    "'';                   date-range.syntax",
    "2005-05 - 2005-06;    date-range.syntax",
    "2005/;                date-range.unknown-end",
    "../2005;              date-range.start",
    "/2005;                date-range.start",
    "/;                    date-range.start",
    "../..;                date-range.start",
    "2005-13~/2006;        date.syntax",
    "2005/2006-XX;         date.unspecified",
    "2007~/2004~;          date-range.order",
    "2005-13/2006;         date.syntax",
    "2005/..x;             date.syntax",
    "2006/2005;            date-range.order",
  })
  void refusesBadText(String text, String rule) {
    assertRefused(() -> DateRange.parse(text), rule);
  }

  @Test
  void readsEdtfQuartersAndQualifiedEnds() {
    DateRange firstHalf = DateRange.parse("2007-33/2007-34");
    assertThat(firstHalf).isEqualTo(DateRange.parse("2007-Q1/2007-Q2")).hasToString("2007-Q1/2007-Q2");
    assertThat(firstHalf.toEdtf()).isEqualTo("2007-33/2007-34");
    assertThat(firstHalf.format(DateSyntax.EDTF)).isEqualTo(firstHalf.toEdtf());
    assertThat(firstHalf.format(DateSyntax.CND)).isEqualTo(firstHalf.toString());

    DateRange sinceMid2001 = DateRange.parse("2001-06~/..");
    assertThat(sinceMid2001.start()).isEqualTo(PartialDate.ofMonth(2001, 6).withQualifier(Qualifier.APPROXIMATE));
    assertThat(sinceMid2001.mayContain(date("2001-05"))).isTrue();
    assertThat(sinceMid2001.mayContain(date("2001-04"))).isFalse();
  }

  @Test
  void aQualifiedStartMayOverlapAnEndItWouldOtherwiseFollow() {
    // 2005-07 is certainly after 2005-06, so that range is refused; about July 2005 may be June.
    assertRefused(() -> DateRange.parse("2005-07/2005-06"), "date-range.order");
    assertThat(DateRange.parse("2005-07~/2005-06")).hasToString("2005-07~/2005-06");
    assertRefused(() -> DateRange.parse("2005-08~/2005-06"), "date-range.order");
  }

  @Test
  void syntaxErrorsQuoteTheTextAndListTheForms() {
    assertThatThrownBy(() -> DateRange.parse("2005-05 to 2005-06"))
        .hasMessageContaining("\"2005-05 to 2005-06\"")
        .hasMessageContaining(DateRange.ACCEPTED_FORMS);
  }

  @Test
  void enclosesAndOverlaps() {
    DateRange years = DateRange.parse("2004/2008");
    assertThat(years.mayEnclose(DateRange.parse("2005-05/2005-06"))).isTrue();
    assertThat(years.mayEnclose(DateRange.parse("2008/2008-12-31"))).isTrue();
    assertThat(years.mayEnclose(DateRange.parse("2007/2009"))).isFalse();
    assertThat(years.mayEnclose(DateRange.parse("2005/.."))).isFalse();
    assertThat(DateRange.parse("2001/..").mayEnclose(DateRange.parse("2005/.."))).isTrue();
    // The other range can only be 1 January 2000, which is before this one starts.
    assertThat(DateRange.parse("2000-Q2/2001-01").mayEnclose(DateRange.parse("2000/2000-01-01"))).isFalse();
    assertThat(DateRange.parse("2000-Q2/2001-01").mayEnclose(DateRange.parse("2000/2000-12"))).isTrue();
    // Qualified bounds are read through earliest() and latest(): 2000-03~ may be as late as April 2000.
    assertThat(DateRange.parse("2000-Q2/2001-01").mayEnclose(DateRange.parse("2000-03/2000-03"))).isFalse();
    assertThat(DateRange.parse("2000-Q2/2001-01").mayEnclose(DateRange.parse("2000-03~/2000-03~"))).isTrue();
    assertThat(DateRange.parse("2004/2008").mayEnclose(DateRange.parse("2008-12~/2008-12~"))).isTrue();
    assertThat(DateRange.parse("2004/2008").mayEnclose(DateRange.parse("2009-01/2009-01~"))).isFalse();
    assertThat(years.mayOverlap(DateRange.parse("2008-12/2010"))).isTrue();
    assertThat(years.mayOverlap(DateRange.parse("2009/.."))).isFalse();
    assertThat(DateRange.parse("2009/..").mayOverlap(years)).isFalse();
    assertThat(DateRange.parse("2001/..").mayOverlap(DateRange.parse("1999/.."))).isTrue();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> DateRange.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DateRange.of(null, date("2005"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DateRange.from(null)).isInstanceOf(NullPointerException.class);
  }

  // --- properties -------------------------------------------------------------------------------------------

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.dateRangesWithQualifiers()).checkAssert(r ->
        assertThat(DateRange.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void edtfTextRoundTrips() {
    qt().forAll(ValueGen.dateRangesWithQualifiers()).checkAssert(r -> {
      assertThat(DateRange.parse(r.toEdtf())).isEqualTo(r);
      assertThat(DateRange.parse(r.format(DateSyntax.EDTF)).toString()).isEqualTo(r.toString());
    });
  }

  @Test
  void unqualifiedRangesAreWrittenAsBefore() {
    // Format version 1: start/end or start/.., each end YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD.
    qt().forAll(ValueGen.dateRanges()).checkAssert(r -> assertThat(r.toString())
        .matches("\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?/(\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?|\\.\\.)"));
  }

  @Test
  void equalRangesHaveEqualHashCodes() {
    qt().forAll(ValueGen.dateRangesWithQualifiers()).checkAssert(r -> {
      DateRange copy = DateRange.parse(r.toString());
      assertThat(copy.hashCode()).isEqualTo(r.hashCode());
    });
  }

  /** The days a range may cover, from its start's earliest day to its end's latest day, as a Guava range. */
  private static Range<LocalDate> widest(DateRange r) {
    return r.end().isPresent()
        ? Range.closed(r.start().earliest(), r.end().get().latest())
        : Range.atLeast(r.start().earliest());
  }

  private static Range<LocalDate> days(PartialDate d) {
    return Range.closed(d.earliest(), d.latest());
  }

  @Test
  void isRefusedExactlyWhenGuavaRefusesTheWidestRange() {
    qt().forAll(ValueGen.partialDatesWithQualifiers(), ValueGen.partialDatesWithQualifiers())
        .checkAssert((start, end) -> {
      Optional<Range<LocalDate>> guava = attempt(() -> Range.closed(start.earliest(), end.latest()));
      Optional<DateRange> ours = attempt(() -> DateRange.of(start, end));
      assertThat(ours.isPresent()).isEqualTo(guava.isPresent());
    });
  }

  @Test
  void mayContainIsGuavaConnectedness() {
    qt().forAll(ValueGen.dateRangesWithQualifiers(), ValueGen.partialDatesWithQualifiers()).checkAssert((r, d) ->
        assertThat(r.mayContain(d)).isEqualTo(widest(r).isConnected(days(d))));
  }

  @Test
  void mayContainADayIsGuavaContains() {
    qt().forAll(ValueGen.dateRangesWithQualifiers(), ValueGen.days()).checkAssert((r, day) ->
        assertThat(r.mayContain(PartialDate.of(day))).isEqualTo(widest(r).contains(day)));
  }

  @Test
  void mayOverlapIsGuavaConnectedness() {
    qt().forAll(ValueGen.dateRangesWithQualifiers(), ValueGen.dateRangesWithQualifiers()).checkAssert((a, b) -> {
      assertThat(a.mayOverlap(b)).isEqualTo(widest(a).isConnected(widest(b)));
      assertThat(a.mayOverlap(b)).isEqualTo(b.mayOverlap(a));
    });
  }

  @Test
  void mayEncloseOfDayRangesIsGuavaEncloses() {
    qt().forAll(ValueGen.dayRanges(), ValueGen.dayRanges()).checkAssert((a, b) ->
        assertThat(a.mayEnclose(b)).isEqualTo(widest(a).encloses(widest(b))));
  }

  @Test
  void mayEncloseIsReflexiveAndImpliesMayOverlap() {
    qt().forAll(ValueGen.dateRangesWithQualifiers(), ValueGen.dateRangesWithQualifiers()).checkAssert((a, b) -> {
      assertThat(a.mayEnclose(a)).isTrue();
      if (a.mayEnclose(b)) {
        assertThat(a.mayOverlap(b)).isTrue();
      }
    });
  }

  private static <T> Optional<T> attempt(java.util.function.Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
