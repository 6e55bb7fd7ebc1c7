package org.cnd.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.COORDINATOR;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.draftStudy;
import static org.cnd.core.testing.MethodologyFixtures.endorsedPlan;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.measuredIndicator;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;

import java.util.List;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each guard allowed and refused, at its boundary date. */
class GuardTest {
  private static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("study");
  private static final ActionPlanId PLAN = ActionPlanId.of("plan");

  private static Engagement in(Phase phase, PartialDate at) {
    // An engagement that entered the phase before the guard's phase at a date well before the moves tested.
    List<Phase> walk = List.of(Phase.SELECTION, Phase.DIAGNOSTIC, Phase.ACTION_PLANNING, Phase.IMPLEMENTATION,
        Phase.MONITORING_AND_EVALUATION);
    Engagement.Builder b = Engagement.builder().from(newEngagement());
    for (Phase p : walk.subList(0, walk.indexOf(phase) + 1)) {
      b.addPhaseHistory(PhaseChange.of(p, at));
    }
    return b.build();
  }

  @Test
  void eachGuardedPhaseHasItsGuardAndRule() {
    assertThat(Guard.of(Phase.DIAGNOSTIC)).contains(Guard.CDA_ASSIGNED);
    assertThat(Guard.of(Phase.ACTION_PLANNING)).contains(Guard.ENDORSED_STUDY);
    assertThat(Guard.of(Phase.IMPLEMENTATION)).contains(Guard.ENDORSED_PLAN);
    assertThat(Guard.of(Phase.EXIT)).contains(Guard.EXIT_READY);
    assertThat(Guard.of(Phase.SELECTION)).isEmpty();
    assertThat(Guard.of(Phase.MONITORING_AND_EVALUATION)).isEmpty();
    assertThat(Guard.of(Phase.SUSPENDED)).isEmpty();
    assertThat(Guard.of(Phase.DISCONTINUED)).isEmpty();
    assertThat(List.of(Guard.values())).allSatisfy(g -> assertThat(Guard.of(g.phase())).contains(g));
    assertThat(Guard.ENDORSED_PLAN.phase()).isEqualTo(Phase.IMPLEMENTATION);
    assertThat(List.of(Guard.values())).extracting(g -> g.rule().id())
        .containsExactly("lifecycle.guard-cda", "lifecycle.guard-endorsed-study", "lifecycle.guard-endorsed-plan", "lifecycle.guard-exit");
  }

  @Nested
  class CdaAssigned {
    private final Engagement selected = in(Phase.SELECTION, d("2004"));

    @Test
    void refusedWithoutACda() {
      Refusal refusal = selected.moveTo(Phase.DIAGNOSTIC, d("2005-06"), Evidence.none()).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
      assertThat(refusal.missing()).containsExactly("a CDA on the team of engagement " + ENGAGEMENT + " at 2005-06");
      assertThat(refusal.message()).contains("found no team member in role cda");
    }

    @Test
    void refusedWithOtherRolesOnly() {
      Engagement e = selected.withTeamMember(TeamMember.of(COORDINATOR, TeamRole.PROJECT_COORDINATOR))
          .withTeamMember(TeamMember.of(SMEDA, TeamRole.COUNTERPART));
      assertThat(e.moveTo(Phase.DIAGNOSTIC, d("2005-06"), Evidence.none()).refusal().orElseThrow().rule())
          .isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
    }

    @Test
    void allowedWithAnUndatedCdaPersonOrOrganisation() {
      assertThat(selected.withTeamMember(TeamMember.of(CDA, TeamRole.CDA)).moveTo(Phase.DIAGNOSTIC, d("2005"), Evidence.none())
          .isMoved()).isTrue();
      assertThat(selected.withTeamMember(TeamMember.of(SMEDA, TeamRole.CDA)).moveTo(Phase.DIAGNOSTIC, d("2005"), Evidence.none())
          .isMoved()).isTrue();
    }

