package org.cnd.core.selection;

import java.math.BigDecimal;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.time.PartialDate;

/**
 * A scored exercise with made-up figures, worked by hand in RankingTest: four candidates a, b, c, d on export
 * potential (weight 0.5), willingness to cooperate (0.3) and cost of intervention (0.2, lower is better), all on
 * 1..5; a and d tie at 0.8.
 */
public final class SelectionFixtures {
  private SelectionFixtures() {}

  public static final CandidateId A = CandidateId.of("a");
  public static final CandidateId B = CandidateId.of("b");
  public static final CandidateId C = CandidateId.of("c");
  public static final CandidateId D = CandidateId.of("d");
  public static final CriterionId EXPORT = CriterionId.of("export-potential");
  public static final CriterionId COOPERATION = CriterionId.of("cooperation");
  public static final CriterionId COST = CriterionId.of("cost");
  public static final CriterionId CRITICAL_MASS = CriterionId.of("critical-mass");
  public static final OrganisationId TDAP = OrganisationId.of("tdap");

  public static Candidate nominated(CandidateId id) {
    return Candidate.builder().id(id).cluster(ClusterId.of("cluster-" + id)).origin(CandidateOrigin.NOMINATED).nominatedBy(TDAP).build();
  }

  public static PrioritisationCriterion criterion(CriterionId id, String weight, CriterionDirection direction) {
    return PrioritisationCriterion.builder().id(id).name(id.value()).weight(new BigDecimal(weight)).scale(Scale.of(1, 5))
        .direction(direction).build();
  }

  public static Score score(CandidateId candidate, CriterionId criterion, int value) {
    return Score.builder().candidate(candidate).criterion(criterion).value(BigDecimal.valueOf(value)).date(PartialDate.ofMonth(2003, 3)).build();
  }

  public static SelectionExercise.Builder scored() {
    SelectionExercise.Builder b = SelectionExercise.builder().id(SelectionExerciseId.of("punjab-2003")).title("Selection in Punjab")
        .addCandidates(nominated(A), nominated(B), nominated(C), nominated(D))
        .addIdentificationCriteria(IdentificationCriterion.of(CRITICAL_MASS, "Critical mass of enterprises"))
        .addPrioritisationCriteria(criterion(EXPORT, "0.5", CriterionDirection.HIGHER_IS_BETTER),
            criterion(COOPERATION, "0.3", CriterionDirection.HIGHER_IS_BETTER), criterion(COST, "0.2", CriterionDirection.LOWER_IS_BETTER));
    int[][] values = {{5, 3, 2}, {4, 5, 3}, {3, 5, 1}, {4, 4, 1}};
    CandidateId[] candidates = {A, B, C, D};
    CriterionId[] criteria = {EXPORT, COOPERATION, COST};
    for (int i = 0; i < candidates.length; i++) {
      b.addIdentificationResults(IdentificationResult.of(candidates[i], CRITICAL_MASS, true, "over 100 establishments"));
      for (int j = 0; j < criteria.length; j++) {
        b.addScores(score(candidates[i], criteria[j], values[i][j]));
      }
    }
    return b;
  }
}
