/**
 * Partial dates and date ranges, the way programme records state time: "August 2004", "first quarter of 2007",
 * "May-June 2005", "mid-2001", "expected in mid-May 2008".
 *
 * <p>Method names follow java.time: {@code of} and {@code parse} create, {@code is} and {@code may} ask, {@code
 * with} returns a changed copy, {@code to} and {@code format} convert. {@code toString()} returns the text form and
 * {@code parse(x.toString())} equals {@code x}. Null arguments are refused with {@link NullPointerException}; bad
 * values with {@link org.cnd.core.validation.RuleViolationException}.
 *
 * <h2>Bounds and order</h2>
 *
 * <p>A {@link org.cnd.core.time.PartialDate} has a precision (year, quarter, month, day), an earliest and a latest
 * day; every ordering rule uses those bounds: a date is <em>certainly before</em> another only when its latest day
 * is before the other's earliest day.
 *
 * <p>A date may carry a {@link org.cnd.core.time.Qualifier} on the whole date: approximate ({@code ~}), uncertain
 * ({@code ?}) or both ({@code %}). Any qualifier widens the bounds by <em>one unit of the date's precision on each
 * side</em>, clamped to years 1000 to 9999: {@code 2001~} runs from 2000-01-01 to 2002-12-31, {@code 2007-Q1~} from
 * 2006-10-01 to 2007-06-30, {@code 2001-06~} from 2001-05-01 to 2001-07-31, {@code 2008-05-15~} from 2008-05-14 to
 * 2008-05-16. The three qualifiers widen alike: cnd keeps which one the record gave, and does not grade them. Because
 * the ordering rules read the widened bounds, a qualified date is certainly before another only when even its
 * widened bounds say so: "about June 2001" is not certainly before July 2001. The laws of the order are those of the
 * bounds, with or without qualifiers: certainly-before is irreflexive, asymmetric and transitive, and implies the
 * natural order. A qualified date never equals an unqualified one, nor one with another qualifier.
 *
 * <h2>Text forms</h2>
 *
 * <p>Every {@code parse} reads both {@linkplain org.cnd.core.time.DateSyntax syntaxes}: cnd's format version 1
 * ({@code 2004}, {@code 2007-Q1}, {@code 2004-08}, {@code 2005-10-08}) and the EDTF (Library of Congress Extended
 * Date/Time Format, ISO 8601-2) level 0 and level 1 dates and intervals that have a cnd precision, with ISO 8601-2's
 * quarters {@code 2007-33} to {@code 2007-36}. A qualifier is written after the date in both ({@code 2001-06~}).
 * {@code toString()} writes format version 1, {@code toEdtf()} EDTF; the two differ only in quarters. What EDTF
 * says and cnd cannot hold is refused with a rule, never read as something else: unspecified digits ({@code 201X},
 * rule {@code date.unspecified}), seasons and sub-year groupings other than quarters ({@code 2001-21}, {@code
 * date.grouping}), times of day ({@code date.time}), years outside 1000 to 9999, negative or letter-prefixed years
 * and qualifiers on part of a date ({@code date.syntax}), a range's open or unknown start ({@code ../2016}, {@code
 * /2016}, {@code date-range.start}) and its unknown end ({@code 2001/}, {@code date-range.unknown-end}; a range
 * with no end known or set is {@code 2001/..}).
 */
package org.cnd.core.time;
