package org.cnd.core.lifecycle;

import java.util.Objects;
import java.util.Optional;

/** A move that was made: the engagement with the new phase change at the end of its history. */
public final class Moved implements MoveResult {
  private final Engagement engagement;

  Moved(Engagement engagement) {
    this.engagement = Objects.requireNonNull(engagement, "engagement");
  }

  /** The engagement after the move. */
  public Engagement value() {
    return engagement;
  }

  /** The phase change the move added. */
  public PhaseChange change() {
    return engagement.phaseHistory().get(engagement.phaseHistory().size() - 1);
  }

  @Override
  public boolean isMoved() {
    return true;
  }

  @Override
  public Optional<Engagement> engagement() {
    return Optional.of(engagement);
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.empty();
  }

  @Override
  public Engagement orElseThrow() {
    return engagement;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Moved m && engagement.equals(m.engagement);
  }

  @Override
  public int hashCode() {
    return engagement.hashCode();
  }

  /** {@code moved to PHASE on DATE}. */
  @Override
  public String toString() {
    return "moved to " + change().phase().code() + " on " + change().date();
  }
}
