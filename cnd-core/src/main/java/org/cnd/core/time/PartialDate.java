package org.cnd.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * A date known to a year, a quarter, a month or a day, as programme records state them: "2004", "first quarter of
 * 2007", "August 2004", "8 October 2005".
 *
 * <p>A partial date covers the days from {@link #earliest()} to {@link #latest()}. Comparisons use those bounds: a
 * date is {@linkplain #isCertainlyBefore certainly before} another only when its latest day is before the other's
 * earliest day. A date may carry a {@link Qualifier} (approximate, uncertain, or both), which widens its bounds by
 * one unit of its precision on each side: {@code 2001-06~} may be any day of May to July 2001. The natural order
 * sorts by earliest day, then latest day, precision, stated date and qualifier; it is consistent with {@code equals}.
 *
 * <p>Text forms (ISO 8601, with ISO 8601-2's quarter): {@code 2004}, {@code 2007-Q1}, {@code 2004-08}, {@code
 * 2005-10-08}, each perhaps followed by its qualifier ({@code 2001-06~}, {@code 2004?}, {@code 2005-10-08%}).
 * {@link #parse} also reads EDTF's quarters {@code 2007-33} to {@code 2007-36}. Years run from 1000 to 9999.
 * {@code parse(d.toString()).equals(d)} and {@code parse(d.toEdtf()).equals(d)} always hold.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** The accepted text forms, quoted in every parse error. */
  public static final String ACCEPTED_FORMS =
      "YYYY (2004), YYYY-Qn (2007-Q1) or YYYY-33 to YYYY-36 (2007-33), YYYY-MM (2004-08) or YYYY-MM-DD "
          + "(2005-10-08), each perhaps followed by ~ (approximate), ? (uncertain) or % (both)";

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final LocalDate FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(MAX_YEAR, 12, 31);
  // ISO 8601-2's sub-year groupings: 21-24 seasons, 25-32 hemisphere seasons, 33-36 quarters, 37-39 quadrimesters,
  // 40-41 semesters. Only the quarters are a cnd precision.
  private static final int FIRST_GROUPING = 21;
  private static final int FIRST_QUARTER = 33;
  private static final int LAST_QUARTER = 36;
  private static final int LAST_GROUPING = 41;

  private final Precision precision;
  // The first day of the date as stated (2001-06~ states June 2001); with no qualifier, also the earliest day.
  private final LocalDate stated;
  private final Qualifier qualifier;
  private final LocalDate earliest;
  private final LocalDate latest;

  private PartialDate(Precision precision, LocalDate stated, Qualifier qualifier, LocalDate earliest,
      LocalDate latest) {
    this.precision = precision;
    this.stated = stated;
    this.qualifier = qualifier;
    this.earliest = earliest;
    this.latest = latest;
  }

  private PartialDate(Precision precision, LocalDate earliest, LocalDate latest) {
    this(precision, earliest, null, earliest, latest);
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
   * Parses a text form: {@code 2004}, {@code 2007-Q1} or {@code 2007-33}, {@code 2004-08} or {@code 2005-10-08},
   * perhaps followed by a qualifier {@code ~}, {@code ?} or {@code %}. These are the EDTF (ISO 8601-2) level 0 and
   * level 1 dates of years 1000 to 9999 that have a cnd precision, and cnd's own {@code YYYY-Qn}.
   *
   * @throws RuleViolationException quoting the text: {@code date.syntax} (listing the accepted forms) for text that
   *     is no date of years 1000 to 9999, {@code date.unspecified} for EDTF's unspecified digits ({@code 201X}),
   *     {@code date.grouping} for a sub-year grouping other than a quarter ({@code 2001-21}), {@code date.time} for a
   *     date with a time of day
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int n = s.length();
    Qualifier qualifier = n == 0 ? null : Qualifier.ofSymbol(s.charAt(n - 1));
    PartialDate date = parseUnqualified(s, qualifier == null ? n : n - 1);
    return qualifier == null ? date : date.withQualifier(qualifier);
  }

  /** The date written in the first n characters of s, which an error quotes whole. */
  private static PartialDate parseUnqualified(String s, int n) {
    // The forms YYYY, YYYY-Qn, YYYY-MM and YYYY-MM-DD, read by hand: dates are parsed for every date of a document,
    // and a regular expression costs several times as much. The factories below get the text as written, so that
    // an error quotes it ("0999", not "999").
    if ((n != 4 && n != 7 && n != 10) || !digits(s, 0, 4) || (n > 4 && s.charAt(4) != '-')) {
      throw refusal(s, n);
    }
    int year = number(s, 0, 4);
    if (n == 4) {
      return year(year, s);
    }
    if (n == 7 && s.charAt(5) == 'Q' && digits(s, 6, 7)) {
      return quarter(year, number(s, 6, 7), s);
    }
    if (!digits(s, 5, 7) || (n == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw refusal(s, n);
    }
    int month = number(s, 5, 7);
    if (n == 7) {
      if (month >= FIRST_QUARTER && month <= LAST_QUARTER) {
        return quarter(year, month - FIRST_QUARTER + 1, s);
      }
      if (month >= FIRST_GROUPING && month <= LAST_GROUPING) {
        checkYear(year, s);
        throw invalid(Rule.DATE_GROUPING, s, month + " is " + grouping(month)
            + "; of ISO 8601-2's sub-year groupings cnd reads only the quarters, 33 to 36");
      }
      return month(year, month, s);
    }
    return day(year, month, number(s, 8, 10), s);
  }

  private static String grouping(int code) {
    if (code <= 24) {
      return "a season";
    }
    if (code <= 32) {
      return "a season of a hemisphere";
    }
    return code <= 39 ? "a quadrimester" : "a semester";
  }

  /**
   * The refusal of the first n characters of s, which are not one of the forms: named after the EDTF feature they
   * use when cnd recognises one it does not read, {@code date.syntax} otherwise.
   */
  private static RuleViolationException refusal(String s, int n) {
    if (dateShape(s, n, true) && s.substring(0, n).indexOf('X') >= 0) {
      return invalid(Rule.DATE_UNSPECIFIED, s, "EDTF's unspecified digits X: cnd has no decade or century precision "
          + "and does not guess one; write the year, month or day that is known");
    }
    if (n > 10 && s.charAt(10) == 'T' && dateShape(s, 10, false)) {
      return invalid(Rule.DATE_TIME, s, "a time of day follows the day " + s.substring(0, 10)
          + "; a partial date is a day at most");
    }
    if (yearOutOfRange(s, n)) {
      return invalid(s, "the year must be " + MIN_YEAR + " to " + MAX_YEAR + ", found " + yearToken(s, n));
    }
    for (int i = 0; i < n; i++) {
      if (Qualifier.ofSymbol(s.charAt(i)) != null) {
        return invalid(s, "a qualifier ~, ? or % qualifies the whole date and is written once, at its end");
      }
    }
    return invalid(s, null);
  }

  /**
   * True when the text starts with a year cnd cannot hold: negative ({@code -1985}), EDTF's letter-prefixed form
   * ({@code Y170000002}) or more than four digits.
   */
  private static boolean yearOutOfRange(String s, int n) {
    int from = 0;
    if (n > 1 && s.charAt(0) == 'Y') {
      from = s.charAt(1) == '-' ? 2 : 1;
    } else if (n > 1 && s.charAt(0) == '-') {
      from = 1;
    }
    int to = from;
    while (to < n && s.charAt(to) >= '0' && s.charAt(to) <= '9') {
      to++;
    }
    return to > from && (from > 0 || to - from > 4);
  }

  /** The year at the start of the text, up to the hyphen after it. */
  private static String yearToken(String s, int n) {
    int end = s.indexOf('-', 2);
    String token = s.substring(0, end < 0 || end > n ? n : end);
    return token.length() <= 12 ? token : token.substring(0, 9) + "...";
  }

  /** True when the first n characters have the shape YYYY, YYYY-MM or YYYY-MM-DD, digits (or X when allowed). */
  private static boolean dateShape(String s, int n, boolean unspecified) {
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok = (i == 4 || i == 7) ? c == '-' : (c >= '0' && c <= '9') || (unspecified && c == 'X');
      if (!ok) {
        return false;
      }
    }
    return true;
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
      throw invalid(text, "the month must be 01 to 12, found " + month + "; a quarter is 33 to 36");
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
    return invalid(Rule.DATE_SYNTAX, text, reason);
  }

  private static RuleViolationException invalid(Rule rule, String text, String reason) {
    return new RuleViolationException(
        rule,
        Pointer.ROOT,
        "Invalid partial date \"" + quote(text) + "\"" + (reason == null ? "" : " (" + reason + ")")
            + ": expected " + ACCEPTED_FORMS);
  }

  private static String quote(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /**
   * This date with the qualifier: its bounds widen by one unit of its precision on each side, within years 1000 to
   * 9999 ({@code 2001-06~} may be any day of May to July 2001).
   */
  public PartialDate withQualifier(Qualifier newQualifier) {
    Objects.requireNonNull(newQualifier, "qualifier");
    if (newQualifier == qualifier) {
      return this;
    }
    LocalDate from;
    LocalDate to;
    switch (precision) {
      case YEAR:
        from = stated.minusYears(1);
        to = stated.plusYears(2).minusDays(1);
        break;
      case QUARTER:
        from = stated.minusMonths(3);
        to = stated.plusMonths(6).minusDays(1);
        break;
      case MONTH:
        from = stated.minusMonths(1);
        to = stated.plusMonths(2).minusDays(1);
        break;
      default:
        from = stated.minusDays(1);
        to = stated.plusDays(1);
    }
    return new PartialDate(precision, stated, newQualifier, from.isBefore(FIRST_DAY) ? FIRST_DAY : from,
        to.isAfter(LAST_DAY) ? LAST_DAY : to);
  }

  /** This date as stated, without its qualifier: the bounds of its precision alone. */
  public PartialDate withoutQualifier() {
    if (qualifier == null) {
      return this;
    }
    switch (precision) {
      case YEAR:
        return ofYear(stated.getYear());
      case QUARTER:
        return ofQuarter(stated.getYear(), quarterOf(stated));
      case MONTH:
        return ofMonth(stated.getYear(), stated.getMonthValue());
      default:
        return of(stated);
    }
  }

  /** The qualifier the record gives the date, if any. */
  public Optional<Qualifier> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** True when the date carries a qualifier. */
  public boolean isQualified() {
    return qualifier != null;
  }

  /** True when the date is approximate ({@code ~} or {@code %}). */
  public boolean isApproximate() {
    return qualifier != null && qualifier.isApproximate();
  }

  /** True when the date is uncertain ({@code ?} or {@code %}). */
  public boolean isUncertain() {
    return qualifier != null && qualifier.isUncertain();
  }

  private static int quarterOf(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }

  /** How precisely the date is known. */
  public Precision precision() {
    return precision;
  }

  /** The first day the date may be: for a qualified date, one unit of its precision before the date as stated. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day the date may be: for a qualified date, one unit of its precision after the date as stated. */
  public LocalDate latest() {
    return latest;
  }

  /** The year as stated ({@code 2001} for {@code 2001~}, whose earliest day is in 2000). */
  public int year() {
    return stated.getYear();
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
    if (c == 0) {
      c = latest.compareTo(other.latest);
    }
    if (c == 0) {
      // Qualified dates may share their bounds with others (2004-02~ and 2004-Q1 both cover January to March).
      c = precision.compareTo(other.precision);
    }
    if (c == 0) {
      c = stated.compareTo(other.stated);
    }
    return c != 0 ? c : Integer.compare(rank(qualifier), rank(other.qualifier));
  }

  private static int rank(Qualifier qualifier) {
    return qualifier == null ? -1 : qualifier.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate d
        && precision == d.precision
        && qualifier == d.qualifier
        && stated.equals(d.stated)
        && earliest.equals(d.earliest)
        && latest.equals(d.latest);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(precision, earliest, latest);
    return qualifier == null ? hash : 31 * hash + qualifier.hashCode();
  }

  /**
   * The text form in format version 1's syntax, {@link DateSyntax#CND}: {@code 2004}, {@code 2007-Q1}, {@code
   * 2004-08} or {@code 2005-10-08}, followed by the qualifier's symbol if any ({@code 2001-06~}).
   */
  @Override
  public String toString() {
    return format(DateSyntax.CND);
  }

  /** The text form in EDTF (ISO 8601-2): as {@link #toString()}, with a quarter written {@code 2007-33}. */
  public String toEdtf() {
    return format(DateSyntax.EDTF);
  }

  /** The text form in the syntax; {@link #parse} reads both. */
  public String format(DateSyntax syntax) {
    Objects.requireNonNull(syntax, "syntax");
    String text = statedText(syntax);
    return qualifier == null ? text : text + qualifier.symbol();
  }

  private String statedText(DateSyntax syntax) {
    int year = stated.getYear();
    switch (precision) {
      case YEAR:
        return Integer.toString(year);
      case QUARTER:
        int quarter = quarterOf(stated);
        return syntax == DateSyntax.EDTF ? year + "-" + (FIRST_QUARTER - 1 + quarter) : year + "-Q" + quarter;
      case MONTH:
        // Years have four digits; String.format would cost more than the rest of writing the date.
        int month = stated.getMonthValue();
        return year + (month < 10 ? "-0" : "-") + month;
      default:
        return stated.toString();
    }
  }
}
