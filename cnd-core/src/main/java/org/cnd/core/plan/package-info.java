/**
 * Action plans: the roadmap stakeholders agree from the diagnostic study: a vision, objectives and activities (pilot
 * and strategic, soft and hard), each with responsible organisations, a period, a budget, funding and indicators;
 * endorsed by the cluster's governance body and revised in new versions.
 *
 * <p>Reads {@code diagnostic} for {@link org.cnd.core.diagnostic.Approval}. Null arguments are refused with {@link
 * NullPointerException}; a value that would break one of its own invariants is refused with {@link
 * org.cnd.core.validation.RuleViolationException}. Rules across entities are checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.plan;

import org.cnd.core.internal.CndStyle;
