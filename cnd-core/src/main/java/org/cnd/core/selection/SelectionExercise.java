package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * How clusters were chosen, as UNIDO's methodology lays it out: identify and map the clusters, agree the
 * development objective, agree identification criteria (a cluster or not) and prioritisation criteria (which
 * first), score, rank, shortlist, decide. A record gives what it knows: the 2001 selection of Pakistan's five pilot
 * clusters is a decision with its reason and nothing more.
 *
 * <p>Invariants: candidates and criteria have distinct identifiers; results, scores, the ranking, the shortlist and
 * the decision name candidates and criteria of this exercise; a candidate has at most one score per prioritisation
 * criterion and one result per identification criterion; when weights are given, every prioritisation criterion
 * has one and they add up to 1 within {@link #WEIGHT_SUM_TOLERANCE} (weights are refused, not normalised, so that a
 * slip in the record shows); a recorded ranking ranks each candidate once, from 1.
 */
@Value.Immutable
public abstract class SelectionExercise {
  SelectionExercise() {}

  /** How far the weights' sum may lie from 1: rounded shares such as 0.333, 0.333 and 0.333 are accepted. */
  public static final BigDecimal WEIGHT_SUM_TOLERANCE = new BigDecimal("0.001");

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract SelectionExerciseId id();

  /** The title: selection of the pilot clusters. */
  public abstract String title();

  /** The programme it was run for. */
  public abstract Optional<ProgrammeId> programme();

  /** The organisations that took part, with their roles. */
  public abstract ImmutableList<SelectionParticipant> participants();

  /** When it was run. */
  public abstract Optional<DateRange> period();

  /** The development objective agreed: export growth, poverty reduction. */
  public abstract Optional<String> objective();

  /** The mapping data set its candidates from mapping come from. */
  public abstract Optional<MappingDataSetId> mapping();

  /** The candidate clusters. */
  public abstract ImmutableList<Candidate> candidates();

  /** The identification criteria: is it a cluster. */
  public abstract ImmutableList<IdentificationCriterion> identificationCriteria();

  /** Each candidate's pass or fail on each identification criterion. */
  public abstract ImmutableList<IdentificationResult> identificationResults();

  /** The prioritisation criteria: which first. */
  public abstract ImmutableList<PrioritisationCriterion> prioritisationCriteria();

  /** Each candidate's scores on the prioritisation criteria. */
  public abstract ImmutableList<Score> scores();

  /** The ranking as recorded; {@link Ranking#of(SelectionExercise)} computes one from the scores. */
  public abstract ImmutableList<RankEntry> ranking();

  /** The shortlist. */
  public abstract ImmutableList<CandidateId> shortlist();

  /** The decision. */
  public abstract Optional<SelectionDecision> decision();

  /** Free text. */
  public abstract Optional<String> description();

