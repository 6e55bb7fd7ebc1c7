/**
 * The methodology's lifecycle: an {@link org.cnd.core.lifecycle.Engagement} (one programme's work with one cluster),
 * its {@link org.cnd.core.lifecycle.Phase phases}, the one {@link org.cnd.core.lifecycle.Transitions transition
 * table} and the {@link org.cnd.core.lifecycle.Guard guards} that say what evidence a phase needs.
 *
 * <p>Moving an engagement ({@link org.cnd.core.lifecycle.Engagement#moveTo}) returns a {@link
 * org.cnd.core.lifecycle.MoveResult}: the moved engagement, or a {@link org.cnd.core.lifecycle.Refusal} naming the
 * rule that refused the move and what was missing. Refused moves never throw. The portfolio validator re-checks
 * every recorded history against the same table and guards, through {@link org.cnd.core.lifecycle.Transitions#refusalsOfHistory}.
 *
 * <p>Reads {@code diagnostic}, {@code plan} and {@code monitoring} for the evidence guards need. Null arguments are
 * refused with {@link NullPointerException}; a value that would break one of its own invariants is refused with
 * {@link org.cnd.core.validation.RuleViolationException}.
 */
@CndStyle
package org.cnd.core.lifecycle;

import org.cnd.core.internal.CndStyle;
