package org.cnd.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Severity;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SelectionRecordedCheckTest {
  private static final ClusterId FANS = ClusterId.of("gujrat-fans");
  private static final ClusterId CUTLERY = ClusterId.of("wazirabad-cutlery");

  // The pilot selection of 2001: fans selected, cutlery not (in this made-up variant).
  private static final SelectionExercise PILOT = SelectionExercise.builder().id(SelectionExerciseId.of("pilot-2001")).title("Pilot clusters")
      .addCandidates(Candidate.builder().id(CandidateId.of("fans")).cluster(FANS).origin(CandidateOrigin.NOMINATED).source("the counterparts").build())
      .decision(SelectionDecision.builder().date(PartialDate.ofYear(2001)).decidingBody("the Pakistani counterparts")
          .addSelected(CandidateId.of("fans")).reason("for their export potential").build())
      .build();

  private static Engagement engagement(String id, ClusterId cluster, PartialDate diagnostic) {
    return Engagement.builder().id(EngagementId.of(id)).programme(ProgrammeId.of("us-pak-01-099")).cluster(cluster)
        .addPhaseHistory(PhaseChange.of(Phase.SELECTION, PartialDate.ofYear(2001)), PhaseChange.of(Phase.DIAGNOSTIC, diagnostic))
        .build();
  }

  private static List<Violation> check(Engagement... engagements) {
    List<Violation> out = new ArrayList<>();
    SelectionRecordedCheck.checkSelectionRecorded(List.of(engagements), PILOT::selects, out::add);
    return out;
  }

  @Test
  void aDiagnosticForASelectedClusterIsClean() {
    assertThat(check(engagement("fans", FANS, PartialDate.ofMonth(2001, 10)))).isEmpty();
  }

  @Test
  void aDiagnosticForAClusterNoExerciseSelectedIsAWarning() {
    List<Violation> v = check(engagement("fans", FANS, PartialDate.ofMonth(2001, 10)), engagement("cutlery", CUTLERY, PartialDate.ofMonth(2001, 10)));
    assertThat(v).extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactly(tuple("lifecycle.selection-recorded", "/engagements/1/phaseHistory/1", Severity.WARNING));
    assertThat(v.get(0).message()).contains("wazirabad-cutlery", "2001-10");
  }

  @Test
  void aDiagnosticCertainlyBeforeTheDecisionIsAWarning() {
    assertThat(check(engagement("fans", FANS, PartialDate.ofMonth(2000, 12)))).extracting(Violation::ruleId)
        .containsExactly("lifecycle.selection-recorded");
  }

  @Test
  void onlyTheFirstEntryIntoTheDiagnosticIsChecked() {
    Engagement e = Engagement.builder().from(engagement("cutlery", CUTLERY, PartialDate.ofMonth(2001, 10)))
        .addPhaseHistory(PhaseChange.suspension(PartialDate.ofYear(2002), "floods"), PhaseChange.of(Phase.DIAGNOSTIC, PartialDate.ofYear(2003)))
        .build();
    assertThat(check(e)).hasSize(1);
  }
}
