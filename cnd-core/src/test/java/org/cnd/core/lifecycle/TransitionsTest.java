package org.cnd.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.lifecycle.Phase.ACTION_PLANNING;
import static org.cnd.core.lifecycle.Phase.DIAGNOSTIC;
import static org.cnd.core.lifecycle.Phase.DISCONTINUED;
import static org.cnd.core.lifecycle.Phase.EXIT;
import static org.cnd.core.lifecycle.Phase.IMPLEMENTATION;
import static org.cnd.core.lifecycle.Phase.MONITORING_AND_EVALUATION;
import static org.cnd.core.lifecycle.Phase.SELECTION;
import static org.cnd.core.lifecycle.Phase.SUSPENDED;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.engagementIn;
import static org.cnd.core.testing.MethodologyFixtures.fullEvidence;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.suspendedFrom;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cnd.core.validation.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The transition table, every pair allowed and refused, suspension and resumption, dates and reasons. */
class TransitionsTest {
  // The table as the methodology states it, written out independently of the class under test.
  private static final Map<Phase, Set<Phase>> EXPECTED = Map.of(
      SELECTION, EnumSet.of(DIAGNOSTIC, SUSPENDED, DISCONTINUED),
      DIAGNOSTIC, EnumSet.of(ACTION_PLANNING, SUSPENDED, DISCONTINUED),
      ACTION_PLANNING, EnumSet.of(IMPLEMENTATION, SUSPENDED, DISCONTINUED),
      IMPLEMENTATION, EnumSet.of(MONITORING_AND_EVALUATION, SUSPENDED, DISCONTINUED),
      MONITORING_AND_EVALUATION, EnumSet.of(EXIT, ACTION_PLANNING, SUSPENDED, DISCONTINUED),
      SUSPENDED, EnumSet.of(SELECTION, DIAGNOSTIC, ACTION_PLANNING, IMPLEMENTATION, MONITORING_AND_EVALUATION, DISCONTINUED),
      EXIT, EnumSet.noneOf(Phase.class),
      DISCONTINUED, EnumSet.noneOf(Phase.class));

  @Test
  void theTableHoldsExactlyTheStepsOfTheMethodology() {
    for (Phase from : Phase.values()) {
      assertThat(Transitions.table().get(from)).as("from %s", from).containsExactlyInAnyOrderElementsOf(EXPECTED.get(from));
    }
  }

