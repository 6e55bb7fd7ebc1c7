/**
 * Partial dates and date ranges, the way programme records state time: "August 2004", "first quarter of 2007",
 * "May-June 2005".
 *
 * <p>Method names follow java.time: {@code of} and {@code parse} create, {@code is} and {@code may} ask, {@code
 * with} returns a changed copy. {@code toString()} returns the text form and {@code parse(x.toString())} equals
 * {@code x}. Null arguments are refused with {@link NullPointerException}; bad values with {@link
 * org.cnd.core.validation.RuleViolationException}.
 */
package org.cnd.core.time;
