package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.immutables.value.Value;

/**
 * One programme's work with one cluster: who works on it and in what role, the cluster's governance body, and the
 * history of the phases it went through.
 *
 * <p>The history is the engagement's state: the last change gives the {@linkplain #currentPhase() current phase}.
 * {@link #moveTo(PhaseChange, Evidence)} adds a change when {@link Transitions} and the phase's {@link Guard} allow
 * it, and otherwise returns a {@link Refusal}; it never throws for a refused move. A history built directly (as
 * when data is imported) is not judged on construction: the portfolio validator re-checks it against the same table
 * and guards.
 */
@Value.Immutable
public abstract class Engagement {
  Engagement() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract EngagementId id();

  /** The programme. */
  public abstract ProgrammeId programme();

  /** The cluster. */
  public abstract ClusterId cluster();

  /** The people and organisations working on it, with their roles. */
  public abstract ImmutableList<TeamMember> team();

  /** The cluster's governance body, once formed. */
  public abstract Optional<GovernanceBody> governanceBody();

  /** The handover at exit: who takes over which responsibilities, and the governance body that stays. */
  public abstract Optional<Handover> handover();

  /** The phases it went through, in time order. */
  public abstract ImmutableList<PhaseChange> phaseHistory();

  /** Free text. */
  public abstract Optional<String> description();

  /** The phase after the last change; empty before the engagement starts. */
  public Optional<Phase> currentPhase() {
    return phaseHistory().isEmpty()
        ? Optional.empty()
        : Optional.of(phaseHistory().get(phaseHistory().size() - 1).phase());
  }

  /** The phase a suspended engagement resumes to: the phase its suspension left. Empty unless suspended. */
  public Optional<Phase> resumesTo() {
    return PhaseState.of(phaseHistory()).left();
  }

  /** When the engagement first entered the phase, if it did. */
  public Optional<PartialDate> entered(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    return phaseHistory().stream().filter(c -> c.phase() == phase).map(PhaseChange::date).findFirst();
  }

  /** The phases it may enter next, by the transition table (guards aside). */
  public ImmutableSet<Phase> nextPhases() {
    return Transitions.next(this);
  }

  /**
   * Moves the engagement: adds the change to its history when the transition table, the order of dates, the reason
   * rule and the guard of the phase entered all allow it with the evidence at hand.
   *
   * @return the moved engagement, or a refusal naming the first rule that refused the move
   */
  public MoveResult moveTo(PhaseChange change, Evidence evidence) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(evidence, "evidence");
    ImmutableList<Refusal> refusals = Transitions.refusals(this, PhaseState.of(phaseHistory()), change, evidence);
    if (!refusals.isEmpty()) {
      return refusals.get(0);
    }
    return new Moved(builder().from(this).addPhaseHistory(change).build());
  }

  /** Moves the engagement into a phase at a date; see {@link #moveTo(PhaseChange, Evidence)}. */
  public MoveResult moveTo(Phase phase, PartialDate date, Evidence evidence) {
    return moveTo(PhaseChange.of(phase, date), evidence);
  }

  /**
   * Suspends the engagement at a date, for a reason; it will resume to the phase it leaves.
   *
   * @return the moved engagement, or a refusal ({@code lifecycle.reason} when the reason is blank)
   */
  public MoveResult suspend(PartialDate date, String reason) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      return blankReason(Phase.SUSPENDED, date, reason, "suspended");
    }
    return moveTo(PhaseChange.suspension(date, reason), Evidence.none());
  }

  /**
   * Resumes a suspended engagement at a date, to the phase it left; that phase's guard is checked again.
   *
   * @return the moved engagement, or a refusal ({@code lifecycle.transition} when the engagement is not suspended)
   */
  public MoveResult resume(PartialDate date, Evidence evidence) {
    Objects.requireNonNull(date, "date");
    Optional<Phase> to = resumesTo();
    if (to.isEmpty()) {
      Phase current = currentPhase().orElse(Transitions.FIRST);
      return new Refusal(Rule.LIFECYCLE_TRANSITION, id(), currentPhase(), current, date,
          ImmutableList.of("a suspension to resume from"),
          "Engagement " + id() + " cannot resume on " + date + ": expected a suspended engagement, found "
              + currentPhase().map(p -> "phase " + p.code()).orElse("no phase"));
    }
    return moveTo(PhaseChange.of(to.get(), date), evidence);
  }

  /**
   * Discontinues the engagement at a date, for a reason such as "overtaken by events".
   *
   * @return the moved engagement, or a refusal ({@code lifecycle.reason} when the reason is blank)
   */
  public MoveResult discontinue(PartialDate date, String reason) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      return blankReason(Phase.DISCONTINUED, date, reason, "discontinued");
    }
    return moveTo(PhaseChange.discontinuation(date, reason), Evidence.none());
  }

  // A blank reason is refused like a missing one, as a value: the phase change it would make cannot be built.
  private Refusal blankReason(Phase to, PartialDate date, String reason, String verb) {
    return new Refusal(Rule.LIFECYCLE_REASON, id(), currentPhase(), to, date,
        ImmutableList.of("a reason for the " + (to == Phase.SUSPENDED ? "suspension" : "discontinuation")),
        "Engagement " + id() + " cannot be " + verb + " on " + date
            + " with a blank reason: expected a reason such as \"overtaken by events\", found \"" + reason + "\"");
  }

  /** This engagement with another member on its team. */
  public Engagement withTeamMember(TeamMember member) {
    return builder().from(this).addTeam(member).build();
  }

  /** This engagement with this team, in this order, instead of its own. */
  public Engagement withTeam(Iterable<? extends TeamMember> team) {
    return builder().from(this).team(team).build();
  }

  /** This engagement without this member on its team (every entry equal to it); this engagement when absent. */
  public Engagement withoutTeamMember(TeamMember member) {
    Objects.requireNonNull(member, "member");
    return team().contains(member) ? withTeam(team().stream().filter(m -> !m.equals(member)).toList()) : this;
  }

  /** This engagement with its exit handover set. */
  public Engagement withHandover(Handover handover) {
    return builder().from(this).handover(handover).build();
  }

  /** This engagement with its governance body set. */
  public Engagement withGovernanceBody(GovernanceBody body) {
    return builder().from(this).governanceBody(body).build();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
  }

  /** Builds an {@link Engagement}. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }
}