    @Test
    void holdsFromTheFirstDayTheCdaMayBeOnTheTeam() {
      Engagement e = selected.withTeamMember(
          TeamMember.builder().person(CDA).role(TeamRole.CDA).period(DateRange.of(d("2005-06"), d("2006"))).build());
      assertThat(e.moveTo(Phase.DIAGNOSTIC, d("2005-06-01"), Evidence.none()).isMoved()).isTrue();
      assertThat(e.moveTo(Phase.DIAGNOSTIC, d("2005-06"), Evidence.none()).isMoved()).isTrue();
      Refusal before = e.moveTo(Phase.DIAGNOSTIC, d("2005-05-31"), Evidence.none()).refusal().orElseThrow();
      assertThat(before.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
      assertThat(before.message()).contains("CDA " + CDA + " on the team only 2005-06/2006");
    }

    @Test
    void namesAnOrganisationInRoleCdaThatIsOnTheTeamAtAnotherTime() {
      Engagement e = selected.withTeamMember(
          TeamMember.builder().organisation(SMEDA).role(TeamRole.CDA).period(DateRange.of(d("2006"), d("2007"))).build());
      Refusal refusal = e.moveTo(Phase.DIAGNOSTIC, d("2005"), Evidence.none()).refusal().orElseThrow();
      assertThat(refusal.message()).contains("CDA " + SMEDA + " on the team only 2006/2007");
    }

    @Test
    void holdsUntilTheLastDayTheCdaMayBeOnTheTeam() {
      Engagement e = selected.withTeamMember(
          TeamMember.builder().person(CDA).role(TeamRole.CDA).period(DateRange.of(d("2004-01"), d("2005-05"))).build());
      assertThat(e.moveTo(Phase.DIAGNOSTIC, d("2005-05-31"), Evidence.none()).isMoved()).isTrue();
      assertThat(e.moveTo(Phase.DIAGNOSTIC, d("2005-06-01"), Evidence.none()).refusal().orElseThrow().rule())
          .isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
    }
  }

  @Nested
  class EndorsedStudy {
    private final Engagement diagnosing = in(Phase.DIAGNOSTIC, d("2004"));

    @Test
    void refusedWithoutAStudy() {
      Refusal refusal = diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-06"), Evidence.none()).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY);
      assertThat(refusal.missing()).containsExactly("a diagnostic study of cluster " + CLUSTER + " endorsed no later than 2005-06");
      assertThat(refusal.message()).endsWith("found no study of the cluster");
    }

    @Test
    void refusedWithADraftOrOnlyValidatedStudy() {
      DiagnosticStudy validated = DiagnosticStudy.builder().from(endorsedStudy(STUDY, CLUSTER, d("2005"))).endorsement(
          java.util.Optional.empty()).build();
      Evidence evidence = Evidence.builder().addStudies(draftStudy(DiagnosticStudyId.of("draft"), CLUSTER), validated).build();
      Refusal refusal = diagnosing.moveTo(Phase.ACTION_PLANNING, d("2006"), evidence).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY);
      assertThat(refusal.message()).contains("study draft not endorsed; study study not endorsed");
    }

    @Test
    void refusedWithAStudyOfAnotherCluster() {
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005"))).build();
      assertThat(diagnosing.moveTo(Phase.ACTION_PLANNING, d("2006"), evidence).refusal().orElseThrow().rule())
          .isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY);
    }

