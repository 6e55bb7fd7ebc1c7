/**
 * Training and review of cluster development agents: trainings of trainers, CDA courses whose exercises are a
 * diagnostic study and an action plan for a real cluster, review meetings and workshops, with their partners,
 * participants and follow-up events.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; a value that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}. Rules across entities are
 * checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.training;

import org.cnd.core.internal.CndStyle;
