package org.cnd.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * A date known to a year, a quarter, a month or a day, as programme records state them: "2004", "first quarter of
 * 2007", "August 2004", "8 October 2005".
 *
 * <p>A partial date covers the days from {@link #earliest()} to {@link #latest()}. Comparisons use those bounds: a
 * date is {@linkplain #isCertainlyBefore certainly before} another only when its latest day is before the other's
 * earliest day. The natural order sorts by earliest day, then by latest day; it is consistent with {@code equals}.
 *
 * <p>Text forms (ISO 8601, with ISO 8601-2's quarter): {@code 2004}, {@code 2007-Q1}, {@code 2004-08}, {@code
 * 2005-10-08}. Years run from 1000 to 9999. {@code parse(d.toString()).equals(d)} always holds.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** The accepted text forms, quoted in every parse error. */
  public static final String ACCEPTED_FORMS =
      "YYYY (2004), YYYY-Qn (2007-Q1), YYYY-MM (2004-08) or YYYY-MM-DD (2005-10-08)";

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  private final Precision precision;
  private final LocalDate earliest;
  private final LocalDate latest;

  private PartialDate(Precision precision, LocalDate earliest, LocalDate latest) {
    this.precision = precision;
    this.earliest = earliest;
    this.latest = latest;
  }

  /** A whole year. */
  public static PartialDate ofYear(int year) {
    return year(year, Integer.toString(year));
  }

  /** A calendar quarter, 1 to 4. */
  public static PartialDate ofQuarter(int year, int quarter) {
    return quarter(year, quarter, year + "-Q" + quarter);
  }

  /** A month, 1 to 12. */
  public static PartialDate ofMonth(int year, int month) {
    // The text only ever appears in an error's message: a valid month is not formatted (String.format is slow).
    boolean valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
    return month(year, month, valid ? null : String.format(Locale.ROOT, "%04d-%02d", year, month));
  }

  /** A month. */
  public static PartialDate ofMonth(int year, Month month) {
    return ofMonth(year, Objects.requireNonNull(month, "month").getValue());
  }

  /** A single day. */
  public static PartialDate ofDay(int year, int month, int day) {
    // As for ofMonth: the text is formatted only when it will be quoted in an error.
    boolean valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1
        && day <= YearMonth.of(year, month).lengthOfMonth();
    return day(year, month, day, valid ? null : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
  }

  /** A single day. */
  public static PartialDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear(), day.toString());
    return new PartialDate(Precision.DAY, day, day);
  }

  /**
   * Parses a text form: {@code 2004}, {@code 2007-Q1}, {@code 2004-08} or {@code 2005-10-08}.
   *
   * @throws RuleViolationException ({@code date.syntax}) quoting the text and listing the accepted forms
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    // The forms YYYY, YYYY-Qn, YYYY-MM and YYYY-MM-DD, read by hand: dates are parsed for every date of a document,
    // and a regular expression costs several times as much. The factories below get the text as written, so that
    // an error quotes it ("0999", not "999").
    int n = s.length();
    if ((n != 4 && n != 7 && n != 10) || !digits(s, 0, 4) || (n > 4 && s.charAt(4) != '-')) {
      throw invalid(s, null);
    }
    int year = number(s, 0, 4);
    if (n == 4) {
      return year(year, s);
    }
    if (n == 7 && s.charAt(5) == 'Q' && digits(s, 6, 7)) {
      return quarter(year, number(s, 6, 7), s);
    }
    if (!digits(s, 5, 7) || (n == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw invalid(s, null);
    }
    int month = number(s, 5, 7);
    if (n == 7) {
      return month(year, month, s);
    }
    return day(year, month, number(s, 8, 10), s);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static PartialDate year(int year, String text) {
    checkYear(year, text);
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static PartialDate quarter(int year, int quarter, String text) {
    checkYear(year, text);
    if (quarter < 1 || quarter > 4) {
      throw invalid(text, "the quarter must be 1 to 4, found " + quarter);
    }
    LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new PartialDate(Precision.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  private static PartialDate month(int year, int month, String text) {
    checkYear(year, text);
    if (month < 1 || month > 12) {
      throw invalid(text, "the month must be 01 to 12, found " + month);
    }
    YearMonth ym = YearMonth.of(year, month);
    return new PartialDate(Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
  }

  private static PartialDate day(int year, int month, int day, String text) {
    checkYear(year, text);
    try {
      return new PartialDate(Precision.DAY, LocalDate.of(year, month, day), LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw invalid(text, "no such day: " + e.getMessage());
    }
  }

  private static void checkYear(int year, String text) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw invalid(text, "the year must be " + MIN_YEAR + " to " + MAX_YEAR + ", found " + year);
    }
  }

  private static RuleViolationException invalid(String text, String reason) {
    String quoted = text.length() <= 40 ? text : text.substring(0, 37) + "...";
    return new RuleViolationException(
        Rule.DATE_SYNTAX,
        Pointer.ROOT,
        "Invalid partial date \"" + quoted + "\"" + (reason == null ? "" : " (" + reason + ")")
            + ": expected " + ACCEPTED_FORMS);
  }

  /** How precisely the date is known. */
  public Precision precision() {
    return precision;
  }

  /** The first day the date may be. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day the date may be. */
  public LocalDate latest() {
    return latest;
  }

  /** The year. */
  public int year() {
    return earliest.getYear();
  }

  /** True when every day this date may be is before every day the other may be. */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest.isBefore(other.earliest);
  }

  /** True when every day this date may be is after every day the other may be. */
  public boolean isCertainlyAfter(PartialDate other) {
    return other.isCertainlyBefore(this);
  }

  /** True when the two dates may fall on the same day: neither is certainly before the other. */
  public boolean mayOverlap(PartialDate other) {
    return !isCertainlyBefore(other) && !other.isCertainlyBefore(this);
  }

  /** True when this date is certainly no later than the other: its latest day is not after the other's earliest. */
  public boolean isCertainlyNotAfter(PartialDate other) {
    return !latest.isAfter(other.earliest);
  }

  /** True when the day lies within this date's bounds. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(earliest) && !day.isAfter(latest);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = earliest.compareTo(other.earliest);
    return c != 0 ? c : latest.compareTo(other.latest);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate d
        && precision == d.precision
        && earliest.equals(d.earliest)
        && latest.equals(d.latest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, earliest, latest);
  }

  /** The text form: {@code 2004}, {@code 2007-Q1}, {@code 2004-08} or {@code 2005-10-08}. */
  @Override
  public String toString() {
    int year = earliest.getYear();
    switch (precision) {
      case YEAR:
        return Integer.toString(year);
      case QUARTER:
        return year + "-Q" + ((earliest.getMonthValue() - 1) / 3 + 1);
      case MONTH:
        // Years have four digits; String.format would cost more than the rest of writing the date.
        int month = earliest.getMonthValue();
        return year + (month < 10 ? "-0" : "-") + month;
      default:
        return earliest.toString();
    }
  }
}
