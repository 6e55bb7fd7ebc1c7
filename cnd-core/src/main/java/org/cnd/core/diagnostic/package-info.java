/**
 * Diagnostic studies: the CDA's study of a cluster's economic system with its actors, giving a profile, a cluster
 * map (today and projected), a SWOT, the key constraints and baseline values for indicators; validated by the
 * stakeholders and endorsed by the cluster's governance body.
 *
 * <p>Reads {@code monitoring} for the values of indicators. Null arguments are refused with {@link
 * NullPointerException}; a value that would break one of its own invariants is refused with {@link
 * org.cnd.core.validation.RuleViolationException}. Rules across entities are checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.diagnostic;

import org.cnd.core.internal.CndStyle;
