package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.immutables.value.Value;

/**
 * Whether a selection depends on the exact weights: each criterion's weight is moved, one at a time, by plus and
 * minus a step (10% by default), the weights are scaled back to a sum of 1, the candidates are ranked again, and the
 * top {@code count} compared with those of the exercise's own weights ({@link Ranking#top}: ties at the boundary
 * included). Every move is reported, whether it changes the selection or not.
 */
@Value.Immutable
public abstract class Sensitivity {
  Sensitivity() {}

  /** The default step: 10%. */
  public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.10");

  /** How many candidates are selected. */
  public abstract int count();

  /** The step each weight moved by. */
  public abstract BigDecimal step();

  /** The candidates selected with the exercise's own weights. */
  public abstract ImmutableSet<CandidateId> selected();

  /** The moves, two per criterion (up, then down), in the criteria's order. */
  public abstract ImmutableList<WeightShift> shifts();

  /** True when no move changes the selection. */
  public boolean isStable() {
    return shifts().stream().noneMatch(WeightShift::changesSelection);
  }

  /**
   * The sensitivity of the top {@code count} candidates to a move of each weight by {@code step}.
   *
   * @throws IllegalArgumentException when the exercise cannot be ranked (see {@link Ranking#of(SelectionExercise)}),
   *     the count is negative, or the step is not within (0, 1)
   */
  public static Sensitivity of(SelectionExercise exercise, int count, BigDecimal step) {
    if (count < 0) {
      throw new IllegalArgumentException("Invalid count " + count + ": expected 0 or more");
    }
    if (step.signum() <= 0 || step.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("Invalid step " + step.toPlainString() + ": expected a number above 0 and below 1");
    }
    Ranking base = Ranking.of(exercise);
    ImmutableSet<CandidateId> selected = base.top(count);
    ImmutableList.Builder<WeightShift> shifts = ImmutableList.builder();
    for (PrioritisationCriterion criterion : exercise.prioritisationCriteria()) {
      for (BigDecimal factor : new BigDecimal[] {BigDecimal.ONE.add(step), BigDecimal.ONE.subtract(step)}) {
        Map<CriterionId, BigDecimal> weights = moved(base.weights(), criterion.id(), factor);
        ImmutableSet<CandidateId> now = Ranking.of(exercise, weights).top(count);
        shifts.add(ImmutableWeightShift.builder().criterion(criterion.id()).factor(factor).weights(weights)
            .selected(now).changesSelection(!now.equals(selected)).build());
      }
    }
    return ImmutableSensitivity.builder().count(count).step(step).selected(selected).shifts(shifts.build()).build();
  }

  /**
   * The sensitivity of the decision: the count is the number of candidates the decision selected, or the
   * shortlist's length when there is no decision; the step is 10%.
   */
  public static Sensitivity of(SelectionExercise exercise) {
    int count = exercise.decision().map(d -> d.selected().size()).orElse(exercise.shortlist().size());
    return of(exercise, count, DEFAULT_STEP);
  }

  private static Map<CriterionId, BigDecimal> moved(Map<CriterionId, BigDecimal> weights, CriterionId which, BigDecimal factor) {
    Map<CriterionId, BigDecimal> out = new LinkedHashMap<>();
    weights.forEach((c, w) -> out.put(c, c.equals(which) ? w.multiply(factor) : w));
    BigDecimal sum = out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    out.replaceAll((c, w) -> w.divide(sum, MathContext.DECIMAL64));
    return out;
  }
}
