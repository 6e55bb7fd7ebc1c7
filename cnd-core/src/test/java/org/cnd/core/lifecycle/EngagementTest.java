package org.cnd.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.engagementIn;
import static org.cnd.core.testing.MethodologyFixtures.fullEvidence;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.ready;

import java.util.List;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngagementTest {
  @Test
  void aMoveAddsTheChangeAndLeavesTheOriginalAlone() {
    Engagement before = ready(newEngagement());
    MoveResult result = before.moveTo(Phase.SELECTION, d("2002-01"), Evidence.none());

    assertThat(result).isInstanceOf(Moved.class);
    Moved moved = (Moved) result;
    assertThat(moved.change()).isEqualTo(PhaseChange.of(Phase.SELECTION, d("2002-01")));
    assertThat(moved.value().phaseHistory()).containsExactly(PhaseChange.of(Phase.SELECTION, d("2002-01")));
    assertThat(moved.engagement()).contains(moved.value());
    assertThat(moved.refusal()).isEmpty();
    assertThat(moved.toString()).isEqualTo("moved to selection on 2002-01");
    assertThat(before.phaseHistory()).isEmpty();
  }

  @Test
  void aRefusalIsAValueNamingTheRule() {
    Engagement noCda = Engagement.builder().from(engagementIn(Phase.SELECTION))
        .team(java.util.List.of(TeamMember.of(CDA, TeamRole.SPECIALIST))).build();
    MoveResult result = noCda.moveTo(Phase.DIAGNOSTIC, d("2002-02"), Evidence.none());

    assertThat(result).isInstanceOf(Refusal.class);
    Refusal refusal = (Refusal) result;
    assertThat(refusal.isMoved()).isFalse();
    assertThat(refusal.engagement()).isEmpty();
    assertThat(refusal.refusal()).contains(refusal);
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
    assertThat(refusal.ruleId()).isEqualTo("lifecycle.guard-cda");
    assertThat(refusal.engagementId()).isEqualTo(ENGAGEMENT);
    assertThat(refusal.from()).contains(Phase.SELECTION);
    assertThat(refusal.to()).isEqualTo(Phase.DIAGNOSTIC);
    assertThat(refusal.date()).isEqualTo(d("2002-02"));
    assertThat(refusal.toString()).startsWith("lifecycle.guard-cda: Engagement " + ENGAGEMENT + " cannot enter diagnostic on 2002-02");
    assertThat(refusal.toViolation("/engagements/0").path()).isEqualTo("/engagements/0");
    assertThat(noCda.phaseHistory()).hasSize(1);
  }

  @Test
  void orElseThrowThrowsTheRefusalsViolation() {
    MoveResult refused = newEngagement().moveTo(Phase.EXIT, d("2002"), Evidence.none());
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("lifecycle.transition"))
        .hasMessageContaining("cannot start in exit");
  }

  @Test
  void refusalsAreEqualByValue() {
    MoveResult a = newEngagement().moveTo(Phase.EXIT, d("2002"), Evidence.none());
    MoveResult b = newEngagement().moveTo(Phase.EXIT, d("2002"), Evidence.none());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    MoveResult c = newEngagement().moveTo(Phase.SELECTION, d("2002"), Evidence.none());
    assertThat(c).isEqualTo(newEngagement().moveTo(Phase.SELECTION, d("2002"), Evidence.none()))
        .hasSameHashCodeAs(newEngagement().moveTo(Phase.SELECTION, d("2002"), Evidence.none()));
    // Different moves and refusals are different values, with hashes that tell them apart.
    MoveResult later = newEngagement().moveTo(Phase.EXIT, d("2003"), Evidence.none());
    assertThat(a).isNotEqualTo(later).isNotEqualTo(c).isNotEqualTo("a refusal");
    assertThat(a.hashCode()).isNotEqualTo(later.hashCode());
    MoveResult d2003 = newEngagement().moveTo(Phase.SELECTION, d("2003"), Evidence.none());
    assertThat(c).isNotEqualTo(d2003).isNotEqualTo(a).isNotEqualTo("a move");
    assertThat(c.hashCode()).isNotEqualTo(d2003.hashCode()).isEqualTo(((Moved) c).value().hashCode());
  }

  @Test
  void theHistoryAnswersWhereTheEngagementIs() {
    Engagement e = engagementIn(Phase.IMPLEMENTATION);
    assertThat(e.currentPhase()).contains(Phase.IMPLEMENTATION);
    assertThat(e.entered(Phase.DIAGNOSTIC)).contains(d("2002-02"));
    assertThat(e.entered(Phase.EXIT)).isEmpty();
    assertThat(e.resumesTo()).isEmpty();
    assertThat(e.nextPhases()).containsExactlyInAnyOrder(Phase.MONITORING_AND_EVALUATION, Phase.SUSPENDED, Phase.DISCONTINUED);
    assertThat(newEngagement().currentPhase()).isEmpty();
    assertThat(newEngagement().nextPhases()).containsExactly(Phase.SELECTION);
  }

  @Test
  void aSuspensionRemembersThePhaseItLeftUntilResumed() {
    Engagement suspended = engagementIn(Phase.ACTION_PLANNING).suspend(d("2003"), "Earthquake").orElseThrow();
    assertThat(suspended.currentPhase()).contains(Phase.SUSPENDED);
    assertThat(suspended.resumesTo()).contains(Phase.ACTION_PLANNING);
    assertThat(suspended.phaseHistory().get(suspended.phaseHistory().size() - 1).reason()).contains("Earthquake");

    Engagement resumed = suspended.resume(d("2004"), fullEvidence()).orElseThrow();
    assertThat(resumed.currentPhase()).contains(Phase.ACTION_PLANNING);
    assertThat(resumed.resumesTo()).isEmpty();
  }

  @Test
  void teamAndGovernanceBodyAreAdded() {
    Engagement e = newEngagement().withTeamMember(TeamMember.of(CDA, TeamRole.CDA))
        .withGovernanceBody(GovernanceBody.of("Cluster committee", d("2004")));
    assertThat(e.team()).containsExactly(TeamMember.of(CDA, TeamRole.CDA));
    assertThat(e.governanceBody().orElseThrow().isFormedBy(d("2004-01-01"))).isTrue();
    assertThat(e.governanceBody().orElseThrow().isFormedBy(d("2003-12-31"))).isFalse();
  }

  @Test
  void aTeamMemberNamesSomebody() {
    assertThatThrownBy(() -> TeamMember.builder().role(TeamRole.CDA).build())
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("lifecycle.team-member"))
        .hasMessageContaining("names nobody");
  }

  @Test
  void requiredTextIsNotBlank() {
    assertThatThrownBy(() -> PhaseChange.suspension(d("2003"), " "))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank");
    assertThatThrownBy(() -> GovernanceBody.of("", d("2003")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank");
    assertThatThrownBy(() -> Engagement.builder().from(newEngagement()).description(" ").build())
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank");
  }

  @Test
  void evidenceOfTheThreeKindsOfDocument() {
    Evidence evidence = fullEvidence();
    assertThat(Evidence.of(evidence.studies(), evidence.plans(), evidence.indicators())).isEqualTo(evidence);
    assertThat(Evidence.of(List.of(), List.of(), List.of())).isEqualTo(Evidence.none());
  }

  @Test
  void optionalNotesAreNotBlankEither() {
    assertThatThrownBy(() -> PhaseChange.builder().phase(Phase.SELECTION).date(d("2003")).note("\t").build())
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank").hasMessageContaining("Blank note");
    assertThatThrownBy(() -> GovernanceBody.builder().name("Cluster committee").note(" ").build())
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank").hasMessageContaining("Blank note");
    assertThatThrownBy(() -> TeamMember.builder().person(CDA).role(TeamRole.CDA).note("").build())
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("text.blank").hasMessageContaining("Blank note");
    assertThat(PhaseChange.builder().phase(Phase.SELECTION).date(d("2003")).note("By the steering committee").build()
        .note()).contains("By the steering committee");
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void phasesHaveCodesAndKinds(Phase phase) {
    assertThat(Phase.fromCode(phase.code())).contains(phase);
    assertThat(phase.isActive()).isEqualTo(phase.ordinal() <= Phase.MONITORING_AND_EVALUATION.ordinal());
    assertThat(phase.isFinal()).isEqualTo(phase == Phase.EXIT || phase == Phase.DISCONTINUED);
    assertThat(phase.isActive() && phase.isFinal()).isFalse();
  }

  @Test
  void codesAreLowerSnakeCase() {
    assertThat(Phase.MONITORING_AND_EVALUATION.code()).isEqualTo("monitoring_and_evaluation");
    assertThat(TeamRole.CDA.code()).isEqualTo("cda");
    assertThat(TeamRole.fromCode("project_coordinator")).contains(TeamRole.PROJECT_COORDINATOR);
    assertThat(Phase.fromCode("trust_building")).isEmpty();
  }
}
