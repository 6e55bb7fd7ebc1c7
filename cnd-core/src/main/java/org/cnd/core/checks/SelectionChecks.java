package org.cnd.core.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.Scale;
import org.cnd.core.selection.Score;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of selection exercises, found at {@code /selectionExercises}: references
 * resolve; scores lie within their scales; every candidate is scored or marked not scored; selected ⊆ shortlist ⊆
 * candidates that passed identification; the decision is not dated before the scores.
 */
public final class SelectionChecks {
  private SelectionChecks() {}

  /** The collection the checks' paths start from. */
  public static final String COLLECTION = "selectionExercises";

  /**
   * Checks the selection exercises of a portfolio.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkSelectionExercises(List<SelectionExercise> exercises, References known, Consumer<Violation> out) {
    for (int i = 0; i < exercises.size(); i++) {
      checkReferences(exercises.get(i), i, known, out);
      checkScores(exercises.get(i), i, out);
      checkShortlist(exercises.get(i), i, out);
      checkDecisionDate(exercises.get(i), i, out);
    }
  }

  static void checkReferences(SelectionExercise x, int i, References known, Consumer<Violation> out) {
    Supplier<String> what = () -> "selection exercise " + x.id();
    Path at = Path.of(COLLECTION, i);
    if (x.programme().isPresent()) {
      known.check(x.programme().get(), at, "programme", "Programme", what, out);
    }
    if (x.mapping().isPresent()) {
      known.check(x.mapping().get(), at, "mapping", "Mapping data set", what, out);
    }
    for (int j = 0; j < x.participants().size(); j++) {
      known.check(x.participants().get(j).organisation(), at.with("participants", j), "organisation", "Participant",
          what, out);
    }
    for (int j = 0; j < x.candidates().size(); j++) {
      Candidate c = x.candidates().get(j);
      Supplier<String> of = () -> "candidate " + c.id() + " of " + what.get();
      Path path = at.with("candidates", j);
      if (c.cluster().isPresent()) {
        known.check(c.cluster().get(), path, "cluster", "Cluster", of, out);
      }
      if (c.nominatedBy().isPresent()) {
        known.check(c.nominatedBy().get(), path, "nominatedBy", "Nominating organisation", of, out);
      }
    }
    if (x.decision().isPresent()) {
      known.checkAll(x.decision().get().decidedBy(), at.with("decision"), "decidedBy", "Deciding organisation", what,
          out);
    }
  }

  static void checkScores(SelectionExercise x, int i, Consumer<Violation> out) {
    String what = "selection exercise " + x.id();
    for (int j = 0; j < x.scores().size(); j++) {
      Score s = x.scores().get(j);
      Optional<PrioritisationCriterion> criterion = criterion(x, s.criterion());
      Optional<Scale> scale = criterion.flatMap(PrioritisationCriterion::scale);
      if (s.value().isPresent() && scale.isPresent() && !scale.get().contains(s.value().get())) {
        out.accept(Violation.of(Rule.SELECTION_SCORE_SCALE, Pointer.of(COLLECTION, i, "scores", j, "value"),
            "Score of candidate " + s.candidate() + " on criterion " + s.criterion() + " of " + what + " is "
                + s.value().get().toPlainString() + ": expected a value within the scale " + scale.get()));
      }
    }
    if (x.scores().isEmpty()) {
      return;
    }
    Set<List<Object>> scored = new HashSet<>();
    x.scores().forEach(s -> scored.add(List.of(s.candidate(), s.criterion())));
    for (int j = 0; j < x.candidates().size(); j++) {
      CandidateId c = x.candidates().get(j).id();
      for (PrioritisationCriterion p : x.prioritisationCriteria()) {
        if (!scored.contains(List.of(c, p.id()))) {
          out.accept(Violation.of(Rule.SELECTION_SCORE_COMPLETE, Pointer.of(COLLECTION, i, "candidates", j),
              "Candidate " + c + " of " + what + " has no score on criterion " + p.id()
                  + ": expected a score, or the pair marked not scored with a reason"));
        }
      }
    }
  }

  static void checkShortlist(SelectionExercise x, int i, Consumer<Violation> out) {
    String what = "selection exercise " + x.id();
    for (int j = 0; j < x.shortlist().size(); j++) {
      CandidateId c = x.shortlist().get(j);
      if (!x.passedIdentification(c)) {
        out.accept(Violation.of(Rule.SELECTION_SHORTLIST_IDENTIFICATION, Pointer.of(COLLECTION, i, "shortlist", j),
            "Shortlisted candidate " + c + " of " + what + " did not pass identification: expected a pass on every identification criterion"));
      }
    }
    if (x.decision().isEmpty()) {
      return;
    }
    List<CandidateId> selected = x.decision().get().selected();
    for (int j = 0; j < selected.size(); j++) {
      CandidateId c = selected.get(j);
      if (!x.shortlist().isEmpty() && !x.shortlist().contains(c)) {
        out.accept(Violation.of(Rule.SELECTION_SELECTED_SHORTLIST, Pointer.of(COLLECTION, i, "decision", "selected", j),
            "Selected candidate " + c + " of " + what + " is not on its shortlist: expected one of " + x.shortlist()));
      } else if (!x.passedIdentification(c) && !x.shortlist().contains(c)) {
        // A shortlisted candidate that failed is reported once, at the shortlist.
        out.accept(Violation.of(Rule.SELECTION_SHORTLIST_IDENTIFICATION,
            Pointer.of(COLLECTION, i, "decision", "selected", j),
            "Selected candidate " + c + " of " + what + " did not pass identification: expected a pass on every identification criterion"));
      }
    }
  }

  static void checkDecisionDate(SelectionExercise x, int i, Consumer<Violation> out) {
    if (x.decision().isEmpty()) {
      return;
    }
    PartialDate decided = x.decision().get().date();
    for (int j = 0; j < x.scores().size(); j++) {
      Optional<PartialDate> scored = x.scores().get(j).date();
      if (scored.isPresent() && decided.isCertainlyBefore(scored.get())) {
        out.accept(Violation.of(Rule.SELECTION_DECISION_DATE, Pointer.of(COLLECTION, i, "decision", "date"),
            "The decision of selection exercise " + x.id() + " is dated " + decided + ", before score /scores/" + j + " dated "
                + scored.get() + ": expected a decision no earlier than its scores"));
      }
    }
  }

  private static Optional<PrioritisationCriterion> criterion(SelectionExercise x, CriterionId id) {
    return x.prioritisationCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
