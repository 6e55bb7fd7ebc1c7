package org.cnd.core.lifecycle;

import java.util.List;
import java.util.Optional;
import org.cnd.core.time.PartialDate;

/**
 * Where an engagement's history has brought it: the current phase, the phase a suspension left (to resume to), and
 * the date of the last change. Computed by folding the history; the portfolio validator folds recorded histories
 * the same way, applying even changes it reports, so that each change is judged against the one recorded before it.
 */
record PhaseState(Optional<Phase> phase, Optional<Phase> left, Optional<PartialDate> lastDate) {
  static final PhaseState INITIAL = new PhaseState(Optional.empty(), Optional.empty(), Optional.empty());

  static PhaseState of(List<PhaseChange> history) {
    PhaseState state = INITIAL;
    for (PhaseChange change : history) {
      state = state.after(change);
    }
    return state;
  }

  PhaseState after(PhaseChange change) {
    Optional<Phase> newLeft;
    if (change.phase() == Phase.SUSPENDED) {
      // A suspension recorded while already suspended keeps the phase the first one left.
      newLeft = phase.isPresent() && phase.get() != Phase.SUSPENDED ? phase : left;
    } else {
      newLeft = Optional.empty();
    }
    return new PhaseState(Optional.of(change.phase()), newLeft, Optional.of(change.date()));
  }
}
