package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.immutables.value.Value;

/**
 * The ranking of a selection exercise's candidates computed from their scores.
 *
 * <p>Method: each score is put on [0, 1] by its criterion's scale, (value - least) / (greatest - least), or
 * (greatest - value) / (greatest - least) when lower is better; a candidate's total is the sum of these, each times
 * its criterion's weight. Totals are rounded to {@link #TOTAL_SCALE} decimal places and compared there. Candidates
 * with equal totals share the better rank and the next rank skips (1, 2, 2, 4); tied candidates are listed in the
 * exercise's order. Only candidates that passed identification and are scored on every prioritisation criterion
 * are ranked; the others are listed as {@link #excluded} or {@link #unscored}.
 */
@Value.Immutable
public abstract class Ranking {
  Ranking() {}

  /** The decimal places at which totals are compared. */
  public static final int TOTAL_SCALE = 9;

  /** The ranked candidates, best first. */
  public abstract ImmutableList<RankEntry> entries();

  /** Candidates that did not pass identification, in the exercise's order. */
  public abstract ImmutableList<CandidateId> excluded();

  /** Candidates that passed identification but lack a score on some criterion, in the exercise's order. */
  public abstract ImmutableList<CandidateId> unscored();

  /** The weights the ranking used. */
  public abstract ImmutableMap<CriterionId, BigDecimal> weights();

  /**
   * The candidates ranked {@code k} or better: the top k, and every candidate tied with the k-th, so that a tie at
   * the boundary is never broken silently.
   */
  public ImmutableSet<CandidateId> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("Invalid count " + k + ": expected 0 or more");
    }
    return entries().stream().filter(e -> e.rank() <= k).map(RankEntry::candidate).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The exercise's candidates ranked with its own weights.
   *
   * @throws IllegalArgumentException when the exercise has no prioritisation criteria, a criterion lacks a weight
   *     or a scale, or a score lies outside its scale ({@code selection.score-scale})
   */
  public static Ranking of(SelectionExercise exercise) {
    if (!exercise.isWeighted()) {
      throw new IllegalArgumentException("Selection exercise " + exercise.id()
          + " has no weighted prioritisation criteria: expected a weight on every prioritisation criterion");
    }
    Map<CriterionId, BigDecimal> weights = new java.util.LinkedHashMap<>();
    exercise.prioritisationCriteria().forEach(c -> weights.put(c.id(), c.weight().get()));
    return of(exercise, weights);
  }

  /**
   * The exercise's candidates ranked with other weights, one per prioritisation criterion, used as given.
   *
   * @throws IllegalArgumentException when a criterion lacks a weight here or a scale, a weight is negative, or a
   *     score lies outside its scale ({@code selection.score-scale})
   */
  public static Ranking of(SelectionExercise exercise, Map<CriterionId, BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    List<PrioritisationCriterion> criteria = exercise.prioritisationCriteria();
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("Selection exercise " + exercise.id() + " has no prioritisation criteria: nothing to rank by");
    }
    for (PrioritisationCriterion c : criteria) {
      BigDecimal w = weights.get(c.id());
      if (w == null || w.signum() < 0) {
        throw new IllegalArgumentException("Weight of criterion " + c.id() + " is " + w + ": expected a number, 0 or more");
      }
      if (c.scale().isEmpty()) {
        throw new IllegalArgumentException("Criterion " + c.id() + " of selection exercise " + exercise.id()
            + " has no scale: expected a scale to put its scores on [0, 1]");
      }
    }
    Map<List<Object>, Score> scores = new HashMap<>();
    exercise.scores().forEach(s -> scores.put(List.of(s.candidate(), s.criterion()), s));
    ImmutableList.Builder<CandidateId> excluded = ImmutableList.builder();
    ImmutableList.Builder<CandidateId> unscored = ImmutableList.builder();
    List<CandidateId> ranked = new ArrayList<>();
    Map<CandidateId, BigDecimal> totals = new HashMap<>();
    for (Candidate candidate : exercise.candidates()) {
      if (!exercise.passedIdentification(candidate.id())) {
        excluded.add(candidate.id());
        continue;
      }
      BigDecimal total = BigDecimal.ZERO;
      boolean complete = true;
      for (PrioritisationCriterion c : criteria) {
        Score s = scores.get(List.of(candidate.id(), c.id()));
        if (s == null || s.value().isEmpty()) {
          complete = false;
          break;
        }
        total = total.add(weights.get(c.id()).multiply(normalised(c, s), MathContext.DECIMAL128));
      }
      if (complete) {
        ranked.add(candidate.id());
        totals.put(candidate.id(), total.setScale(TOTAL_SCALE, RoundingMode.HALF_EVEN));
      } else {
        unscored.add(candidate.id());
      }
    }
    // A stable sort keeps tied candidates in the exercise's order.
    ranked.sort(Comparator.comparing(totals::get, Comparator.reverseOrder()));
    ImmutableList.Builder<RankEntry> entries = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < ranked.size(); i++) {
      BigDecimal total = totals.get(ranked.get(i));
      if (i == 0 || total.compareTo(totals.get(ranked.get(i - 1))) != 0) {
        rank = i + 1;
      }
      entries.add(RankEntry.builder().candidate(ranked.get(i)).rank(rank).total(total).build());
    }
    return ImmutableRanking.builder().entries(entries.build()).excluded(excluded.build()).unscored(unscored.build())
        .weights(inOrder(criteria, weights)).build();
  }

  private static ImmutableMap<CriterionId, BigDecimal> inOrder(List<PrioritisationCriterion> criteria,
      Map<CriterionId, BigDecimal> weights) {
    ImmutableMap.Builder<CriterionId, BigDecimal> out = ImmutableMap.builder();
    criteria.forEach(c -> out.put(c.id(), weights.get(c.id())));
    return out.buildOrThrow();
  }

  private static BigDecimal normalised(PrioritisationCriterion c, Score s) {
    Scale scale = c.scale().get();
    BigDecimal v = s.value().get();
    if (!scale.contains(v)) {
      throw new IllegalArgumentException("selection.score-scale: score " + v.toPlainString() + " of candidate " + s.candidate()
          + " on criterion " + c.id() + " lies outside the scale " + scale);
    }
    BigDecimal span = scale.greatest().subtract(scale.least());
    BigDecimal distance = c.direction() == CriterionDirection.HIGHER_IS_BETTER ? v.subtract(scale.least()) : scale.greatest().subtract(v);
    return distance.divide(span, MathContext.DECIMAL128);
  }
}
