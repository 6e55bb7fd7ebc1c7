/**
 * The vocabulary of rules: the {@link org.cnd.core.validation.Rule rule catalogue}, {@link
 * org.cnd.core.validation.Violation}, {@link org.cnd.core.validation.Severity}, {@link
 * org.cnd.core.validation.ValidationReport} and the exception that carries a violation.
 *
 * <p>Null policy of the whole model: every public method rejects {@code null} arguments with a {@link
 * NullPointerException} naming the argument, unless its documentation says otherwise; optional values are {@link
 * java.util.Optional}, never {@code null}. Exception policy: a value or entity that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}, which carries the {@link
 * org.cnd.core.validation.Violation}; rules across entities are reported, never thrown, by the portfolio validator.
 */
package org.cnd.core.validation;
