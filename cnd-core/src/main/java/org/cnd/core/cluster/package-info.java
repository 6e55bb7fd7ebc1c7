/**
 * Clusters: sectoral and geographical concentrations of small and medium enterprises, their sectors and profile figures.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; an entity that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.cluster;

import org.cnd.core.internal.CndStyle;
