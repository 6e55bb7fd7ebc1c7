package org.cnd.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cnd.core.testing.EntityGen;
import org.cnd.core.testing.ValueGen;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class PartialDateTest {
  @Test
  void parsesEveryPrecision() {
    assertThat(PartialDate.parse("2004").precision()).isEqualTo(Precision.YEAR);
    assertThat(PartialDate.parse("2007-Q1").latest()).isEqualTo(LocalDate.of(2007, 3, 31));
    assertThat(PartialDate.parse("2004-08").earliest()).isEqualTo(LocalDate.of(2004, 8, 1));
    assertThat(PartialDate.parse("2005-10-08").latest()).isEqualTo(LocalDate.of(2005, 10, 8));
  }

  @ParameterizedTest
  @CsvSource({
    "2004,       YEAR,    2004-01-01, 2004-12-31",
    "2007-Q1,    QUARTER, 2007-01-01, 2007-03-31",
    "2007-Q4,    QUARTER, 2007-10-01, 2007-12-31",
    "2004-08,    MONTH,   2004-08-01, 2004-08-31",
    "2004-02,    MONTH,   2004-02-01, 2004-02-29",
    "2005-02,    MONTH,   2005-02-01, 2005-02-28",
    "2005-10-08, DAY,     2005-10-08, 2005-10-08",
  })
  void hasPrecisionAndBounds(String text, Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.year()).isEqualTo(earliest.getYear());
    assertThat(date).hasToString(text);
  }

  @Test
  void factoriesAgreeWithParse() {
    assertThat(PartialDate.ofYear(2004)).isEqualTo(PartialDate.parse("2004"));
    assertThat(PartialDate.ofQuarter(2007, 1)).isEqualTo(PartialDate.parse("2007-Q1"));
    assertThat(PartialDate.ofMonth(2004, 8)).isEqualTo(PartialDate.parse("2004-08"));
    assertThat(PartialDate.ofMonth(2004, Month.AUGUST)).isEqualTo(PartialDate.parse("2004-08"));
    assertThat(PartialDate.ofDay(2005, 10, 8)).isEqualTo(PartialDate.parse("2005-10-08"));
    assertThat(PartialDate.of(LocalDate.of(2005, 10, 8))).isEqualTo(PartialDate.parse("2005-10-08"));
  }

  @Test
  void certainlyBeforeUsesTheBounds() {
    PartialDate august2004 = PartialDate.parse("2004-08");
    PartialDate year2004 = PartialDate.parse("2004");
    PartialDate year2005 = PartialDate.parse("2005");
    PartialDate october2005 = PartialDate.parse("2005-10-08");

    assertThat(august2004.isCertainlyBefore(year2005)).isTrue();
    assertThat(year2005.isCertainlyAfter(august2004)).isTrue();
    assertThat(year2004.isCertainlyBefore(october2005)).isTrue();
    // August 2004 lies within 2004: neither is certainly before the other, they may overlap.
    assertThat(august2004.isCertainlyBefore(year2004)).isFalse();
    assertThat(year2004.isCertainlyBefore(august2004)).isFalse();
    assertThat(august2004.mayOverlap(year2004)).isTrue();
    assertThat(year2004.mayOverlap(august2004)).isTrue();
    assertThat(august2004.mayOverlap(year2005)).isFalse();
    // The last day of a quarter and the first of the next touch but do not overlap.
    assertThat(PartialDate.parse("2007-Q1").isCertainlyBefore(PartialDate.parse("2007-04-01"))).isTrue();
    assertThat(PartialDate.parse("2007-Q1").mayOverlap(PartialDate.parse("2007-03-31"))).isTrue();
  }

  @Test
  void certainlyNotAfterAllowsTouching() {
    assertThat(PartialDate.parse("2007-03-31").isCertainlyNotAfter(PartialDate.parse("2007-03-31"))).isTrue();
    assertThat(PartialDate.parse("2007-Q1").isCertainlyNotAfter(PartialDate.parse("2007-03-31"))).isTrue();
    assertThat(PartialDate.parse("2007-Q1").isCertainlyNotAfter(PartialDate.parse("2007-03-30"))).isFalse();
  }

  @Test
  void containsTheDaysWithinItsBounds() {
    PartialDate q1 = PartialDate.parse("2007-Q1");
    assertThat(q1.contains(LocalDate.of(2007, 1, 1))).isTrue();
    assertThat(q1.contains(LocalDate.of(2007, 3, 31))).isTrue();
    assertThat(q1.contains(LocalDate.of(2007, 4, 1))).isFalse();
    assertThat(q1.contains(LocalDate.of(2006, 12, 31))).isFalse();
  }

  @Test
  void ordersByEarliestThenLatestDay() {
    // On the same earliest day the shorter date comes first: 2004-01-01, 2004-01, 2004-Q1, 2004.
    assertThat(PartialDate.parse("2004-01-01")).isLessThan(PartialDate.parse("2004-01"));
    assertThat(PartialDate.parse("2004-01")).isLessThan(PartialDate.parse("2004-Q1"));
    assertThat(PartialDate.parse("2004-Q1")).isLessThan(PartialDate.parse("2004"));
    assertThat(PartialDate.parse("2004")).isLessThan(PartialDate.parse("2004-01-02"));
    assertThat(PartialDate.parse("2003-12-31")).isLessThan(PartialDate.parse("2004-01-01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2005-13", "2007-Q5", "2007-Q0", "05-2004", "", "2005-02-30", "2004-8", "2004-00",
      "0999", "2004-08-32", "2004-W01", " 2004", "2004 ", "2004-q1", "２００４", "2004/05", "2004-08-1"})
  void refusesBadTextQuotingItAndListingTheForms(String text) {
    assertRefused(() -> PartialDate.parse(text), "date.syntax")
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining(PartialDate.ACCEPTED_FORMS);
  }

  @ParameterizedTest
  @CsvSource({
    "2001~,         YEAR,    APPROXIMATE,               2000-01-01, 2002-12-31, 2001~",
    "2007-Q1?,      QUARTER, UNCERTAIN,                 2006-10-01, 2007-06-30, 2007-33?",
    "2007-Q4~,      QUARTER, APPROXIMATE,               2007-07-01, 2008-03-31, 2007-36~",
    "2001-06~,      MONTH,   APPROXIMATE,               2001-05-01, 2001-07-31, 2001-06~",
    "2004-03%,      MONTH,   APPROXIMATE_AND_UNCERTAIN, 2004-02-01, 2004-04-30, 2004-03%",
    "2008-05-15~,   DAY,     APPROXIMATE,               2008-05-14, 2008-05-16, 2008-05-15~",
    "2004-03-01?,   DAY,     UNCERTAIN,                 2004-02-29, 2004-03-02, 2004-03-01?",
    "1000~,         YEAR,    APPROXIMATE,               1000-01-01, 1001-12-31, 1000~",
    "9999-12-31%,   DAY,     APPROXIMATE_AND_UNCERTAIN, 9999-12-30, 9999-12-31, 9999-12-31%",
  })
  void aQualifierWidensTheBoundsByOneUnitOfThePrecisionWithinTheYearRange(String text, Precision precision,
      Qualifier qualifier, LocalDate earliest, LocalDate latest, String edtf) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.qualifier()).contains(qualifier);
    assertThat(date.isQualified()).isTrue();
    assertThat(date.isApproximate()).isEqualTo(qualifier != Qualifier.UNCERTAIN);
    assertThat(date.isUncertain()).isEqualTo(qualifier != Qualifier.APPROXIMATE);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date).hasToString(text);
    assertThat(date.toEdtf()).isEqualTo(edtf);
    assertThat(PartialDate.parse(edtf)).isEqualTo(date);
  }

  @Test
  void aQualifiedDateKeepsTheDateAsStated() {
    PartialDate mid2001 = PartialDate.ofMonth(2001, 6).withQualifier(Qualifier.APPROXIMATE);
    assertThat(mid2001).isEqualTo(PartialDate.parse("2001-06~"));
    assertThat(PartialDate.parse("2001~").year()).isEqualTo(2001);
    assertThat(mid2001.withoutQualifier()).isEqualTo(PartialDate.ofMonth(2001, 6));
    assertThat(mid2001.withQualifier(Qualifier.APPROXIMATE)).isSameAs(mid2001);
    assertThat(mid2001.withQualifier(Qualifier.UNCERTAIN)).hasToString("2001-06?");
    PartialDate june = PartialDate.ofMonth(2001, 6);
    assertThat(june.qualifier()).isEmpty();
    assertThat(june.isQualified() || june.isApproximate() || june.isUncertain()).isFalse();
    assertThat(june.withoutQualifier()).isSameAs(june);
  }

  @Test
  void qualifiedAndUnqualifiedDatesAreNotEqualEvenWithTheSameBounds() {
    // About February 2004 may be any day of January to March 2004, as the first quarter is.
    PartialDate aboutFebruary = PartialDate.parse("2004-02~");
    PartialDate firstQuarter = PartialDate.parse("2004-Q1");
    assertThat(aboutFebruary.earliest()).isEqualTo(firstQuarter.earliest());
    assertThat(aboutFebruary.latest()).isEqualTo(firstQuarter.latest());
    assertThat(aboutFebruary).isNotEqualTo(firstQuarter);
    assertThat(aboutFebruary.compareTo(firstQuarter)).isNotZero();
    assertThat(PartialDate.parse("2004~")).isNotEqualTo(PartialDate.parse("2004?"))
        .isNotEqualTo(PartialDate.parse("2004%")).isNotEqualTo(PartialDate.parse("2004"));
    assertThat(PartialDate.parse("2004~").compareTo(PartialDate.parse("2004?"))).isNotZero();
  }

  @Test
  void aQualifiedDateIsCertainlyBeforeOnlyByItsWidenedBounds() {
    PartialDate aboutJune2001 = PartialDate.parse("2001-06~");
    assertThat(PartialDate.parse("2001-06").isCertainlyBefore(PartialDate.parse("2001-07"))).isTrue();
    assertThat(aboutJune2001.isCertainlyBefore(PartialDate.parse("2001-07"))).isFalse();
    assertThat(aboutJune2001.isCertainlyBefore(PartialDate.parse("2001-08"))).isTrue();
    assertThat(aboutJune2001.mayOverlap(PartialDate.parse("2001-05-01"))).isTrue();
    assertThat(aboutJune2001.isCertainlyAfter(PartialDate.parse("2001-04-30"))).isTrue();
  }

  @Test
  void readsEdtfQuartersAsQuarters() {
    assertThat(PartialDate.parse("2007-33")).isEqualTo(PartialDate.ofQuarter(2007, 1)).hasToString("2007-Q1");
    assertThat(PartialDate.parse("2007-36")).isEqualTo(PartialDate.ofQuarter(2007, 4));
    assertThat(PartialDate.ofQuarter(2007, 2).toEdtf()).isEqualTo("2007-34");
    assertThat(PartialDate.ofQuarter(2007, 2).format(DateSyntax.CND)).isEqualTo("2007-Q2");
    assertThat(PartialDate.ofMonth(2004, 8).toEdtf()).isEqualTo("2004-08");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "201X;             date.unspecified",
    "2004-XX~;         date.unspecified",
    "XXXX;             date.unspecified",
    "2001-21;          date.grouping",
    "2001-32;          date.grouping",
    "2001-37;          date.grouping",
    "2001-41;          date.grouping",
    "2001-41?;         date.grouping",
    "2005-10-08T10:00; date.time",
    "2001-42;          date.syntax",
    "2001-20;          date.syntax",
    "0999-21;          date.syntax",
    "10000;            date.syntax",
    "-2004;            date.syntax",
    "Y20040;           date.syntax",
    "2004?~;           date.syntax",
    "~2004;            date.syntax",
    "2004-?06;         date.syntax",
    "2004-06~-11;      date.syntax",
    "2004-Q1-01;       date.syntax",
    "201u;             date.syntax",
    "~;                date.syntax",
    "2004 ~;           date.syntax",
  })
  void refusesWhatCndCannotHoldWithTheRuleThatNamesIt(String text, String rule) {
    assertRefused(() -> PartialDate.parse(text), rule).hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void namesTheEdtfFeatureItRefuses() {
    assertThatThrownBy(() -> PartialDate.parse("201X")).hasMessageContaining("unspecified digits");
    assertThatThrownBy(() -> PartialDate.parse("2001-21")).hasMessageContaining("21 is a season");
    assertThatThrownBy(() -> PartialDate.parse("2001-40")).hasMessageContaining("40 is a semester");
    assertThatThrownBy(() -> PartialDate.parse("1985-04-12T23:20:30")).hasMessageContaining("time of day");
    assertThatThrownBy(() -> PartialDate.parse("-1985")).hasMessageContaining("year must be 1000 to 9999, found -1985");
    assertThatThrownBy(() -> PartialDate.parse("Y170000002"))
        .hasMessageContaining("year must be 1000 to 9999, found Y170000002");
    assertThatThrownBy(() -> PartialDate.parse("2004?~")).hasMessageContaining("qualifies the whole date");
  }

  @Test
  void namesWhatIsWrongWithAWellFormedButImpossibleDate() {
    assertThatThrownBy(() -> PartialDate.parse("2005-13")).hasMessageContaining("month must be 01 to 12, found 13");
    assertThatThrownBy(() -> PartialDate.parse("2007-Q5")).hasMessageContaining("quarter must be 1 to 4, found 5");
    assertThatThrownBy(() -> PartialDate.ofDay(2005, 2, 30)).hasMessageContaining("\"2005-02-30\"");
  }

  @Test
  void refusesYearsOutsideTheRangeOnEveryFactory() {
    assertThatThrownBy(() -> PartialDate.ofYear(999)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> PartialDate.ofQuarter(10000, 1)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> PartialDate.ofMonth(-1, 1)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(10000, 1, 1))).isInstanceOf(RuleViolationException.class);
    assertThat(PartialDate.ofYear(1000)).hasToString("1000");
    assertThat(PartialDate.ofDay(9999, 12, 31)).hasToString("9999-12-31");
  }

  /** The text form is ISO 8601 whatever the machine's locale: Arabic-Indic digits would not parse back. */
  @Test
  void textFormIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (String tag : List.of("ar-EG", "fa-IR", "hi-IN-u-nu-deva", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(PartialDate.ofMonth(2004, 8)).hasToString("2004-08");
        assertThat(PartialDate.ofDay(2005, 10, 8)).hasToString("2005-10-08");
        assertThat(PartialDate.parse("2004-08")).hasToString("2004-08");
        assertThatThrownBy(() -> PartialDate.ofMonth(2005, 13)).hasMessageContaining("\"2005-13\"");
        assertThatThrownBy(() -> PartialDate.ofDay(2005, 2, 30)).hasMessageContaining("\"2005-02-30\"");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartialDate.of(null)).isInstanceOf(NullPointerException.class);
  }

  // --- properties -------------------------------------------------------------------------------------------

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.partialDatesWithQualifiers())
        .checkAssert(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
  }

  @Test
  void edtfTextRoundTrips() {
    qt().forAll(ValueGen.partialDatesWithQualifiers()).checkAssert(d -> {
      assertThat(PartialDate.parse(d.toEdtf())).isEqualTo(d);
      assertThat(PartialDate.parse(d.format(DateSyntax.EDTF)).format(DateSyntax.CND)).isEqualTo(d.toString());
    });
  }

  @Test
  void unqualifiedDatesAreWrittenAsBefore() {
    qt().forAll(ValueGen.partialDates()).checkAssert(d -> {
      assertThat(d.toString()).matches("\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?)?");
      assertThat(d.isQualified()).isFalse();
      assertThat(d.withQualifier(Qualifier.APPROXIMATE).withoutQualifier()).isEqualTo(d);
    });
  }

  @Test
  void aQualifiedDateSpansItsNeighboursOfTheSamePrecision() {
    qt().forAll(ValueGen.partialDates(), ValueGen.qualifiers()).checkAssert((d, q) -> {
      PartialDate qualified = d.withQualifier(q);
      assertThat(qualified).isNotEqualTo(d);
      assertThat(qualified.precision()).isEqualTo(d.precision());
      assertThat(qualified.year()).isEqualTo(d.year());
      assertThat(qualified.earliest()).isEqualTo(neighbour(d, -1).earliest());
      assertThat(qualified.latest()).isEqualTo(neighbour(d, 1).latest());
      assertThat(qualified.mayOverlap(d)).isTrue();
    });
  }

  /** The date of the same precision the given number of units away, built without qualifiers. */
  private static PartialDate neighbour(PartialDate d, int units) {
    LocalDate first = d.earliest();
    switch (d.precision()) {
      case YEAR:
        return PartialDate.ofYear(d.year() + units);
      case QUARTER:
        LocalDate q = first.plusMonths(3L * units);
        return PartialDate.ofQuarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
      case MONTH:
        YearMonth m = YearMonth.from(first).plusMonths(units);
        return PartialDate.ofMonth(m.getYear(), m.getMonthValue());
      default:
        return PartialDate.of(first.plusDays(units));
    }
  }

  @Test
  void earliestIsNeverAfterLatest() {
    qt().forAll(ValueGen.partialDatesWithQualifiers()).checkAssert(d -> {
      assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
      assertThat(d.contains(d.earliest())).isTrue();
      assertThat(d.contains(d.latest())).isTrue();
    });
  }

  @Test
  void certainlyBeforeIsIrreflexive() {
    qt().forAll(ValueGen.partialDatesWithQualifiers()).checkAssert(d -> {
      assertThat(d.isCertainlyBefore(d)).isFalse();
      assertThat(d.mayOverlap(d)).isTrue();
    });
  }

  @Test
  void certainlyBeforeIsAsymmetricAndTheConverseOfCertainlyAfter() {
    qt().forAll(ValueGen.partialDatesWithQualifiers(), ValueGen.partialDatesWithQualifiers()).checkAssert((a, b) -> {
      assertThat(a.isCertainlyBefore(b) && b.isCertainlyBefore(a)).isFalse();
      assertThat(a.isCertainlyBefore(b)).isEqualTo(b.isCertainlyAfter(a));
      assertThat(a.mayOverlap(b)).isEqualTo(!a.isCertainlyBefore(b) && !b.isCertainlyBefore(a));
      assertThat(a.mayOverlap(b)).isEqualTo(b.mayOverlap(a));
    });
  }

  @Test
  void certainlyBeforeIsTransitive() {
    AtomicInteger chains = new AtomicInteger();
    qt().forAll(nearbyDates(), nearbyDates(), nearbyDates()).checkAssert((a, b, c) -> {
      if (a.isCertainlyBefore(b) && b.isCertainlyBefore(c)) {
        chains.incrementAndGet();
        assertThat(a.isCertainlyBefore(c)).isTrue();
      }
    });
    assertThat(chains).as("examples where a is certainly before b and b before c").hasPositiveValue();
  }

  @Test
  void certainlyBeforeAgreesWithTheOrder() {
    qt().forAll(nearbyDates(), nearbyDates()).checkAssert((a, b) -> {
      if (a.isCertainlyBefore(b)) {
        assertThat(a).isLessThan(b);
      }
    });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ValueGen.partialDatesWithQualifiers(), ValueGen.partialDatesWithQualifiers()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void compareToIsTransitive() {
    qt().forAll(nearbyDates(), nearbyDates(), nearbyDates()).checkAssert((a, b, c) -> {
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void compareToIsConsistentWithEqualsAmongDatesThatShareBounds() {
    AtomicInteger sharedBounds = new AtomicInteger();
    qt().forAll(nearbyDates(), nearbyDates()).checkAssert((a, b) -> {
      if (a.earliest().equals(b.earliest()) && a.latest().equals(b.latest())) {
        sharedBounds.incrementAndGet();
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      }
    });
    assertThat(sharedBounds).as("examples of dates with the same bounds").hasPositiveValue();
  }

  /**
   * Dates of any precision holding a day of 2003 to 2005, half of them qualified: close enough to overlap often, and
   * to be ordered often.
   */
  private static Gen<PartialDate> nearbyDates() {
    Gen<PartialDate> plain =
        integers().between(0, 3 * 365).flatMap(n -> EntityGen.dateHolding(LocalDate.of(2003, 1, 1).plusDays(n)));
    return plain.zip(ValueGen.qualifiers().toOptionals(50), (d, q) -> q.map(d::withQualifier).orElse(d));
  }
}