  /** The candidate with the identifier. */
  public Optional<Candidate> candidate(CandidateId id) {
    return candidates().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * True when the candidate passed identification: it has a passing result on every identification criterion of
   * the exercise (every candidate passes an exercise without identification criteria).
   */
  public boolean passedIdentification(CandidateId candidate) {
    for (IdentificationCriterion criterion : identificationCriteria()) {
      boolean passed = identificationResults().stream()
          .anyMatch(r -> r.candidate().equals(candidate) && r.criterion().equals(criterion.id()) && r.passed());
      if (!passed) {
        return false;
      }
    }
    return true;
  }

  /** The portfolio clusters the decision selected; empty without a decision. */
  public ImmutableSet<ClusterId> selectedClusters() {
    if (decision().isEmpty()) {
      return ImmutableSet.of();
    }
    return decision().get().selected().stream().map(this::candidate).flatMap(Optional::stream)
        .map(Candidate::cluster).flatMap(Optional::stream).collect(ImmutableSet.toImmutableSet());
  }

  /** True when the decision selected the cluster and is not dated certainly after the date. */
  public boolean selects(ClusterId cluster, PartialDate by) {
    return decision().isPresent() && !decision().get().date().isCertainlyAfter(by) && selectedClusters().contains(cluster);
  }

  /** True when every prioritisation criterion has a weight (and there is at least one). */
  public boolean isWeighted() {
    return !prioritisationCriteria().isEmpty() && prioritisationCriteria().stream().allMatch(c -> c.weight().isPresent());
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "selection exercise title");
    objective().ifPresent(o -> Texts.checkNotBlank(o, "/objective", "development objective"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    Set<CandidateId> candidates = new HashSet<>();
    for (int i = 0; i < candidates().size(); i++) {
      if (!candidates.add(candidates().get(i).id())) {
        throw new RuleViolationException(Rule.SELECTION_CANDIDATE_DUPLICATE, "/candidates/" + i + "/id",
            "Candidate " + candidates().get(i).id() + " is listed twice in selection exercise " + id() + ": expected distinct identifiers");
      }
    }
    Set<CriterionId> identification = new HashSet<>();
    for (int i = 0; i < identificationCriteria().size(); i++) {
      identification.add(checkNewCriterion(identification, identificationCriteria().get(i).id(), "/identificationCriteria/" + i + "/id"));
    }
    Set<CriterionId> prioritisation = new HashSet<>();
    for (int i = 0; i < prioritisationCriteria().size(); i++) {
      CriterionId c = prioritisationCriteria().get(i).id();
      if (identification.contains(c)) {
        throw duplicateCriterion(c, "/prioritisationCriteria/" + i + "/id");
      }
      prioritisation.add(checkNewCriterion(prioritisation, c, "/prioritisationCriteria/" + i + "/id"));
    }
    Map<List<Object>, Integer> pairs = new HashMap<>();
    for (int i = 0; i < identificationResults().size(); i++) {
      IdentificationResult r = identificationResults().get(i);
      String at = "/identificationResults/" + i;
      checkLocal(candidates, r.candidate(), at + "/candidate", "candidate");
      checkLocal(identification, r.criterion(), at + "/criterion", "identification criterion");
      checkPair(pairs, List.of("identification", r.candidate(), r.criterion()), i, at, "identificationResults");
    }
    for (int i = 0; i < scores().size(); i++) {
      Score s = scores().get(i);
      String at = "/scores/" + i;
      checkLocal(candidates, s.candidate(), at + "/candidate", "candidate");
      checkLocal(prioritisation, s.criterion(), at + "/criterion", "prioritisation criterion");
      checkPair(pairs, List.of("score", s.candidate(), s.criterion()), i, at, "scores");
    }
    Set<CandidateId> ranked = new HashSet<>();
    for (int i = 0; i < ranking().size(); i++) {
      RankEntry e = ranking().get(i);
      checkLocal(candidates, e.candidate(), "/ranking/" + i + "/candidate", "candidate");
      if (!ranked.add(e.candidate()) || e.rank() < 1) {
        throw new RuleViolationException(Rule.SELECTION_RANKING, "/ranking/" + i,
            "Ranking of selection exercise " + id() + " gives candidate " + e.candidate() + " rank " + e.rank()
                + (e.rank() < 1 ? ": expected a rank of 1 or more" : " a second time: expected each candidate at most once"));
      }
    }
    for (int i = 0; i < shortlist().size(); i++) {
      checkLocal(candidates, shortlist().get(i), "/shortlist/" + i, "candidate");
    }
    if (decision().isPresent()) {
      for (int i = 0; i < decision().get().selected().size(); i++) {
        checkLocal(candidates, decision().get().selected().get(i), "/decision/selected/" + i, "candidate");
      }
    }
    checkWeights();
  }

  private CriterionId checkNewCriterion(Set<CriterionId> seen, CriterionId c, String path) {
    if (seen.contains(c)) {
      throw duplicateCriterion(c, path);
    }
    return c;
  }

  private RuleViolationException duplicateCriterion(CriterionId c, String path) {
    return new RuleViolationException(Rule.SELECTION_CRITERION_DUPLICATE, path,
        "Criterion " + c + " is listed twice in selection exercise " + id() + ": expected distinct identifiers across identification and prioritisation criteria");
  }

  private <T> void checkLocal(Set<T> known, T id, String path, String what) {
    if (!known.contains(id)) {
      throw new RuleViolationException(Rule.SELECTION_LOCAL_REFERENCE, path,
          "\"" + id + "\" is not a " + what + " of selection exercise " + id() + ": expected the id of one of its " + what + "s");
    }
  }

  private void checkPair(Map<List<Object>, Integer> pairs, List<Object> key, int i, String at, String list) {
    Integer before = pairs.putIfAbsent(key, i);
    if (before != null) {
      throw new RuleViolationException(Rule.SELECTION_SCORE_DUPLICATE, at,
          "Candidate " + key.get(1) + " on criterion " + key.get(2) + " is recorded at /" + list + "/" + before
              + " and again: expected at most one per candidate and criterion");
    }
  }

  private void checkWeights() {
    List<PrioritisationCriterion> criteria = prioritisationCriteria();
    boolean anyWeight = criteria.stream().anyMatch(c -> c.weight().isPresent());
    if (!anyWeight) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).weight().isEmpty()) {
        throw new RuleViolationException(Rule.SELECTION_WEIGHTS_SUM, "/prioritisationCriteria/" + i + "/weight",
            "Criterion " + criteria.get(i).id() + " of selection exercise " + id()
                + " has no weight while others have: expected a weight for every prioritisation criterion, or for none");
      }
      sum = sum.add(criteria.get(i).weight().get());
    }
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_SUM_TOLERANCE) > 0) {
      throw new RuleViolationException(Rule.SELECTION_WEIGHTS_SUM, "/prioritisationCriteria",
          "The weights of selection exercise " + id() + " add up to " + sum.toPlainString()
              + ": expected 1, within " + WEIGHT_SUM_TOLERANCE.toPlainString());
    }
  }

  /** Builds a {@link SelectionExercise}. */
  public static final class Builder extends ImmutableSelectionExercise.Builder {
    Builder() {}
  }
}
