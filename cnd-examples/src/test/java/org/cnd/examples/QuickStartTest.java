package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.id.EngagementId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.validation.ValidationReport;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void theTourReportsTheDanglingReference() {
    ValidationReport report = QuickStart.run().broken();
    assertThat(report.violations()).hasSize(1);
    assertThat(report.violations().get(0).ruleId()).isEqualTo("reference.organisation");
    assertThat(report.violations().get(0).path()).isEqualTo("/programmes/0/participants/0/organisation");
  }

  @Test
  void theJsonRoundTripReportsTheSpoiltCountryCode() {
    DocumentReport report = QuickStart.run().spoilt();
    assertThat(report.isValid()).isFalse();
    Problem first = report.problems().get(0);
    assertThat(first.toString()).isEqualTo("ERROR place.country at /clusters/0/place/country (line 21, column 20): Invalid country "
        + "\"Pakistan\": expected an assigned ISO 3166-1 alpha-2 code in upper case, such as PK");
  }

  @Test
  void theLifecycleIsRefusedWithoutAnAgentThenMoves() {
    QuickStart.Lifecycle lifecycle = QuickStart.run().lifecycle();
    assertThat(lifecycle.refused().isMoved()).isFalse();
    assertThat(lifecycle.refused().refusal().orElseThrow().ruleId()).isEqualTo("lifecycle.guard-cda");
    assertThat(lifecycle.refused().toString()).startsWith("refused: lifecycle.guard-cda: Engagement multan-engagement "
        + "cannot enter diagnostic on 2004-10: expected a CDA");
    assertThat(lifecycle.diagnosing().engagement(EngagementId.of("multan-engagement")).orElseThrow().phaseHistory())
        .extracting(PhaseChange::phase).containsExactly(Phase.SELECTION, Phase.DIAGNOSTIC);
    // Valid; the one warning says that no selection exercise records how the cluster was selected.
    assertThat(lifecycle.report().isValid()).isTrue();
    assertThat(lifecycle.report().violations()).extracting(v -> v.severity() + " " + v.ruleId() + " " + v.path())
        .containsExactly("warning lifecycle.selection-recorded /engagements/0/phaseHistory/1");
  }
}