  static Stream<Arguments> everyStepFromAnActivePhaseOrFinalPhase() {
    List<Arguments> out = new ArrayList<>();
    for (Phase from : Phase.values()) {
      if (from == SUSPENDED) {
        continue;
      }
      for (Phase to : Phase.values()) {
        out.add(Arguments.of(from, to, EXPECTED.get(from).contains(to)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
  @MethodSource("everyStepFromAnActivePhaseOrFinalPhase")
  void everyStepIsAllowedOrRefusedAsTheTableSays(Phase from, Phase to, boolean allowed) {
    MoveResult result = engagementIn(from).moveTo(change(to, d("2010")), fullEvidence());

    assertThat(result.isMoved()).isEqualTo(allowed);
    assertThat(Transitions.isAllowed(from, to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(result.orElseThrow().currentPhase()).contains(to);
    } else {
      Refusal refusal = result.refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
      assertThat(refusal.from()).contains(from);
      assertThat(refusal.to()).isEqualTo(to);
      assertThat(refusal.message()).contains("cannot move from " + from.code() + " to " + to.code());
    }
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void anEngagementStartsInSelectionOnly(Phase first) {
    MoveResult result = newEngagement().moveTo(change(first, d("2002")), fullEvidence());

    assertThat(result.isMoved()).isEqualTo(first == SELECTION);
    if (first != SELECTION) {
      assertThat(result.refusal().orElseThrow().ruleId()).isEqualTo("lifecycle.transition");
      assertThat(result.refusal().orElseThrow().message()).contains("cannot start in " + first.code()).contains("expected one of selection");
      assertThat(result.refusal().orElseThrow().from()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Phase.class, names = {"SELECTION", "DIAGNOSTIC", "ACTION_PLANNING", "IMPLEMENTATION", "MONITORING_AND_EVALUATION"})
  void aSuspensionResumesOnlyToThePhaseItLeft(Phase left) {
    Engagement suspended = suspendedFrom(left);
    assertThat(suspended.resumesTo()).contains(left);
    assertThat(suspended.nextPhases()).containsExactlyInAnyOrder(left, DISCONTINUED);

    for (Phase to : EnumSet.range(SELECTION, MONITORING_AND_EVALUATION)) {
      MoveResult result = suspended.moveTo(change(to, d("2010")), fullEvidence());
      assertThat(result.isMoved()).as("resume to %s", to).isEqualTo(to == left);
      if (to != left) {
        assertThat(result.refusal().orElseThrow().rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
        assertThat(result.refusal().orElseThrow().message()).contains("the suspension left " + left.code());
      }
    }
    assertThat(suspended.resume(d("2010"), fullEvidence()).orElseThrow().currentPhase()).contains(left);
    assertThat(suspended.discontinue(d("2010"), "Overtaken by events").isMoved()).isTrue();
  }

  @Test
  void aSuspensionCannotBeSuspendedAgainNorResumedToExit() {
    Engagement suspended = suspendedFrom(MONITORING_AND_EVALUATION);
    assertThat(suspended.suspend(d("2010"), "Again").refusal().orElseThrow().rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
    assertThat(suspended.moveTo(EXIT, d("2010"), fullEvidence()).refusal().orElseThrow().rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
  }

  @Test
  void resumingAnEngagementThatIsNotSuspendedIsRefused() {
    Refusal refusal = engagementIn(DIAGNOSTIC).resume(d("2010"), fullEvidence()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
    assertThat(refusal.message()).contains("expected a suspended engagement, found phase diagnostic");
    assertThat(newEngagement().resume(d("2010"), fullEvidence()).refusal().orElseThrow().message()).contains("found no phase");
  }

  @ParameterizedTest
  @EnumSource(value = Phase.class, names = {"EXIT", "DISCONTINUED"})
  void nothingFollowsAFinalPhase(Phase last) {
    Engagement done = engagementIn(last);
    assertThat(done.nextPhases()).isEmpty();
    for (Phase to : Phase.values()) {
      Refusal refusal = done.moveTo(change(to, d("2010")), fullEvidence()).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
      assertThat(refusal.message()).contains(last.code() + " being final");
    }
  }

  @Test
  void aChangeDatedCertainlyBeforeTheLastIsRefused() {
    Engagement e = engagementIn(SELECTION); // selection in 2002-01

    Refusal refusal = e.moveTo(DIAGNOSTIC, d("2001-12-31"), fullEvidence()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_DATE_ORDER);
    assertThat(refusal.missing()).containsExactly("a date no earlier than 2002-01");
    assertThat(refusal.message()).contains("expected a date no earlier than its last phase change (2002-01)");
  }

  @Test
  void aChangeThatMayFallOnTheSameDayAsTheLastIsAllowed() {
    Engagement e = engagementIn(SELECTION); // selection in 2002-01
    assertThat(e.moveTo(DIAGNOSTIC, d("2002-01-01"), fullEvidence()).isMoved()).isTrue();
    assertThat(e.moveTo(DIAGNOSTIC, d("2002-01"), fullEvidence()).isMoved()).isTrue();
    assertThat(e.moveTo(DIAGNOSTIC, d("2002"), fullEvidence()).isMoved()).isTrue();
  }

  @Test
  void aDiscontinuationNeedsAReason() {
    Refusal refusal = engagementIn(DIAGNOSTIC).moveTo(DISCONTINUED, d("2010"), fullEvidence()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_REASON);
    assertThat(refusal.missing()).containsExactly("a reason for the discontinuation");

    Engagement discontinued = engagementIn(DIAGNOSTIC).discontinue(d("2010"), "Overtaken by events").orElseThrow();
    assertThat(discontinued.phaseHistory().get(discontinued.phaseHistory().size() - 1).reason()).contains("Overtaken by events");
  }

  @Test
  void onlySuspensionsAndDiscontinuationsGiveAReason() {
    PhaseChange withReason = PhaseChange.builder().phase(ACTION_PLANNING).date(d("2010")).reason("Because").build();
    Refusal refusal = engagementIn(DIAGNOSTIC).moveTo(withReason, fullEvidence()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_REASON);

    assertThat(engagementIn(DIAGNOSTIC).moveTo(SUSPENDED, d("2010"), fullEvidence()).isMoved()).as("no reason needed").isTrue();
    assertThat(engagementIn(DIAGNOSTIC).suspend(d("2010"), "Earthquake").isMoved()).isTrue();
  }

  @Test
  void theTableIsJudgedBeforeTheGuard() {
    // Selection to implementation breaks the table and, without evidence, the guard: the table is named.
    Refusal refusal = engagementIn(SELECTION).moveTo(IMPLEMENTATION, d("2010"), Evidence.none()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);

    var all = Transitions.refusals(engagementIn(SELECTION), PhaseState.of(engagementIn(SELECTION).phaseHistory()),
        PhaseChange.of(IMPLEMENTATION, d("2001")), Evidence.none());
    assertThat(all).extracting(Refusal::rule)
        .containsExactly(Rule.LIFECYCLE_TRANSITION, Rule.LIFECYCLE_DATE_ORDER, Rule.LIFECYCLE_GUARD_ENDORSED_PLAN);
  }

  @Test
  void aPlanRevisionGoesBackToActionPlanning() {
    Engagement revised = engagementIn(MONITORING_AND_EVALUATION).moveTo(ACTION_PLANNING, d("2010"), fullEvidence()).orElseThrow();
    assertThat(revised.currentPhase()).contains(ACTION_PLANNING);
    assertThat(revised.nextPhases()).contains(IMPLEMENTATION);
  }

  private static PhaseChange change(Phase phase, org.cnd.core.time.PartialDate date) {
    if (phase == DISCONTINUED) {
      return PhaseChange.discontinuation(date, "Overtaken by events");
    }
    return PhaseChange.of(phase, date);
  }
}
