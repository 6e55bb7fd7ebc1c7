package org.cnd.core.lifecycle;

import java.util.Optional;

/**
 * What moving an engagement gives: the {@link Moved moved engagement}, or a {@link Refusal} that names the rule which
 * refused the move and what was missing. A refused move is a value, never an exception.
 */
public sealed interface MoveResult permits Moved, Refusal {
  /** True when the move was made. */
  boolean isMoved();

  /** The engagement after the move, when it was made. */
  Optional<Engagement> engagement();

  /** Why the move was refused, when it was. */
  Optional<Refusal> refusal();

  /**
   * The engagement after the move, for callers that treat a refusal as a bug.
   *
   * @throws org.cnd.core.validation.RuleViolationException carrying the refusal's violation, when refused
   */
  Engagement orElseThrow();
}