    @Test
    void holdsFromTheDayOfTheEndorsement() {
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, CLUSTER, d("2005-06-15"))).build();
      assertThat(diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-06-15"), evidence).isMoved()).isTrue();
      Refusal before = diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-06-14"), evidence).refusal().orElseThrow();
      assertThat(before.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY);
      assertThat(before.message()).contains("study study endorsed 2005-06-15");
    }

    @Test
    void holdsOnPartialDateBounds() {
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, CLUSTER, d("2005-06"))).build();
      assertThat(diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-06-01"), evidence).isMoved()).as("may be the same day").isTrue();
      assertThat(diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-Q2"), evidence).isMoved()).isTrue();
      assertThat(diagnosing.moveTo(Phase.ACTION_PLANNING, d("2005-05-31"), evidence).isMoved()).as("certainly before").isFalse();
    }

    @Test
    void isCheckedAgainOnAPlanRevision() {
      Engagement monitoring = in(Phase.MONITORING_AND_EVALUATION, d("2004"));
      assertThat(monitoring.moveTo(Phase.ACTION_PLANNING, d("2006"), Evidence.none()).refusal().orElseThrow().rule())
          .isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY);
    }
  }

  @Nested
  class EndorsedPlan {
    private final Engagement planning = in(Phase.ACTION_PLANNING, d("2004"));

    private Evidence evidence(PartialDate studyEndorsed, PartialDate planEndorsed) {
      return Evidence.builder()
          .addStudies(endorsedStudy(STUDY, CLUSTER, studyEndorsed))
          .addPlans(endorsedPlan(PLAN, CLUSTER, STUDY, planEndorsed))
          .build();
    }

    @Test
    void holdsFromTheLaterOfTheTwoEndorsements() {
      Evidence evidence = evidence(d("2005-03-01"), d("2005-06-15"));
      assertThat(planning.moveTo(Phase.IMPLEMENTATION, d("2005-06-15"), evidence).isMoved()).isTrue();
      Refusal before = planning.moveTo(Phase.IMPLEMENTATION, d("2005-06-14"), evidence).refusal().orElseThrow();
      assertThat(before.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_PLAN);
      assertThat(before.message()).contains("plan plan endorsed 2005-06-15");
    }

    @Test
    void refusedWhileTheBasisIsNotYetEndorsed() {
      Evidence evidence = evidence(d("2005-09"), d("2005-06"));
      Refusal refusal = planning.moveTo(Phase.IMPLEMENTATION, d("2005-07"), evidence).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_PLAN);
      assertThat(refusal.message()).contains("plan plan based on study study endorsed 2005-09");
      assertThat(planning.moveTo(Phase.IMPLEMENTATION, d("2005-09"), evidence).isMoved()).isTrue();
    }

    @Test
    void refusedWithADraftPlan() {
      ActionPlan draft = ActionPlan.builder().from(endorsedPlan(PLAN, CLUSTER, STUDY, d("2005")))
          .endorsement(java.util.Optional.empty()).build();
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, CLUSTER, d("2005"))).addPlans(draft).build();
      Refusal refusal = planning.moveTo(Phase.IMPLEMENTATION, d("2006"), evidence).refusal().orElseThrow();
      assertThat(refusal.message()).contains("plan plan not endorsed");
    }

    @Test
    void refusedWithAPlanWithoutBasisOrWithABasisNotAtHand() {
      ActionPlan noBasis = ActionPlan.builder().from(endorsedPlan(PLAN, CLUSTER, STUDY, d("2005")))
          .basis(java.util.Optional.empty()).build();
      Refusal refusal = planning.moveTo(Phase.IMPLEMENTATION, d("2006"), Evidence.builder().addPlans(noBasis).build())
          .refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_PLAN);
      assertThat(refusal.message()).contains("plan plan without a basis");

      Evidence basisElsewhere = Evidence.builder().addStudies(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005")))
          .addPlans(endorsedPlan(PLAN, CLUSTER, STUDY, d("2005"))).build();
      assertThat(planning.moveTo(Phase.IMPLEMENTATION, d("2006"), basisElsewhere).refusal().orElseThrow().message())
          .contains("not a study of the cluster at hand");
    }

    @Test
    void refusedWithAPlanOfAnotherCluster() {
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005")))
          .addPlans(endorsedPlan(PLAN, OTHER_CLUSTER, STUDY, d("2005"))).build();
      Refusal refusal = planning.moveTo(Phase.IMPLEMENTATION, d("2006"), evidence).refusal().orElseThrow();
      assertThat(refusal.message()).endsWith("found no plan of the cluster");
    }

    @Test
    void theBasisIsTheStudyThePlanNamesNotAnyStudyOfTheCluster() {
      // An endorsed study of the cluster comes first, but the plan is based on another one, still a draft.
      Evidence evidence = Evidence.builder()
          .addStudies(endorsedStudy(DiagnosticStudyId.of("earlier"), CLUSTER, d("2004")), draftStudy(STUDY, CLUSTER))
          .addPlans(endorsedPlan(PLAN, CLUSTER, STUDY, d("2005"))).build();
      Refusal refusal = planning.moveTo(Phase.IMPLEMENTATION, d("2006"), evidence).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_ENDORSED_PLAN);
      assertThat(refusal.message()).contains("plan plan based on study study not endorsed");
    }

    @Test
    void anyEndorsedPlanOfTheClusterWillDo() {
      ActionPlan draft = ActionPlan.builder().from(endorsedPlan(ActionPlanId.of("draft"), CLUSTER, STUDY, d("2005")))
          .endorsement(java.util.Optional.empty()).build();
      Evidence evidence = Evidence.builder().addStudies(endorsedStudy(STUDY, CLUSTER, d("2005")))
          .addPlans(draft, endorsedPlan(PLAN, CLUSTER, STUDY, d("2005"))).build();
      assertThat(planning.moveTo(Phase.IMPLEMENTATION, d("2006"), evidence).isMoved()).isTrue();
    }
  }

  @Nested
  class ExitReady {
    private final Engagement monitoring = in(Phase.MONITORING_AND_EVALUATION, d("2004"));
    private final IndicatorId indicator = IndicatorId.of("firms-exporting");

    private Engagement withBody(PartialDate formed) {
      return monitoring.withGovernanceBody(GovernanceBody.of("Cluster committee", formed));
    }

    private Evidence measured(PartialDate at) {
      return Evidence.builder().addIndicators(measuredIndicator(indicator, ENGAGEMENT, CLUSTER, at)).build();
    }

    @Test
    void refusedWithNeitherBodyNorMeasurementNamingBoth() {
      Refusal refusal = monitoring.moveTo(Phase.EXIT, d("2008"), Evidence.none()).refusal().orElseThrow();
      assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_EXIT);
      assertThat(refusal.missing()).containsExactly("a governance body formed, or a handover dated, no later than 2008",
          "a measurement of an indicator of engagement " + ENGAGEMENT + " dated no later than 2008");
      assertThat(refusal.message()).contains("found no governance body; no indicator of the engagement or its cluster");
    }

    @Test
    void holdsFromTheLaterOfFormationAndMeasurement() {
      Engagement e = withBody(d("2007-03-01"));
      Evidence evidence = measured(d("2007-05-20"));
      assertThat(e.moveTo(Phase.EXIT, d("2007-05-20"), evidence).isMoved()).isTrue();
      Refusal before = e.moveTo(Phase.EXIT, d("2007-05-19"), evidence).refusal().orElseThrow();
      assertThat(before.missing()).containsExactly(
          "a measurement of an indicator of engagement " + ENGAGEMENT + " dated no later than 2007-05-19");
      assertThat(before.message()).contains("measurements only from 2007-05-20 on");

      Engagement late = withBody(d("2007-06"));
      Refusal bodyLate = late.moveTo(Phase.EXIT, d("2007-05-31"), evidence).refusal().orElseThrow();
      assertThat(bodyLate.missing()).containsExactly("a governance body formed, or a handover dated, no later than 2007-05-31");
      assertThat(bodyLate.message()).contains("governance body \"Cluster committee\" formed 2007-06");
      assertThat(late.moveTo(Phase.EXIT, d("2007-06-01"), evidence).isMoved()).isTrue();
    }

    @Test
    void aHandoverDatedByThenIsEvidenceBesideTheGovernanceBody() {
      Evidence evidence = measured(d("2007-01"));
      Handover handover = Handover.builder().date(d("2007-04"))
          .addTakeovers(Takeover.of(org.cnd.core.id.OrganisationId.of("psic"), "funding the CDA")).build();
      Engagement handedOver = monitoring.withHandover(handover);
      assertThat(monitoring.moveTo(Phase.EXIT, d("2007-04"), evidence).isMoved()).isFalse();
      assertThat(handedOver.moveTo(Phase.EXIT, d("2007-04"), evidence).isMoved()).isTrue();
      Refusal early = handedOver.moveTo(Phase.EXIT, d("2007-03"), evidence).refusal().orElseThrow();
      assertThat(early.missing()).containsExactly("a governance body formed, or a handover dated, no later than 2007-03");
      assertThat(early.message()).contains("no governance body; a handover dated 2007-04");
      // An undated handover counts at every date, as an undated body does; the measurement is still needed.
      Engagement undated = monitoring.withHandover(Handover.builder().from(handover).date(java.util.Optional.empty()).build());
      assertThat(undated.moveTo(Phase.EXIT, d("2007-01"), evidence).isMoved()).isTrue();
      assertThat(undated.moveTo(Phase.EXIT, d("2006"), evidence).refusal().orElseThrow().missing())
          .containsExactly("a measurement of an indicator of engagement " + ENGAGEMENT + " dated no later than 2006");
    }

    @Test
    void anUndatedBodyCounts() {
      Engagement e = monitoring.withGovernanceBody(GovernanceBody.builder().name("Cluster committee").build());
      assertThat(e.moveTo(Phase.EXIT, d("2008"), measured(d("2007"))).isMoved()).isTrue();
    }

    @Test
    void anIndicatorWithoutMeasurementsDoesNotCount() {
      Indicator empty = Indicator.builder().from(measuredIndicator(indicator, ENGAGEMENT, CLUSTER, d("2007")))
          .measurements(List.of()).build();
      Refusal refusal = withBody(d("2006")).moveTo(Phase.EXIT, d("2008"), Evidence.builder().addIndicators(empty).build())
          .refusal().orElseThrow();
      assertThat(refusal.message()).contains("found no measurement of its indicators");
    }

    @Test
    void indicatorsOfAnotherEngagementDoNotCountButThoseOfTheClusterDo() {
      Engagement e = withBody(d("2006"));
      Evidence other = Evidence.builder()
          .addIndicators(measuredIndicator(indicator, EngagementId.of("another"), CLUSTER, d("2007"))).build();
      assertThat(e.moveTo(Phase.EXIT, d("2008"), other).refusal().orElseThrow().rule()).isEqualTo(Rule.LIFECYCLE_GUARD_EXIT);

      Indicator ofCluster = Indicator.builder().from(measuredIndicator(indicator, ENGAGEMENT, CLUSTER, d("2007")))
          .engagement(java.util.Optional.empty()).build();
      assertThat(e.moveTo(Phase.EXIT, d("2008"), Evidence.builder().addIndicators(ofCluster).build()).isMoved()).isTrue();

      Indicator ofOtherCluster = Indicator.builder().from(ofCluster).cluster(OTHER_CLUSTER).build();
      assertThat(e.moveTo(Phase.EXIT, d("2008"), Evidence.builder().addIndicators(ofOtherCluster).build()).isMoved()).isFalse();
    }

    @Test
    void aMeasurementOverAPeriodCountsFromTheEndOfThePeriod() {
      Indicator overPeriod = Indicator.builder().from(measuredIndicator(indicator, ENGAGEMENT, CLUSTER, d("2007")))
          .measurements(List.of(Measurement.of(IndicatorValue.of(3), DateRange.of(d("2006"), d("2007-06"))))).build();
      Evidence evidence = Evidence.builder().addIndicators(overPeriod).build();
      Engagement e = withBody(d("2006"));
      assertThat(e.moveTo(Phase.EXIT, d("2007-06-01"), evidence).isMoved()).isTrue();
      assertThat(e.moveTo(Phase.EXIT, d("2007-05-31"), evidence).isMoved()).isFalse();
    }
  }

  @Test
  void holdsAndMissingAnswerWithoutMoving() {
    Engagement e = newEngagement();
    assertThat(Guard.CDA_ASSIGNED.holds(e, d("2005"), Evidence.none())).isFalse();
    assertThat(Guard.CDA_ASSIGNED.missing(e, d("2005"), Evidence.none())).hasSize(1);
    Engagement withCda = e.withTeamMember(TeamMember.of(CDA, TeamRole.CDA));
    assertThat(Guard.CDA_ASSIGNED.holds(withCda, d("2005"), Evidence.none())).isTrue();
    assertThat(Guard.CDA_ASSIGNED.missing(withCda, d("2005"), Evidence.none())).isEmpty();
  }

  @Test
  void resumingIntoAGuardedPhaseChecksTheGuardAgain() {
    Engagement cdaLeft = in(Phase.SELECTION, d("2004"))
        .withTeamMember(TeamMember.builder().person(CDA).role(TeamRole.CDA).period(DateRange.of(d("2004"), d("2005-06"))).build());
    Engagement diagnosing = cdaLeft.moveTo(Phase.DIAGNOSTIC, d("2005-01"), Evidence.none()).orElseThrow();
    Engagement suspended = diagnosing.suspend(d("2005-03"), "Funding delayed").orElseThrow();
    Refusal refusal = suspended.resume(d("2005-07"), Evidence.none()).refusal().orElseThrow();
    assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_GUARD_CDA);
    assertThat(suspended.resume(d("2005-06"), Evidence.none()).isMoved()).isTrue();
  }

  @Test
  void approvalsCountOnTheirOwnDate() {
    Approval a = Approval.of(d("2005-06"), "Cluster committee");
    assertThat(a.isBy(d("2005-06-01"))).isTrue();
    assertThat(a.isBy(d("2005-05-31"))).isFalse();
    assertThat(a.isBy(d("2005"))).isTrue();
  }
}
