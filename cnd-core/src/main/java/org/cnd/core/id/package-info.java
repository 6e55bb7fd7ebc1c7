/**
 * The typed identifiers of every entity. Entities refer to each other by these identifiers, never by object
 * reference, so that the model is a set of flat collections like the JSON format.
 *
 * <p>Every identifier is 1 to 64 characters of lower-case letters, digits and hyphens; {@code of} and {@code parse}
 * refuse anything else with a {@link org.cnd.core.validation.RuleViolationException} of rule {@code id.syntax}.
 * Null arguments are refused with {@link NullPointerException}.
 */
package org.cnd.core.id;
