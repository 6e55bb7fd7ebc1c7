package org.cnd.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of the Extended Date/Time Format specification (Library of Congress, 4 February 2019,
 * https://www.loc.gov/standards/datetime/), levels 0 and 1, with what cnd makes of each: the bounds it gives the
 * dates and ranges it reads, and the rule that refuses the rest. The level and section of each example is named in
 * the comments; ISO 8601-2's quarters (level 2, sub-year groupings) are added, as cnd reads them too.
 */
class EdtfExamplesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // level 0, date: day, month and year precision
    "1985-04-12   | DAY     |             | 1985-04-12 | 1985-04-12 | 1985-04-12",
    "1985-04      | MONTH   |             | 1985-04-01 | 1985-04-30 | 1985-04",
    "1985         | YEAR    |             | 1985-01-01 | 1985-12-31 | 1985",
    // level 1, qualification of a date (complete): the bounds widen by one unit of the precision on each side
    "1984?        | YEAR    | UNCERTAIN   | 1983-01-01 | 1985-12-31 | 1984?",
    "2004-06~     | MONTH   | APPROXIMATE | 2004-05-01 | 2004-07-31 | 2004-06~",
    "2004-06-11%  | DAY     | APPROXIMATE_AND_UNCERTAIN | 2004-06-10 | 2004-06-12 | 2004-06-11%",
    // level 2, sub-year groupings: the quarters, which cnd writes 2001-Q1 in format version 1
    "2001-33      | QUARTER |             | 2001-01-01 | 2001-03-31 | 2001-Q1",
    "2001-34      | QUARTER |             | 2001-04-01 | 2001-06-30 | 2001-Q2",
    "2001-35      | QUARTER |             | 2001-07-01 | 2001-09-30 | 2001-Q3",
    "2001-36      | QUARTER |             | 2001-10-01 | 2001-12-31 | 2001-Q4",
  })
  void readsTheDates(String edtf, Precision precision, Qualifier qualifier, LocalDate earliest, LocalDate latest,
      String cnd) {
    PartialDate date = PartialDate.parse(edtf);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.qualifier()).isEqualTo(java.util.Optional.ofNullable(qualifier));
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date).hasToString(cnd);
    assertThat(date.toEdtf()).isEqualTo(edtf);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // level 0, time interval
    "1964/2008                | 1964-01-01 | 2008-12-31",
    "2004-06/2006-08          | 2004-06-01 | 2006-08-31",
    "2004-02-01/2005-02-08    | 2004-02-01 | 2005-02-08",
    "2004-02-01/2005-02       | 2004-02-01 | 2005-02-28",
    "2004-02-01/2005          | 2004-02-01 | 2005-12-31",
    "2005/2006-02             | 2005-01-01 | 2006-02-28",
    // level 1, extended interval: open end (an open range has no latest day)
    "1985-04-12/..            | 1985-04-12 |",
    "1985-04/..               | 1985-04-01 |",
    "1985/..                  | 1985-01-01 |",
    // level 1, extended interval: qualified ends
    "1984~/2004-06            | 1983-01-01 | 2004-06-30",
    "1984/2004-06~            | 1984-01-01 | 2004-07-31",
    "1984~/2004~              | 1983-01-01 | 2005-12-31",
    "1984?/2004%              | 1983-01-01 | 2005-12-31",
    "1984-06?/2004-08?        | 1984-05-01 | 2004-09-30",
    "1984-06-02?/2004-08-08~  | 1984-06-01 | 2004-08-09",
    "1984-06-02?/..           | 1984-06-01 |",
  })
  void readsTheIntervals(String edtf, LocalDate earliest, LocalDate latest) {
    DateRange range = DateRange.parse(edtf);
    assertThat(range.start().earliest()).isEqualTo(earliest);
    assertThat(range.end().map(PartialDate::latest).orElse(null)).isEqualTo(latest);
    assertThat(range.toEdtf()).isEqualTo(edtf);
    assertThat(range).hasToString(edtf);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // level 0, date and time
    "1985-04-12T23:20:30          | date.time",
    "1985-04-12T23:20:30Z         | date.time",
    "1985-04-12T23:20:30-04       | date.time",
    "1985-04-12T23:20:30+04:30    | date.time",
    // level 1, letter-prefixed calendar year and negative calendar year: outside years 1000 to 9999
    "Y170000002                   | date.syntax",
    "Y-170000002                  | date.syntax",
    "-1985                        | date.syntax",
    // level 1, seasons
    "2001-21                      | date.grouping",
    "2001-22                      | date.grouping",
    "2001-23                      | date.grouping",
    "2001-24                      | date.grouping",
    // level 1, unspecified digits from the right
    "201X                         | date.unspecified",
    "20XX                         | date.unspecified",
    "2004-XX                      | date.unspecified",
    "1985-04-XX                   | date.unspecified",
    "1985-XX-XX                   | date.unspecified",
  })
  void refusesTheDatesCndCannotHold(String edtf, String rule) {
    assertRefused(() -> PartialDate.parse(edtf), rule).hasMessageContaining("\"" + edtf + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // level 1, extended interval: open start
    "../1985-04-12    | date-range.start       | ../1985-04-12",
    "../1985-04       | date-range.start       | ../1985-04",
    "../1985          | date-range.start       | ../1985",
    // level 1, extended interval: unknown start and end
    "/1985-04-12      | date-range.start       | /1985-04-12",
    "/1985-04         | date-range.start       | /1985-04",
    "/1985            | date-range.start       | /1985",
    "1985-04-12/      | date-range.unknown-end | 1985-04-12/",
    "1985-04/         | date-range.unknown-end | 1985-04/",
    "1985/            | date-range.unknown-end | 1985/",
    // an end cnd cannot hold is refused by its own rule, quoting it
    "2004-06/2006-XX  | date.unspecified       | 2006-XX",
    "2001-21/2001-23  | date.grouping          | 2001-21",
  })
  void refusesTheIntervalsCndCannotHold(String edtf, String rule, String quoted) {
    assertRefused(() -> DateRange.parse(edtf), rule).hasMessageContaining("\"" + quoted + "\"");
  }
}
