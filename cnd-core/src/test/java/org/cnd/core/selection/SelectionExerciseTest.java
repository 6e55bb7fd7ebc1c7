package org.cnd.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.selection.SelectionFixtures.A;
import static org.cnd.core.selection.SelectionFixtures.B;
import static org.cnd.core.selection.SelectionFixtures.COOPERATION;
import static org.cnd.core.selection.SelectionFixtures.CRITICAL_MASS;
import static org.cnd.core.selection.SelectionFixtures.EXPORT;
import static org.cnd.core.selection.SelectionFixtures.TDAP;
import static org.cnd.core.selection.SelectionFixtures.criterion;
import static org.cnd.core.selection.SelectionFixtures.nominated;
import static org.cnd.core.selection.SelectionFixtures.score;
import static org.cnd.core.selection.SelectionFixtures.scored;
import static org.cnd.core.testing.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.List;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class SelectionExerciseTest {
  private static SelectionExercise.Builder bare() {
    return SelectionExercise.builder().id(SelectionExerciseId.of("pilot-2001")).title("Selection of the pilot clusters");
  }

  @Test
  void aDecisionAloneIsARecord() {
    // As the Pakistan record gives it: five clusters selected by the counterparts for their export potential.
    SelectionExercise x = bare().addCandidates(nominated(A), nominated(B))
        .decision(SelectionDecision.builder().date(PartialDate.ofYear(2001)).decidingBody("the Pakistani counterparts")
            .addSelected(A).reason("for their export potential").build())
        .build();
    assertThat(x.selectedClusters()).containsExactly(ClusterId.of("cluster-a"));
    assertThat(x.selects(ClusterId.of("cluster-a"), PartialDate.ofMonth(2001, 7))).isTrue();
    assertThat(x.selects(ClusterId.of("cluster-a"), PartialDate.ofYear(2000))).isFalse();
    assertThat(x.selects(ClusterId.of("cluster-b"), PartialDate.ofYear(2002))).isFalse();
    assertThat(x.passedIdentification(B)).isTrue();
    assertThat(x.isWeighted()).isFalse();
  }

  @Test
  void passingIdentificationTakesAPassOnEveryCriterion() {
    SelectionExercise x = scored().addCandidates(nominated(CandidateId.of("e"))).build();
    assertThat(x.passedIdentification(A)).isTrue();
    assertThat(x.passedIdentification(CandidateId.of("e"))).isFalse();
  }

  @Test
  void refusesCandidatesAndCriteriaListedTwice() {
    assertRefused(() -> bare().addCandidates(nominated(A), nominated(A)).build(), "selection.candidate-duplicate", "/candidates/1/id");
    assertRefused(() -> bare().addIdentificationCriteria(IdentificationCriterion.of(EXPORT, "x"))
        .addPrioritisationCriteria(criterion(EXPORT, "1", CriterionDirection.HIGHER_IS_BETTER)).build(),
        "selection.criterion-duplicate", "/prioritisationCriteria/0/id");
  }

  @Test
  void refusesReferencesToCandidatesAndCriteriaOfNoneOfItsOwn() {
    assertRefused(() -> scored().addScores(score(CandidateId.of("z"), EXPORT, 3)).build(), "selection.local-reference", "/scores/12/candidate");
    assertRefused(() -> scored().addScores(score(A, CRITICAL_MASS, 3)).build(), "selection.local-reference", "/scores/12/criterion");
    assertRefused(() -> scored().addShortlist(CandidateId.of("z")).build(), "selection.local-reference", "/shortlist/0");
    assertRefused(() -> scored().decision(SelectionDecision.builder().date(PartialDate.ofYear(2003)).addSelected(CandidateId.of("z"))
        .reason("r").build()).build(), "selection.local-reference", "/decision/selected/0");
    assertRefused(() -> scored().addIdentificationResults(IdentificationResult.of(A, EXPORT, true, "e")).build(),
        "selection.local-reference", "/identificationResults/4/criterion");
  }

  @Test
  void refusesASecondScoreOrResultOfAPair() {
    assertRefused(() -> scored().addScores(score(A, EXPORT, 3)).build(), "selection.score-duplicate", "/scores/12")
        .hasMessageContaining("/scores/0");
    assertRefused(() -> scored().addIdentificationResults(IdentificationResult.of(A, CRITICAL_MASS, false, "e")).build(),
        "selection.score-duplicate", "/identificationResults/4");
  }

  @Test
  void refusesWeightsThatDoNotAddUpToOneOrAreGivenForSomeCriteriaOnly() {
    assertRefused(() -> bare().addPrioritisationCriteria(criterion(EXPORT, "0.3", CriterionDirection.HIGHER_IS_BETTER),
        criterion(COOPERATION, "0.6", CriterionDirection.HIGHER_IS_BETTER)).build(), "selection.weights-sum", "/prioritisationCriteria")
        .hasMessageContaining("add up to 0.9");
    assertRefused(() -> bare().addPrioritisationCriteria(criterion(EXPORT, "0.5", CriterionDirection.HIGHER_IS_BETTER),
        PrioritisationCriterion.builder().id(COOPERATION).name("Cooperation").build()).build(),
        "selection.weights-sum", "/prioritisationCriteria/1/weight");
    // Rounded thirds are within the tolerance.
    SelectionExercise thirds = bare().addPrioritisationCriteria(criterion(EXPORT, "0.333", CriterionDirection.HIGHER_IS_BETTER),
        criterion(COOPERATION, "0.333", CriterionDirection.HIGHER_IS_BETTER),
        criterion(CriterionId.of("c3"), "0.333", CriterionDirection.HIGHER_IS_BETTER)).build();
    assertThat(thirds.isWeighted()).isTrue();
  }

  @Test
  void refusesAWeightOutsideZeroToOneAScaleUpsideDownAndAScoreWithBothOrNeitherValueAndReason() {
    assertRefused(() -> criterion(EXPORT, "0", CriterionDirection.HIGHER_IS_BETTER), "selection.weight", "/weight");
    assertRefused(() -> criterion(EXPORT, "1.5", CriterionDirection.HIGHER_IS_BETTER), "selection.weight", "/weight");
    assertRefused(() -> Scale.of(5, 1), "selection.scale", "");
    assertRefused(() -> Scale.of(new BigDecimal("5"), new BigDecimal("5.0")), "selection.scale", "");
    assertRefused(() -> Score.builder().candidate(A).criterion(EXPORT).build(), "selection.score-value", "");
    assertRefused(() -> Score.builder().candidate(A).criterion(EXPORT).value(BigDecimal.ONE).notScoredReason("no data").build(),
        "selection.score-value", "");
  }

  @Test
  void refusesARankingThatRanksACandidateTwiceOrBelowOne() {
    assertRefused(() -> scored().addRanking(RankEntry.of(A, 1), RankEntry.of(A, 2)).build(), "selection.ranking", "/ranking/1");
    assertRefused(() -> scored().addRanking(RankEntry.of(A, 0)).build(), "selection.ranking", "/ranking/0");
  }

  @Test
  void refusesCandidatesWithoutANameOrASource() {
    assertRefused(() -> Candidate.builder().id(A).origin(CandidateOrigin.NOMINATED).nominatedBy(TDAP).build(), "selection.candidate", "");
    assertRefused(() -> Candidate.builder().id(A).name("Sports goods, Sialkot").origin(CandidateOrigin.NOMINATED).build(),
        "selection.candidate-source", "");
    assertRefused(() -> Candidate.builder().id(A).name("Sports goods, Sialkot").origin(CandidateOrigin.MAPPING)
        .sector(IsicCode.of("3230")).build(), "selection.candidate-source", "/region");
    Candidate mapped = Candidate.builder().id(A).name("Sports goods, Sialkot").origin(CandidateOrigin.MAPPING)
        .region(Region.district("Sialkot", SubdivisionCode.of("PK-PB"))).sector(IsicCode.of("3230")).build();
    assertThat(mapped.cluster()).isEmpty();
    Candidate fromPolicy = Candidate.builder().id(B).name("Surgical instruments, Sialkot").origin(CandidateOrigin.NOMINATED)
        .source("national Trade Policy").build();
    assertThat(fromPolicy.nominatedBy()).isEmpty();
  }

  @Test
  void scoresKeepTheirSourceAndTheReasonForNotScoring() {
    Score s = Score.notScored(A, EXPORT, "no export statistics for the district");
    assertThat(s.isScored()).isFalse();
    assertThat(s.notScoredReason()).contains("no export statistics for the district");
    assertThat(Score.of(A, EXPORT, BigDecimal.TEN).isScored()).isTrue();
    assertThat(List.of(Scale.of(1, 5).contains(BigDecimal.ONE), Scale.of(1, 5).contains(new BigDecimal("5.0")),
        Scale.of(1, 5).contains(new BigDecimal("0.99")))).containsExactly(true, true, false);
    assertThat(Scale.of(1, 5)).hasToString("1..5");
  }
}
