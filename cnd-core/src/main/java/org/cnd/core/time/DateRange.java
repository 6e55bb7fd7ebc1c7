package org.cnd.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * A period between two partial dates, or from a partial date on: "May-June 2005" is {@code 2005-05/2005-06}, a
 * programme begun in mid-2001 and still running is {@code 2001-06~/..}.
 *
 * <p>Both ends are inclusive. A start certainly after its end is refused; a start that may overlap its end is
 * allowed ({@code 2005/2005-06}). Text form: {@code start/end}, or {@code start/..} without an end (ISO 8601-2),
 * each end a {@link PartialDate} in either {@link DateSyntax}, qualifiers included ({@code 2001-06~/..}). A range
 * always has a start: EDTF's open and unknown starts ({@code ../2016}, {@code /2016}) are refused, and so is its
 * unknown end ({@code 2001/}), since a range without an end, {@code 2001/..}, already means no end known or set.
 */
public final class DateRange {
  /** The accepted text forms, quoted in every parse error. */
  public static final String ACCEPTED_FORMS = "start/end (2005-05/2005-06) or start/.. (2001/..)";

  private static final String OPEN = "..";

  private final PartialDate start;
  private final Optional<PartialDate> end;

  private DateRange(PartialDate start, Optional<PartialDate> end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The range from start to end, both inclusive.
   *
   * @throws RuleViolationException ({@code date-range.order}) when the start is certainly after the end
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isCertainlyAfter(end)) {
      throw new RuleViolationException(
          Rule.DATE_RANGE_ORDER,
          Pointer.ROOT,
          "Invalid date range " + start + "/" + end + ": expected a start not after the end, found start " + start
              + " certainly after end " + end);
    }
    return new DateRange(start, Optional.of(end));
  }

  /** The range from a start with no end known or set. */
  public static DateRange from(PartialDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), Optional.empty());
  }

  /** The range of one partial date: from its earliest to its latest day, written {@code d/d}. */
  public static DateRange of(PartialDate date) {
    return of(date, date);
  }

  /**
   * Parses {@code start/end} or {@code start/..}, whose ends are any text {@link PartialDate#parse} reads: EDTF's
   * level 0 and level 1 intervals of dates cnd can hold.
   *
   * @throws RuleViolationException {@code date-range.syntax} without exactly one {@code /}, {@code date-range.start}
   *     for an open or unknown start ({@code ../2016}, {@code /2016}), {@code date-range.unknown-end} for an
   *     unknown end ({@code 2001/}), a rule of {@link PartialDate#parse} for an end that is no date, or {@code
   *     date-range.order}
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new RuleViolationException(
          Rule.DATE_RANGE_SYNTAX,
          Pointer.ROOT,
          "Invalid date range \"" + quote(s) + "\": expected " + ACCEPTED_FORMS);
    }
    String startText = s.substring(0, slash);
    String endText = s.substring(slash + 1);
    if (startText.isEmpty() || OPEN.equals(startText)) {
      throw new RuleViolationException(
          Rule.DATE_RANGE_START,
          Pointer.ROOT,
          "Invalid date range \"" + quote(s) + "\": expected a start date, found "
              + (startText.isEmpty() ? "an unknown start (nothing before /)" : "an open start (..)"));
    }
    if (endText.isEmpty()) {
      throw new RuleViolationException(
          Rule.DATE_RANGE_UNKNOWN_END,
          Pointer.ROOT,
          "Invalid date range \"" + quote(s) + "\": expected an end date or .. for no end known or set, found "
              + "an unknown end (nothing after /)");
    }
    PartialDate start = PartialDate.parse(startText);
    return OPEN.equals(endText) ? from(start) : of(start, PartialDate.parse(endText));
  }

  private static String quote(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** The first partial date of the range. */
  public PartialDate start() {
    return start;
  }

  /** The last partial date of the range, when it has one. */
  public Optional<PartialDate> end() {
    return end;
  }

  /** True when the range has no end. */
  public boolean isOpen() {
    return end.isEmpty();
  }

  /** This range with another end. */
  public DateRange withEnd(PartialDate newEnd) {
    return of(start, newEnd);
  }

  /**
   * True when the date may fall within the range: it is neither certainly before the start nor certainly after the
   * end.
   */
  public boolean mayContain(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isCertainlyBefore(start) && end.map(e -> !date.isCertainlyAfter(e)).orElse(true);
  }

  /**
   * True when the other range may lie within this one: there is a reading of both ranges' partial dates, each
   * range's start on or before its end, in which every day of the other range is a day of this one (an open range
   * lies within only an open range).
   */
  public boolean mayEnclose(DateRange other) {
    Objects.requireNonNull(other, "other");
    if (end.isPresent() && other.end.isEmpty()) {
      return false;
    }
    // This range read as widely as it may be, the other as narrowly: its start as early as both this range's start
    // and its own start allow, its end no earlier than that start.
    LocalDate otherStart = max(other.start.earliest(), start.earliest());
    if (otherStart.isAfter(other.start.latest())) {
      return false;
    }
    if (other.end.isEmpty()) {
      return true;
    }
    LocalDate otherEnd = max(other.end.get().earliest(), otherStart);
    return !otherEnd.isAfter(other.end.get().latest()) && end.map(e -> !otherEnd.isAfter(e.latest())).orElse(true);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** True when the two ranges may share a day. */
  public boolean mayOverlap(DateRange other) {
    Objects.requireNonNull(other, "other");
    boolean otherStartsAfterThis = end.map(e -> other.start.isCertainlyAfter(e)).orElse(false);
    boolean thisStartsAfterOther = other.end.map(e -> start.isCertainlyAfter(e)).orElse(false);
    return !otherStartsAfterThis && !thisStartsAfterOther;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange r && start.equals(r.start) && end.equals(r.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The text form in format version 1's syntax, {@link DateSyntax#CND}: {@code start/end} or {@code start/..}. */
  @Override
  public String toString() {
    return format(DateSyntax.CND);
  }

  /** The text form in EDTF (ISO 8601-2): quarters written {@code 2007-33}; {@link #parse} reads it back. */
  public String toEdtf() {
    return format(DateSyntax.EDTF);
  }

  /** The text form in the syntax: {@code start/end} or {@code start/..}, each end written in it. */
  public String format(DateSyntax syntax) {
    Objects.requireNonNull(syntax, "syntax");
    return start.format(syntax) + "/" + (end.isPresent() ? end.get().format(syntax) : OPEN);
  }
}
