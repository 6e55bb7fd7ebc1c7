package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.ASSOCIATION;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.COORDINATOR;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.PSIC;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.cnd.core.testing.MethodologyFixtures.UNIDO;
import static org.cnd.core.testing.MethodologyFixtures.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorProgress;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.testing.MethodologyFixtures;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The methodology walked end to end for the electric fans cluster in Gujrat: selection, diagnostic, action planning,
 * implementation, monitoring and evaluation, a plan revision back to action planning, a suspension and its
 * resumption, and exit. Every refusal along the way names its rule, and the portfolio is valid after every step.
 */
class MethodologyWalkTest {
  private static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("gujrat-fans-diagnostic");
  private static final ActionPlanId PLAN_1 = ActionPlanId.of("gujrat-fans-plan-1");
  private static final ActionPlanId PLAN_2 = ActionPlanId.of("gujrat-fans-plan-2");
  private static final IndicatorId EXPORTERS = IndicatorId.of("gujrat-fans-exporters");

  private Portfolio portfolio = MethodologyFixtures.world();
  private Engagement engagement = MethodologyFixtures.newEngagement()
      .withTeamMember(TeamMember.of(COORDINATOR, TeamRole.PROJECT_COORDINATOR))
      .withTeamMember(TeamMember.of(SMEDA, TeamRole.COUNTERPART));
  private final List<String> refusals = new ArrayList<>();

  private void moved(MoveResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    engagement = result.orElseThrow();
    save();
  }

  private Refusal refused(MoveResult result) {
    assertThat(result.isMoved()).isFalse();
    Refusal refusal = result.refusal().orElseThrow();
    refusals.add(refusal.ruleId());
    return refusal;
  }

  private void save() {
    portfolio = portfolio.withEngagement(engagement);
    assertThat(portfolio.validate().isClean()).as("%s", portfolio.validate()).isTrue();
  }

  private MoveResult move(Phase phase, String date) {
    return engagement.moveTo(phase, d(date), portfolio.evidenceFor(engagement));
  }

  private void add(DiagnosticStudy study) {
    portfolio = portfolio.withDiagnosticStudy(study);
    save();
  }

  private void add(ActionPlan plan) {
    portfolio = portfolio.withActionPlan(plan);
    save();
  }

  private void add(Indicator indicator) {
    portfolio = portfolio.withIndicator(indicator);
    save();
  }

