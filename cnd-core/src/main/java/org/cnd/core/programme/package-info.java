/**
 * Programmes: projects and schemes that target clusters, their status history, participants, funding and relations.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; an entity that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.programme;

import org.cnd.core.internal.CndStyle;
