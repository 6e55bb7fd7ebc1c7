/**
 * Organisations and people: the bodies that fund, run and take part in programmes, and their staff.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; an entity that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.actor;

import org.cnd.core.internal.CndStyle;
