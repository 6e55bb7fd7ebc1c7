package org.cnd.core.lifecycle;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/**
 * An entry of an engagement's phase history: the phase entered, when, and why (for a suspension or a
 * discontinuation: "overtaken by events").
 *
 * <p>Whether a change may follow another is not an invariant of the change: {@link Transitions} and the portfolio
 * validator judge it in its history.
 */
@Value.Immutable
public abstract class PhaseChange {
  PhaseChange() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Entering a phase at a date. */
  public static PhaseChange of(Phase phase, PartialDate date) {
    return builder().phase(phase).date(date).build();
  }

  /** A suspension at a date, for a reason. */
  public static PhaseChange suspension(PartialDate date, String reason) {
    return builder().phase(Phase.SUSPENDED).date(date).reason(reason).build();
  }

  /** A discontinuation at a date, for a reason. */
  public static PhaseChange discontinuation(PartialDate date, String reason) {
    return builder().phase(Phase.DISCONTINUED).date(date).reason(reason).build();
  }

  /** The phase entered. */
  public abstract Phase phase();

  /** When. */
  public abstract PartialDate date();

  /** Why the engagement was suspended or discontinued. */
  public abstract Optional<String> reason();

  /** What the record says of it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    reason().ifPresent(r -> Texts.checkNotBlank(r, "/reason", "reason"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link PhaseChange}. */
  public static final class Builder extends ImmutablePhaseChange.Builder {
    Builder() {}
  }
}
