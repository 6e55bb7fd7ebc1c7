package org.cnd.core.lifecycle;

import static org.cnd.core.lifecycle.Phase.ACTION_PLANNING;
import static org.cnd.core.lifecycle.Phase.DIAGNOSTIC;
import static org.cnd.core.lifecycle.Phase.DISCONTINUED;
import static org.cnd.core.lifecycle.Phase.EXIT;
import static org.cnd.core.lifecycle.Phase.IMPLEMENTATION;
import static org.cnd.core.lifecycle.Phase.MONITORING_AND_EVALUATION;
import static org.cnd.core.lifecycle.Phase.SELECTION;
import static org.cnd.core.lifecycle.Phase.SUSPENDED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnd.core.validation.Rule;

/**
 * The one transition table of the methodology: which phase may follow which. Every move of an engagement and every
 * recorded history is judged by this class, in this order:
 *
 * <ol>
 *   <li>the table ({@code lifecycle.transition});
 *   <li>the order of dates: a change is not certainly before the one before it ({@code lifecycle.date-order});
 *   <li>the reason: a discontinuation gives one, and only suspensions and discontinuations do ({@code
 *       lifecycle.reason});
 *   <li>the {@link Guard} of the phase entered, if it has one, at the change's date.
 * </ol>
 */
public final class Transitions {
  /** The phase every engagement starts in. */
  public static final Phase FIRST = SELECTION;

  /**
   * Every allowed step, from a phase to the phases that may follow it. From {@code SUSPENDED} the table lists every
   * active phase, but an engagement resumes only to the phase its suspension left ({@link #next}).
   */
  private static final ImmutableSetMultimap<Phase, Phase> TABLE = ImmutableSetMultimap.<Phase, Phase>builder()
      // forward steps
      .put(SELECTION, DIAGNOSTIC)
      .put(DIAGNOSTIC, ACTION_PLANNING)
      .put(ACTION_PLANNING, IMPLEMENTATION)
      .put(IMPLEMENTATION, MONITORING_AND_EVALUATION)
      .put(MONITORING_AND_EVALUATION, EXIT)
      // a plan revision: monitoring and evaluation back to action planning
      .put(MONITORING_AND_EVALUATION, ACTION_PLANNING)
      // suspension and discontinuation, from any active phase
      .putAll(SELECTION, SUSPENDED, DISCONTINUED)
      .putAll(DIAGNOSTIC, SUSPENDED, DISCONTINUED)
      .putAll(ACTION_PLANNING, SUSPENDED, DISCONTINUED)
      .putAll(IMPLEMENTATION, SUSPENDED, DISCONTINUED)
      .putAll(MONITORING_AND_EVALUATION, SUSPENDED, DISCONTINUED)
      // resumption, to the phase the suspension left; or discontinuation while suspended
      .putAll(SUSPENDED, SELECTION, DIAGNOSTIC, ACTION_PLANNING, IMPLEMENTATION, MONITORING_AND_EVALUATION, DISCONTINUED)
      // EXIT and DISCONTINUED are final: nothing follows them.
      .build();

  private Transitions() {}

  /** The whole table: for each phase, the phases that may follow it. */
  public static ImmutableSetMultimap<Phase, Phase> table() {
    return TABLE;
  }

