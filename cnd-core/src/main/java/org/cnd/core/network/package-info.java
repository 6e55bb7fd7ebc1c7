/**
 * Networks of firms, the methodology's second object beside clusters: horizontal networks of firms that compete in
 * the same market and cooperate, vertical networks along a value chain, and export consortia; their members, joint
 * objective and projects, the network broker who brings them together, and their status over time.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; a value that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator, through {@code org.cnd.core.checks.NetworkChecks}.
 */
@CndStyle
package org.cnd.core.network;

import org.cnd.core.internal.CndStyle;
