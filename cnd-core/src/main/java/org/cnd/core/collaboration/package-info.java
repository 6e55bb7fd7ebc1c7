/**
 * What a programme leaves between organisations and clusters: linkages and matchmaking (EDB, PCSIR, BSF, CSF and
 * TUSDEC matched with the cluster actors), and the reports it produces (the study of compliance issues affecting
 * enterprise clusters in Punjab).
 *
 * <p>Null arguments are refused with {@link NullPointerException}; a value that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.collaboration;

import org.cnd.core.internal.CndStyle;