  /**
   * True when the table lets {@code to} follow {@code from}. A resumption from {@code SUSPENDED} is listed for every
   * active phase; whether it is the phase left depends on the history ({@link #next}).
   */
  public static boolean isAllowed(Phase from, Phase to) {
    return TABLE.containsEntry(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
  }

  /** The phases the engagement may enter next, given its history: the first phase for an engagement without one. */
  public static ImmutableSet<Phase> next(Engagement engagement) {
    return next(PhaseState.of(engagement.phaseHistory()));
  }

  static ImmutableSet<Phase> next(PhaseState state) {
    if (state.phase().isEmpty()) {
      return ImmutableSet.of(FIRST);
    }
    Phase from = state.phase().get();
    if (from == SUSPENDED) {
      return TABLE.get(SUSPENDED).stream()
          .filter(p -> p == DISCONTINUED || state.left().map(p::equals).orElse(false))
          .collect(ImmutableSet.toImmutableSet());
    }
    return TABLE.get(from);
  }

  /**
   * The refusals each change of an engagement's recorded history meets, judged against the changes recorded before
   * it as {@link Engagement#moveTo} would judge it; one list per change, in the history's order, empty when the
   * change is allowed.
   *
   * @param evidence the evidence at hand for the engagement
   */
  public static ImmutableList<ImmutableList<Refusal>> refusalsOfHistory(Engagement e, Evidence evidence) {
    ImmutableList.Builder<ImmutableList<Refusal>> out = ImmutableList.builder();
    PhaseState state = PhaseState.INITIAL;
    for (PhaseChange change : e.phaseHistory()) {
      out.add(refusals(e, state, change, evidence));
      state = state.after(change);
    }
    return out.build();
  }

  /**
   * Every rule the change breaks when it follows the state, in the order of the class comment; empty when the
   * change is allowed.
   */
  static ImmutableList<Refusal> refusals(Engagement e, PhaseState state, PhaseChange change, Evidence evidence) {
    ImmutableList.Builder<Refusal> out = ImmutableList.builder();
    Phase to = change.phase();
    ImmutableSet<Phase> next = next(state);
    if (!next.contains(to)) {
      out.add(refuse(Rule.LIFECYCLE_TRANSITION, e, state, change,
          "a step the transition table allows from " + state.phase().map(Phase::code).orElse("no phase"),
          tableMessage(e, state, to, next)));
    }
    if (state.lastDate().isPresent() && change.date().isCertainlyBefore(state.lastDate().get())) {
      out.add(refuse(Rule.LIFECYCLE_DATE_ORDER, e, state, change,
          "a date no earlier than " + state.lastDate().get(),
          "Engagement " + e.id() + " cannot enter " + to.code() + " on " + change.date()
              + ": expected a date no earlier than its last phase change (" + state.lastDate().get() + ")"));
    }
    if (to == DISCONTINUED && change.reason().isEmpty()) {
      out.add(refuse(Rule.LIFECYCLE_REASON, e, state, change, "a reason for the discontinuation",
          "Engagement " + e.id() + " cannot be discontinued on " + change.date()
              + " without a reason: expected a reason such as \"overtaken by events\", found none"));
    } else if (to != DISCONTINUED && to != SUSPENDED && change.reason().isPresent()) {
      out.add(refuse(Rule.LIFECYCLE_REASON, e, state, change, "no reason: only suspensions and discontinuations give one",
          "Engagement " + e.id() + " enters " + to.code() + " on " + change.date() + " with reason \""
              + change.reason().get() + "\": expected a reason only for a suspension or a discontinuation"));
    }
    Guard.of(to).flatMap(g -> g.check(e, state.phase(), change.date(), evidence)).ifPresent(out::add);
    return out.build();
  }

  private static Refusal refuse(Rule rule, Engagement e, PhaseState state, PhaseChange change, String missing, String message) {
    return new Refusal(rule, e.id(), state.phase(), change.phase(), change.date(), ImmutableList.of(missing), message);
  }

  private static String tableMessage(Engagement e, PhaseState state, Phase to, ImmutableSet<Phase> next) {
    String expected = next.isEmpty()
        ? "no further phase, " + state.phase().map(Phase::code).orElse("") + " being final"
        : "one of " + next.stream().map(Phase::code).collect(Collectors.joining(", "));
    Optional<Phase> from = state.phase();
    String step = from.map(f -> "move from " + f.code() + " to " + to.code()).orElse("start in " + to.code());
    String left = from.filter(f -> f == SUSPENDED).flatMap(f -> state.left())
        .map(l -> " (the suspension left " + l.code() + ")").orElse("");
    return "Engagement " + e.id() + " cannot " + step + left + ": expected " + expected + ", found " + to.code();
  }
}
