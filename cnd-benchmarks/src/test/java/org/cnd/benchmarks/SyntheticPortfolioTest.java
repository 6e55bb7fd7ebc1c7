package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class SyntheticPortfolioTest {
  private static final Portfolio THOUSAND = SyntheticPortfolio.generate(1000);

  @Test
  void validatesClean() {
    ValidationReport report = THOUSAND.validate();
    // The synthetic data records no selection exercise, as documents written before them do: the diagnostic's
    // entries are warned about (lifecycle.selection-recorded), and nothing else is reported.
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(v -> v.ruleId()).containsOnly("lifecycle.selection-recorded");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void smallAndOddSizesValidateCleanToo() {
    for (int clusters : new int[] {1, 7, 26, 51, 333}) {
      Portfolio p = SyntheticPortfolio.generate(clusters);
      assertThat(p.clusters()).hasSize(clusters);
      assertThat(p.validate().violations()).as(clusters + " clusters")
          .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("lifecycle.selection-recorded"));
    }
  }

  @Test
  void isDeterministic() {
    Portfolio again = SyntheticPortfolio.generate(1000);
    assertThat(again).isEqualTo(THOUSAND);
    assertThat(Documents.library().write(again)).isEqualTo(Documents.library().write(THOUSAND));
  }

  @Test
  void hasTheDocumentedProportions() {
    assertThat(THOUSAND.clusters()).hasSize(1000);
    assertThat(THOUSAND.programmes()).hasSize(40);
    assertThat(THOUSAND.organisations()).hasSize(4 + 4 * 10 + 250);
    assertThat(THOUSAND.people()).hasSize(250 + 40);
    assertThat(THOUSAND.engagements()).hasSize(700);
    assertThat(THOUSAND.diagnosticStudies()).hasSize(625);
    assertThat(THOUSAND.actionPlans()).hasSize(574);
    assertThat(THOUSAND.indicators()).hasSize(1275);
    assertThat(THOUSAND.trainings()).hasSize(40);
    assertThat(THOUSAND.linkages()).hasSize(100);
    assertThat(THOUSAND.reports()).hasSize(100);
    assertThat(THOUSAND.queries().clustersInSeveralProgrammes()).hasSize(100);

    Map<Phase, Long> phases = THOUSAND.engagements().stream()
        .map(e -> e.currentPhase().orElseThrow())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(phases).containsEntry(Phase.SELECTION, 50L)
        .containsEntry(Phase.DIAGNOSTIC, 100L)
        .containsEntry(Phase.ACTION_PLANNING, 100L)
        .containsEntry(Phase.IMPLEMENTATION, 200L)
        .containsEntry(Phase.MONITORING_AND_EVALUATION, 150L)
        .containsEntry(Phase.EXIT, 50L)
        .containsEntry(Phase.SUSPENDED, 25L)
        .containsEntry(Phase.DISCONTINUED, 25L);
    assertThat(THOUSAND.engagements().stream().mapToInt(e -> e.phaseHistory().size()).sum())
        .as("phase changes").isGreaterThan(2000);
    assertThat(THOUSAND.engagements()).extracting(Engagement::cluster).doesNotHaveDuplicates();
  }

  @Test
  void refusesANonPositiveSize() {
    assertThatThrownBy(() -> SyntheticPortfolio.generate(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
