package org.cnd.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.PROGRAMME;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedPlan;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.engagementIn;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.ready;
import static org.cnd.core.testing.MethodologyFixtures.world;
import static org.cnd.core.testing.MethodologyFixtures.worldWithFullEvidence;

import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.Intervention;
import org.cnd.core.programme.Programme;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The validator re-checks recorded histories with the same table and guards, at the recorded dates. */
class LifecycleChecksTest {
  private static ValidationReport validate(Portfolio p, Engagement e) {
    return p.withEngagement(e).validate();
  }

  private static Engagement withHistory(Engagement e, PhaseChange... changes) {
    return Engagement.builder().from(e).phaseHistory(List.of(changes)).build();
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void aHistoryWalkedThroughTheTableWithEvidencePasses(Phase phase) {
    assertThat(validate(worldWithFullEvidence(), engagementIn(phase)).isClean()).isTrue();
  }

  @Test
  void aStepOutsideTheTableIsReportedAtItsPhase() {
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2002")), PhaseChange.of(Phase.ACTION_PLANNING, d("2003")));
    List<Violation> found = validate(worldWithFullEvidence(), e).violationsOf(Rule.LIFECYCLE_TRANSITION);
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/engagements/0/phaseHistory/1/phase");
      assertThat(v.message()).contains("cannot move from selection to action_planning: expected one of diagnostic, suspended, discontinued");
    });
  }

  @Test
  void eachChangeIsJudgedAgainstTheOneRecordedBeforeIt() {
    // The wrong step is reported once; the steps after it are judged from where the record says it went.
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2002")), PhaseChange.of(Phase.IMPLEMENTATION, d("2003")),
        PhaseChange.of(Phase.MONITORING_AND_EVALUATION, d("2004")));
    assertThat(validate(worldWithFullEvidence(), e).violations()).extracting(Violation::path)
        .containsExactly("/engagements/0/phaseHistory/1/phase");
  }

  @Test
  void aHistoryStartsInSelection() {
    Engagement e = withHistory(ready(newEngagement()), PhaseChange.of(Phase.DIAGNOSTIC, d("2002")));
    assertThat(validate(worldWithFullEvidence(), e).violationsOf(Rule.LIFECYCLE_TRANSITION)).extracting(Violation::path)
        .containsExactly("/engagements/0/phaseHistory/0/phase");
  }

  @Test
  void aResumptionToAnotherPhaseIsReported() {
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2002")), PhaseChange.of(Phase.DIAGNOSTIC, d("2003")),
        PhaseChange.suspension(d("2004"), "Earthquake"), PhaseChange.of(Phase.ACTION_PLANNING, d("2005")));
    assertThat(validate(worldWithFullEvidence(), e).violationsOf(Rule.LIFECYCLE_TRANSITION)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("the suspension left diagnostic"));
  }

  @Test
  void datesOutOfOrderAreReportedAtTheDate() {
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2003")), PhaseChange.of(Phase.DIAGNOSTIC, d("2002")));
    assertThat(validate(worldWithFullEvidence(), e).violationsOf(Rule.LIFECYCLE_DATE_ORDER)).extracting(Violation::path)
        .containsExactly("/engagements/0/phaseHistory/1/date");
  }

  @Test
  void reasonsAreReportedAtTheReason() {
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2002")),
        PhaseChange.builder().phase(Phase.DIAGNOSTIC).date(d("2003")).reason("Because").build(),
        PhaseChange.of(Phase.DISCONTINUED, d("2004")));
    assertThat(validate(worldWithFullEvidence(), e).violationsOf(Rule.LIFECYCLE_REASON)).extracting(Violation::path)
        .containsExactly("/engagements/0/phaseHistory/1/reason", "/engagements/0/phaseHistory/2/reason");
  }

  @Test
  void guardsAreCheckedAtTheRecordedDates() {
    Engagement noCda = withHistory(newEngagement(),
        PhaseChange.of(Phase.SELECTION, d("2002")), PhaseChange.of(Phase.DIAGNOSTIC, d("2003")));
    assertThat(validate(worldWithFullEvidence(), noCda).violationsOf(Rule.LIFECYCLE_GUARD_CDA)).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/engagements/0/phaseHistory/1/phase"));
  }

  @Test
  void theStudyGuardHoldsFromTheEndorsementDayInRecordedHistoriesToo() {
    DiagnosticStudyId study = DiagnosticStudyId.of("s");
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2005")), PhaseChange.of(Phase.DIAGNOSTIC, d("2005-03")),
        PhaseChange.of(Phase.ACTION_PLANNING, d("2005-06-15")));
    Portfolio endorsedThatDay = world().withDiagnosticStudy(endorsedStudy(study, CLUSTER, d("2005-06-15")));
    Portfolio endorsedNextDay = world().withDiagnosticStudy(endorsedStudy(study, CLUSTER, d("2005-06-16")));
    assertThat(validate(endorsedThatDay, e).isClean()).isTrue();
    assertThat(validate(endorsedNextDay, e).violationsOf(Rule.LIFECYCLE_GUARD_ENDORSED_STUDY)).singleElement()
        .satisfies(v -> {
          assertThat(v.path()).isEqualTo("/engagements/0/phaseHistory/2/phase");
          assertThat(v.message()).contains("study s endorsed 2005-06-16");
        });
  }

  @Test
  void thePlanAndExitGuardsAreCheckedAtTheRecordedDates() {
    DiagnosticStudyId study = DiagnosticStudyId.of("s");
    Portfolio p = world().withDiagnosticStudy(endorsedStudy(study, CLUSTER, d("2005")))
        .withActionPlan(endorsedPlan(ActionPlanId.of("p"), CLUSTER, study, d("2006-06")));
    Engagement e = withHistory(ready(newEngagement()),
        PhaseChange.of(Phase.SELECTION, d("2005")), PhaseChange.of(Phase.DIAGNOSTIC, d("2005")),
        PhaseChange.of(Phase.ACTION_PLANNING, d("2006")), PhaseChange.of(Phase.IMPLEMENTATION, d("2006-05")),
        PhaseChange.of(Phase.MONITORING_AND_EVALUATION, d("2007")), PhaseChange.of(Phase.EXIT, d("2008")));
    ValidationReport report = validate(p, e);
    assertThat(report.violationsOf(Rule.LIFECYCLE_GUARD_ENDORSED_PLAN)).extracting(Violation::path)
        .containsExactly("/engagements/0/phaseHistory/3/phase");
    assertThat(report.violationsOf(Rule.LIFECYCLE_GUARD_EXIT)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("a measurement of an indicator"));
  }

  @Test
  void referencesOfAnEngagementResolve() {
    Engagement e = Engagement.builder()
        .id(ENGAGEMENT)
        .programme(ProgrammeId.of("nowhere"))
        .cluster(ClusterId.of("nowhere"))
        .addTeam(TeamMember.builder().person(PersonId.of("nobody")).organisation(OrganisationId.of("no-org")).role(TeamRole.CDA).build())
        .governanceBody(GovernanceBody.builder().name("Committee").addMembers(OrganisationId.of("no-member")).build())
        .build();
    ValidationReport report = validate(world(), e);
    assertThat(report.violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("reference.programme", "/engagements/0/programme"),
        org.assertj.core.groups.Tuple.tuple("reference.cluster", "/engagements/0/cluster"),
        org.assertj.core.groups.Tuple.tuple("reference.person", "/engagements/0/team/0/person"),
        org.assertj.core.groups.Tuple.tuple("reference.organisation", "/engagements/0/team/0/organisation"),
        org.assertj.core.groups.Tuple.tuple("reference.organisation", "/engagements/0/governanceBody/members/0"));
  }

  @Test
  void aClusterOutsideTheProgrammesTargetsIsAWarning() {
    Portfolio p = world().withProgramme(Programme.builder().from(world().programme(PROGRAMME).orElseThrow())
        .targetClusters(List.of()).build());
    ValidationReport report = validate(p, newEngagement());
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("lifecycle.programme-target");
      assertThat(v.path()).isEqualTo("/engagements/0/cluster");
    });
    assertThat(validate(world(), newEngagement()).isClean()).isTrue();
  }

  // --- activities and phases ---

  private static Portfolio withActivity(Engagement e, ActivityKind kind, ActivityStatus status, String start) {
    Activity a = Activity.builder().id(ActivityId.of("a")).title("Joint stall at a trade fair").kind(kind)
        .intervention(Intervention.SOFT).status(status).period(DateRange.of(d(start), d("2009"))).build();
    DiagnosticStudyId study = DiagnosticStudyId.of("gujrat-fans-study");
    ActionPlan plan = ActionPlan.builder().from(endorsedPlan(ActionPlanId.of("p"), CLUSTER, study, d("2001")))
        .engagement(ENGAGEMENT).addActivities(a).build();
    return worldWithFullEvidence().withActionPlan(plan).withEngagement(e);
  }

  @Test
  void aPilotActivityMayStartFromTheDiagnosticOn() {
    Engagement e = engagementIn(Phase.IMPLEMENTATION); // diagnostic entered 2002-02, implementation 2002-04
    assertThat(withActivity(e, ActivityKind.PILOT, ActivityStatus.DONE, "2002-02-01").validate().isClean()).isTrue();
    ValidationReport early = withActivity(e, ActivityKind.PILOT, ActivityStatus.DONE, "2002-01-31").validate();
    assertThat(early.violationsOf(Rule.LIFECYCLE_ACTIVITY_PHASE)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/actionPlans/1/activities/0/period");
      assertThat(v.message()).contains("The pilot activity a of plan p starts 2002-01-31: expected no earlier than the diagnostic of engagement "
          + ENGAGEMENT + ", entered 2002-02");
    });
  }

  @Test
  void aStrategicActivityMayStartFromImplementationOn() {
    Engagement e = engagementIn(Phase.IMPLEMENTATION);
    assertThat(withActivity(e, ActivityKind.STRATEGIC, ActivityStatus.ONGOING, "2002-04").validate().isClean()).isTrue();
    assertThat(withActivity(e, ActivityKind.STRATEGIC, ActivityStatus.ONGOING, "2002-03").validate()
        .violationsOf(Rule.LIFECYCLE_ACTIVITY_PHASE)).hasSize(1);
  }

  @Test
  void anActivityStartedBeforeTheEngagementReachedItsPhaseIsReported() {
    Engagement e = engagementIn(Phase.SELECTION);
    assertThat(withActivity(e, ActivityKind.PILOT, ActivityStatus.ONGOING, "2003").validate()
        .violationsOf(Rule.LIFECYCLE_ACTIVITY_PHASE)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("which it has not entered"));
  }

  @Test
  void activitiesThatHaveNotStartedAreNotJudged() {
    Engagement e = engagementIn(Phase.SELECTION);
    assertThat(withActivity(e, ActivityKind.STRATEGIC, ActivityStatus.PLANNED, "2002").validate().isClean()).isTrue();
    assertThat(withActivity(e, ActivityKind.PILOT, ActivityStatus.DROPPED, "2002").validate().isClean()).isTrue();
  }

  @Test
  void checkHistoryWorksOnAnEngagementOutsideAPortfolio() {
    List<Violation> out = new java.util.ArrayList<>();
    Engagement e = withHistory(newEngagement().withTeamMember(TeamMember.of(CDA, TeamRole.CDA)),
        PhaseChange.of(Phase.SELECTION, d("2002")), PhaseChange.of(Phase.DIAGNOSTIC, d("2003")),
        PhaseChange.of(Phase.ACTION_PLANNING, d("2004")));
    org.cnd.core.checks.LifecycleChecks.checkHistory(e, Evidence.none(), i -> "/history/" + i, out::add);
    assertThat(out).extracting(Violation::ruleId, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("lifecycle.guard-endorsed-study", "/history/2/phase"));
  }
}
