package org.cnd.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.selection.SelectionFixtures.A;
import static org.cnd.core.selection.SelectionFixtures.B;
import static org.cnd.core.selection.SelectionFixtures.C;
import static org.cnd.core.selection.SelectionFixtures.COOPERATION;
import static org.cnd.core.selection.SelectionFixtures.COST;
import static org.cnd.core.selection.SelectionFixtures.CRITICAL_MASS;
import static org.cnd.core.selection.SelectionFixtures.D;
import static org.cnd.core.selection.SelectionFixtures.EXPORT;
import static org.cnd.core.selection.SelectionFixtures.nominated;
import static org.cnd.core.selection.SelectionFixtures.score;
import static org.cnd.core.selection.SelectionFixtures.scored;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.SelectionExerciseId;
import org.junit.jupiter.api.Test;

class RankingTest {
  // a: 0.5 (5-1)/4 + 0.3 (3-1)/4 + 0.2 (5-2)/4 = 0.5 + 0.15 + 0.15 = 0.80
  // b: 0.5 * 0.75 + 0.3 * 1 + 0.2 * 0.5 = 0.775; c: 0.25 + 0.3 + 0.2 = 0.75; d: 0.375 + 0.225 + 0.2 = 0.80
  @Test
  void ranksByWeightedNormalisedScoresAndTiesShareTheBetterRank() {
    Ranking ranking = Ranking.of(scored().build());
    assertThat(ranking.entries()).extracting(RankEntry::candidate, RankEntry::rank, e -> e.total().get())
        .containsExactly(tuple(A, 1, new BigDecimal("0.800000000")), tuple(D, 1, new BigDecimal("0.800000000")),
            tuple(B, 3, new BigDecimal("0.775000000")), tuple(C, 4, new BigDecimal("0.750000000")));
    assertThat(ranking.excluded()).isEmpty();
    assertThat(ranking.unscored()).isEmpty();
    assertThat(ranking.weights()).containsExactly(Map.entry(EXPORT, new BigDecimal("0.5")), Map.entry(COOPERATION, new BigDecimal("0.3")),
        Map.entry(COST, new BigDecimal("0.2")));
  }

