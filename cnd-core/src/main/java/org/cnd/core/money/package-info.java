/**
 * Money: exact decimal amounts in ISO 4217 currencies; amounts in different currencies are never added.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; bad values with {@link
 * org.cnd.core.validation.RuleViolationException}.
 */
package org.cnd.core.money;