  @Test
  void selectionToExitWithAPlanRevision() {
    // Selection: the counterparts selected the cluster for its export potential.
    moved(move(Phase.SELECTION, "2001-08"));

    // Diagnostic: refused until a CDA is on the team.
    Refusal noCda = refused(move(Phase.DIAGNOSTIC, "2001-10"));
    assertThat(noCda.missing()).containsExactly("a CDA on the team of engagement " + ENGAGEMENT + " at 2001-10");
    engagement = engagement.withTeamMember(
        TeamMember.builder().person(CDA).organisation(SMEDA).role(TeamRole.CDA).period(DateRange.from(d("2001-09"))).build());
    moved(move(Phase.DIAGNOSTIC, "2001-10"));

    // Action planning: refused while the study is a draft; the stakeholders validate it, the committee endorses it.
    DiagnosticStudy draft = DiagnosticStudy.builder()
        .id(STUDY).title("Diagnostic study of the electric fans cluster in Gujrat").cluster(CLUSTER).engagement(ENGAGEMENT)
        .addAuthors(CDA).addAuthorOrganisations(SMEDA).period(DateRange.of(d("2001-10"), d("2002-01")))
        .swot(MethodologyFixtures.completeSwot()).clusterMap(MethodologyFixtures.smallMap())
        .addBaselines(BaselineValue.builder().indicator(EXPORTERS).value(IndicatorValue.of(5)).date(d("2002-01")).build())
        .build();
    // The study and the indicator refer to each other: both arrive before the portfolio is checked.
    portfolio = portfolio.withDiagnosticStudy(draft);
    add(Indicator.builder()
        .id(EXPORTERS).name("Firms exporting").engagement(ENGAGEMENT).cluster(CLUSTER)
        .level(IndicatorLevel.OUTCOME).measure(Measure.NUMBER).unit("enterprises").direction(Direction.INCREASE)
        .baseline(Baseline.of(IndicatorValue.of(5), d("2002-01"), STUDY))
        .addTargets(Target.of(IndicatorValue.of(15), d("2005")))
        .build());
    Refusal noStudy = refused(move(Phase.ACTION_PLANNING, "2002-03"));
    assertThat(noStudy.message()).contains("study " + STUDY + " not endorsed");
    add(DiagnosticStudy.builder().from(draft)
        .validation(Approval.builder().date(d("2002-02")).body("Stakeholders' workshop").addOrganisations(ASSOCIATION, PSIC).build())
        .endorsement(Approval.builder().date(d("2002-03")).body("Gujrat fan cluster committee").addOrganisations(ASSOCIATION).build())
        .build());
    moved(move(Phase.ACTION_PLANNING, "2002-03"));

    // Implementation: refused while the plan is a draft; the committee endorses it. The pilot activity began during
    // the diagnostic: trust building is not a phase.
    ObjectiveId exports = ObjectiveId.of("exports");
    Activity pilot = Activity.builder().id(ActivityId.of("fair-visit")).title("Joint visit to a trade fair")
        .kind(ActivityKind.PILOT).intervention(Intervention.SOFT).addObjectives(exports).addResponsible(ASSOCIATION)
        .period(DateRange.of(d("2002-01"), d("2002-02"))).budget(Money.of("5000", "USD"))
        .addFunding(FundingShare.of(UNIDO, Money.of("3000", "USD")), FundingShare.of(ASSOCIATION, Money.of("2000", "USD")))
        .addIndicators(EXPORTERS).status(ActivityStatus.DONE).build();
    Activity lab = Activity.builder().id(ActivityId.of("testing-lab")).title("Common testing laboratory")
        .kind(ActivityKind.STRATEGIC).intervention(Intervention.HARD).addObjectives(exports).addResponsible(PSIC, ASSOCIATION)
        .period(DateRange.of(d("2002-07"), d("2004-12"))).budget(Money.of("120000", "USD"))
        .addFunding(FundingShare.of(PSIC, Money.of("100000", "USD"))).addIndicators(EXPORTERS).status(ActivityStatus.PLANNED).build();
    ActionPlan plan1 = ActionPlan.builder()
        .id(PLAN_1).cluster(CLUSTER).engagement(ENGAGEMENT).basis(STUDY).version(1)
        .vision("Gujrat fans sold in the Middle East and Africa")
        .addObjectives(Objective.of(exports, "Raise the number of exporting firms to 15"))
        .addActivities(pilot, lab).horizon(DateRange.of(d("2002"), d("2005")))
        .build();
    add(plan1);
    Refusal noPlan = refused(move(Phase.IMPLEMENTATION, "2002-05"));
    assertThat(noPlan.message()).contains("plan " + PLAN_1 + " not endorsed");
    ActionPlan endorsed1 = ActionPlan.builder().from(plan1).endorsement(Approval.of(d("2002-06"), "Gujrat fan cluster committee")).build();
    add(endorsed1);
    moved(move(Phase.IMPLEMENTATION, "2002-06"));
    ActionPlan running1 = ActionPlan.builder().from(endorsed1)
        .activities(List.of(pilot, Activity.builder().from(lab).status(ActivityStatus.ONGOING).build())).build();
    add(running1);

    // Monitoring and evaluation: a first measurement, then a plan revision back to action planning.
    add(Indicator.builder().from(portfolio.indicator(EXPORTERS).orElseThrow())
        .addMeasurements(Measurement.builder().value(IndicatorValue.of(9)).date(d("2003-06")).source("Association survey").build())
        .build());
    Refusal tooEarly = refused(move(Phase.EXIT, "2003-06"));
    assertThat(tooEarly.message()).contains("cannot move from implementation to exit");
    moved(move(Phase.MONITORING_AND_EVALUATION, "2003-06"));
    moved(move(Phase.ACTION_PLANNING, "2003-09"));
    ActionPlan plan2 = ActionPlan.builder().from(running1).id(PLAN_2).version(2).supersedes(PLAN_1)
        .endorsement(Approval.of(d("2003-11"), "Gujrat fan cluster committee"))
        .horizon(DateRange.of(d("2002"), d("2006"))).build();
    add(plan2);
    add(ActionPlan.builder().from(running1).supersededOn(d("2003-11")).build());
    moved(move(Phase.IMPLEMENTATION, "2003-11"));

    // A suspension, and the resumption to the phase it left.
    moved(engagement.suspend(d("2004-02"), "Funding delayed"));
    assertThat(engagement.resumesTo()).contains(Phase.IMPLEMENTATION);
    moved(engagement.resume(d("2004-05"), portfolio.evidenceFor(engagement)));
    assertThat(engagement.currentPhase()).contains(Phase.IMPLEMENTATION);

    // Monitoring again, and exit: refused until the governance body that stays is recorded.
    moved(move(Phase.MONITORING_AND_EVALUATION, "2005-01"));
    add(Indicator.builder().from(portfolio.indicator(EXPORTERS).orElseThrow())
        .addMeasurements(Measurement.of(IndicatorValue.of(16), d("2005-01"))).build());
    Refusal noBody = refused(move(Phase.EXIT, "2005-03"));
    assertThat(noBody.missing()).containsExactly("a governance body formed, or a handover dated, no later than 2005-03");
    engagement = engagement.withGovernanceBody(GovernanceBody.builder().name("Gujrat fan cluster committee")
        .addMembers(ASSOCIATION, PSIC, SMEDA).formed(d("2002-02")).build());
    moved(move(Phase.EXIT, "2005-03"));

    // Every refusal named its rule.
    assertThat(refusals).containsExactly("lifecycle.guard-cda", "lifecycle.guard-endorsed-study",
        "lifecycle.guard-endorsed-plan", "lifecycle.transition", "lifecycle.guard-exit");

    // The walk, as the queries tell it.
    assertThat(engagement.phaseHistory()).extracting(c -> c.phase()).containsExactly(
        Phase.SELECTION, Phase.DIAGNOSTIC, Phase.ACTION_PLANNING, Phase.IMPLEMENTATION, Phase.MONITORING_AND_EVALUATION,
        Phase.ACTION_PLANNING, Phase.IMPLEMENTATION, Phase.SUSPENDED, Phase.IMPLEMENTATION, Phase.MONITORING_AND_EVALUATION,
        Phase.EXIT);
    PortfolioQueries q = portfolio.queries();
    assertThat(q.currentPhases()).containsEntry(ENGAGEMENT, Phase.EXIT);
    assertThat(q.clustersIn(Phase.EXIT)).extracting(c -> c.id()).containsExactly(CLUSTER);
    assertThat(q.engagementsOf(CLUSTER)).containsExactly(engagement);

    List<TimelineEntry> timeline = q.timelineOf(CLUSTER);
    assertThat(timeline).extracting(e -> e.kind().code()).contains("engagement_phase", "study_validated", "study_endorsed",
        "plan_endorsed", "plan_superseded", "activity", "measurement");
    assertThat(timeline).extracting(TimelineEntry::date).isSortedAccordingTo(PartialDate::compareTo);
    // The words of these entries are the report's: TimelineSentencesTest of cnd-report.
    assertThat(timeline.get(0)).isEqualTo(new TimelineEntry(engagement.phaseHistory().get(0).date(), ENGAGEMENT,
        TimelineKind.ENGAGEMENT_PHASE, 0));
    assertThat(timeline).extracting(e -> e.date().toString(), TimelineEntry::kind)
        .contains(tuple("2004-02", TimelineKind.ENGAGEMENT_PHASE), tuple("2005-01", TimelineKind.MEASUREMENT));

    IndicatorProgress progress = q.indicatorProgress(EXPORTERS).orElseThrow();
    assertThat(progress.achieved()).contains(new BigDecimal("1.1"));
    assertThat(progress.isTargetMet()).contains(true);
  }
}