  @Test
  void theTopIncludesEveryCandidateTiedAtTheBoundary() {
    Ranking ranking = Ranking.of(scored().build());
    assertThat(ranking.top(1)).containsExactly(A, D);
    assertThat(ranking.top(2)).containsExactly(A, D);
    assertThat(ranking.top(3)).containsExactly(A, D, B);
    assertThat(ranking.top(0)).isEmpty();
    assertThatThrownBy(() -> ranking.top(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void candidatesThatFailedIdentificationOrLackAScoreAreListedNotRanked() {
    SelectionExercise x = scored()
        .addCandidates(nominated(CandidateId.of("e")), nominated(CandidateId.of("f")))
        .addIdentificationResults(IdentificationResult.of(CandidateId.of("e"), CRITICAL_MASS, false, "12 establishments"))
        .addIdentificationResults(IdentificationResult.of(CandidateId.of("f"), CRITICAL_MASS, true, "300 establishments"))
        .addScores(score(CandidateId.of("f"), EXPORT, 5), Score.notScored(CandidateId.of("f"), COOPERATION, "no workshop held"))
        .build();
    Ranking ranking = Ranking.of(x);
    assertThat(ranking.excluded()).containsExactly(CandidateId.of("e"));
    assertThat(ranking.unscored()).containsExactly(CandidateId.of("f"));
    assertThat(ranking.entries()).extracting(RankEntry::candidate).containsExactly(A, D, B, C);
  }

  @Test
  void refusesToRankWithoutWeightsScalesOrWithAScoreOffItsScale() {
    SelectionExercise unweighted = SelectionExercise.builder().id(SelectionExerciseId.of("x")).title("x")
        .addPrioritisationCriteria(PrioritisationCriterion.builder().id(EXPORT).name("Export potential").build()).build();
    assertThatThrownBy(() -> Ranking.of(unweighted)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weighted");
    SelectionExercise unscaled = SelectionExercise.builder().id(SelectionExerciseId.of("x")).title("x")
        .addPrioritisationCriteria(PrioritisationCriterion.builder().id(EXPORT).name("Export potential").weight(BigDecimal.ONE).build()).build();
    assertThatThrownBy(() -> Ranking.of(unscaled)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no scale");
    SelectionExercise offScale = SelectionExercise.builder().from(scored().build()).scores(List.of()).addScores(score(A, EXPORT, 6)).build();
    assertThatThrownBy(() -> Ranking.of(offScale)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selection.score-scale");
  }

  @Test
  void aSelectionOnATieChangesWithEveryMoveOfAWeight() {
    // Top 1 is {a, d}, tied. Export up favours a (0.8095 against 0.7976), down favours d (0.8026 against 0.7895);
    // cooperation up favours d, down a; cost up favours d, down a.
    Sensitivity sensitivity = Sensitivity.of(scored().build(), 1, Sensitivity.DEFAULT_STEP);
    assertThat(sensitivity.selected()).containsExactly(A, D);
    assertThat(sensitivity.shifts()).extracting(WeightShift::criterion, WeightShift::factor, WeightShift::selected, WeightShift::changesSelection)
        .containsExactly(tuple(EXPORT, new BigDecimal("1.10"), java.util.Set.of(A), true), tuple(EXPORT, new BigDecimal("0.90"), java.util.Set.of(D), true),
            tuple(COOPERATION, new BigDecimal("1.10"), java.util.Set.of(D), true), tuple(COOPERATION, new BigDecimal("0.90"), java.util.Set.of(A), true),
            tuple(COST, new BigDecimal("1.10"), java.util.Set.of(D), true), tuple(COST, new BigDecimal("0.90"), java.util.Set.of(A), true));
    assertThat(sensitivity.isStable()).isFalse();
  }

  @Test
  void aSelectionOfTwoSurvivesEveryMoveOfTenPercent() {
    // b's best total after a move is 0.7816 (cooperation up), below a's and d's least, 0.7895 (export down).
    Sensitivity sensitivity = Sensitivity.of(scored().build(), 2, Sensitivity.DEFAULT_STEP);
    assertThat(sensitivity.shifts()).hasSize(6).allSatisfy(s -> assertThat(s.selected()).containsExactlyInAnyOrder(A, D));
    assertThat(sensitivity.isStable()).isTrue();
  }

  @Test
  void movedWeightsAreScaledBackToOne() {
    WeightShift up = Sensitivity.of(scored().build(), 2, Sensitivity.DEFAULT_STEP).shifts().get(0);
    // 0.55, 0.3, 0.2 over 1.05
    assertThat(up.weights().get(EXPORT).doubleValue()).isEqualTo(0.55 / 1.05, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(up.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())
        .isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
  }

  @Test
  void theDecisionsSensitivityCountsItsSelection() {
    SelectionExercise x = scored().decision(SelectionDecision.builder().date(org.cnd.core.time.PartialDate.ofYear(2003))
        .addSelected(A, D, B).reason("highest totals").build()).build();
    assertThat(Sensitivity.of(x).count()).isEqualTo(3);
    assertThatThrownBy(() -> Sensitivity.of(x, 1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sensitivity.of(x, -1, Sensitivity.DEFAULT_STEP)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ranksAreNonDecreasingTotalsNonIncreasingAndEqualTotalsShareARank() {
    qt().withExamples(200).forAll(lists().of(integers().between(1, 5)).ofSize(12)).checkAssert(values -> {
      SelectionExercise.Builder b = SelectionExercise.builder().from(scored().build()).scores(List.of());
      CandidateId[] candidates = {A, B, C, D};
      CriterionId[] criteria = {EXPORT, COOPERATION, COST};
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 3; j++) {
          b.addScores(score(candidates[i], criteria[j], values.get(i * 3 + j)));
        }
      }
      List<RankEntry> entries = Ranking.of(b.build()).entries();
      assertThat(entries).hasSize(4);
      assertThat(entries.get(0).rank()).isEqualTo(1);
      for (int i = 1; i < entries.size(); i++) {
        int cmp = entries.get(i).total().get().compareTo(entries.get(i - 1).total().get());
        assertThat(cmp).isLessThanOrEqualTo(0);
        assertThat(entries.get(i).rank()).isEqualTo(cmp == 0 ? entries.get(i - 1).rank() : i + 1);
      }
    });
  }
}
