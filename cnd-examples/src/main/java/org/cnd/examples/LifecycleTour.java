package org.cnd.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.money.Money;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.programme.Programme;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;

/**
 * A tour of the methodology: one pilot cluster, the electric fans cluster in Gujrat, walked from selection to exit
 * with a diagnostic study, an action plan, monitoring, and a plan revision on the way.
 *
 * <p><strong>Illustrative data, not history.</strong> The cluster, UNIDO, PSIC and SMEDA come from the Pakistan
 * record; the engagement, its CDA, the association, the study, the plans, the indicator and every date of the walk
 * are made up to show the model. Each entity the tour invents says so in its name or description.
 *
 * <p>The tour also tries the moves the methodology forbids and prints each refusal with its rule.
 */
public final class LifecycleTour {
  /** The tour's engagement: UNIDO's first project with the Gujrat electric fans cluster (illustrative). */
  public static final EngagementId ENGAGEMENT = EngagementId.of("tour-gujrat-fans");
  /** The tour's cluster development agent (illustrative). */
  public static final PersonId CDA = PersonId.of("tour-cda");
  /** The tour's association of fan makers (illustrative). */
  public static final OrganisationId ASSOCIATION = OrganisationId.of("tour-fan-makers-association");
  /** The tour's diagnostic study (illustrative). */
  public static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("tour-gujrat-fans-diagnostic");
  // Actors of the study's projected map only.
  private static final MapActorId BUYERS_ABROAD = MapActorId.of("buyers-abroad");
  private static final MapActorId TESTING = MapActorId.of("testing-facility");
  /** The first action plan (illustrative). */
  public static final ActionPlanId PLAN_1 = ActionPlanId.of("tour-gujrat-fans-plan-1");
  /** The revised action plan (illustrative). */
  public static final ActionPlanId PLAN_2 = ActionPlanId.of("tour-gujrat-fans-plan-2");
  /** The tour's indicator: firms that export (illustrative). */
  public static final IndicatorId EXPORTERS = IndicatorId.of("tour-gujrat-fans-exporters");

  private static final String ILLUSTRATIVE = "Illustrative data for the lifecycle tour, not history.";
  private static final String COMMITTEE = "Gujrat fan cluster committee (illustrative)";

  private final PrintWriter out;
  private final List<Refusal> refusals = new ArrayList<>();
  private Portfolio portfolio;
  private Engagement engagement;

  private LifecycleTour(PrintWriter out) {
    this.out = out;
  }

  /**
   * The portfolio at the end of the tour with the IATI facts of {@link PakistanProgramme#withIatiFacts(Portfolio)}
   * (UNIDO's IATI identifier and type; the first project's language and DAC purpose), which the JSON format does not
   * carry yet.
   */
  public static Portfolio forIati() {
    return PakistanProgramme.withIatiFacts(portfolio());
  }

  /** The portfolio at the end of the tour: the cluster has exited the programme with its governance body. */
  public static Portfolio portfolio() {
    return walk(new PrintWriter(java.io.Writer.nullWriter())).portfolio;
  }

  /** Walks the tour, printing each step and each refusal; returns the refusals met, in order. */
  public static List<Refusal> run(PrintWriter out) {
    return List.copyOf(walk(Objects.requireNonNull(out, "out")).refusals);
  }

  private static LifecycleTour walk(PrintWriter out) {
    LifecycleTour tour = new LifecycleTour(out);
    tour.start();
    tour.selectionAndDiagnostic();
    tour.actionPlanning();
    tour.implementationAndMonitoring();
    tour.revisionAndExit();
    out.flush();
    return tour;
  }

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  private void start() {
    Portfolio pakistan = PakistanProgramme.portfolio();
    portfolio = Portfolio.builder()
        .addOrganisations(
            pakistan.organisation(PakistanProgramme.UNIDO).orElseThrow(),
            pakistan.organisation(PakistanProgramme.PSIC).orElseThrow(),
            pakistan.organisation(PakistanProgramme.SMEDA).orElseThrow(),
            pakistan.organisation(PakistanProgramme.PAKISTANI_FIRMS).orElseThrow(),
            Organisation.builder().id(ASSOCIATION).name("Gujrat fan makers' association (illustrative)")
                .kind(OrganisationKind.BUSINESS_ASSOCIATION).build())
        .addPeople(Person.builder().id(CDA).name("Cluster development agent (illustrative)")
            .affiliation(PakistanProgramme.UNIDO).build())
        // The five pilot clusters of the first project; the tour walks the first of them.
        .addAllClusters(pakistan.programme(PakistanProgramme.FIRST_PROJECT).orElseThrow().targetClusters().stream()
            .map(id -> pakistan.cluster(id).orElseThrow()).toList())
        // The first project without its relations to programmes the tour leaves out.
        .addProgrammes(Programme.builder().from(pakistan.programme(PakistanProgramme.FIRST_PROJECT).orElseThrow())
            .relatedProgrammes(List.of()).build())
        .build();
    engagement = Engagement.builder()
        .id(ENGAGEMENT)
        .programme(PakistanProgramme.FIRST_PROJECT)
        .cluster(PakistanProgramme.GUJRAT_FANS)
        .addTeam(TeamMember.of(PakistanProgramme.SMEDA, TeamRole.COUNTERPART))
        .description(ILLUSTRATIVE)
        .build();
    out.println("Lifecycle tour: the electric fans cluster in Gujrat (illustrative data, not history)");
  }

  private void selectionAndDiagnostic() {
    step("selection", move(Phase.SELECTION, "2001-08"));
    step("diagnostic, before a CDA is assigned", move(Phase.DIAGNOSTIC, "2001-10"));
    engagement = engagement.withTeamMember(TeamMember.builder().person(CDA).organisation(PakistanProgramme.UNIDO)
        .role(TeamRole.CDA).period(DateRange.from(d("2001-09"))).build());
    step("diagnostic, with a CDA assigned in 2001-09", move(Phase.DIAGNOSTIC, "2001-10"));
  }

  private DiagnosticStudy draftStudy() {
    MapActorId firms = MapActorId.of("fan-makers");
    MapActorId suppliers = MapActorId.of("motor-suppliers");
    return DiagnosticStudy.builder()
        .id(STUDY)
        .title("Diagnostic study of the electric fans cluster in Gujrat (illustrative)")
        .cluster(PakistanProgramme.GUJRAT_FANS)
        .engagement(ENGAGEMENT)
        .addAuthors(CDA)
        .period(DateRange.of(d("2001-10"), d("2002-01")))
        .clusterMap(ClusterMap.builder()
            .addActors(MapActor.builder().id(firms).kind(ActorKind.PRINCIPAL_FIRMS).name("fan makers").build())
            .addActors(MapActor.builder().id(suppliers).kind(ActorKind.SUPPLIERS).name("motor and part suppliers")
                .build())
            .addLinkages(MapLinkage.builder().fromActor(suppliers).toActor(firms).kind(MapLinkageKind.SUPPLY)
                .strength(LinkageStrength.WEAK).build())
            .build())
        // The end state the plan aims at, as illustrative as the rest: the supply linkage strengthened, the
        // cooperation among firms and the testing facility the constraints call for developed, buyers abroad reached.
        .projectedMap(ClusterMap.builder()
            .addActors(MapActor.builder().id(firms).kind(ActorKind.PRINCIPAL_FIRMS).name("fan makers").build())
            .addActors(MapActor.builder().id(suppliers).kind(ActorKind.SUPPLIERS).name("motor and part suppliers")
                .build())
            .addActors(MapActor.builder().id(BUYERS_ABROAD).kind(ActorKind.BUYERS).name("buyers abroad")
                .note("illustrative").build())
            .addActors(MapActor.builder().id(TESTING).kind(ActorKind.SUPPORT_INSTITUTIONS)
                .name("common testing facility").note("illustrative").build())
            .addLinkages(MapLinkage.of(suppliers, firms, MapLinkageKind.SUPPLY, LinkageStrength.STRONG))
            .addLinkages(MapLinkage.of(firms, firms, MapLinkageKind.COOPERATION, LinkageStrength.MODERATE))
            .addLinkages(MapLinkage.of(firms, BUYERS_ABROAD, MapLinkageKind.SALES, LinkageStrength.MODERATE))
            .addLinkages(MapLinkage.of(TESTING, firms, MapLinkageKind.SERVICES, LinkageStrength.MODERATE))
            .build())
        .swot(Swot.builder()
            .addStrengths(Finding.of(Theme.SKILLS, "skilled workforce"))
            .addWeaknesses(Finding.of(Theme.TECHNOLOGY, "no common testing facility"))
            .addOpportunities(Finding.of(Theme.MARKET, "demand for fans in export markets"))
            .addThreats(Finding.of(Theme.COMPLIANCE, "product standards of buyers abroad"))
            .build())
        .addKeyConstraints(Finding.of(Theme.COOPERATION, "little trust between firms"))
        .addBaselines(BaselineValue.builder().indicator(EXPORTERS).value(IndicatorValue.of(5)).date(d("2002-01"))
            .build())
        .description(ILLUSTRATIVE)
        .build();
  }

  private void actionPlanning() {
    DiagnosticStudy draft = draftStudy();
    portfolio = portfolio.withDiagnosticStudy(draft).withIndicator(Indicator.builder()
        .id(EXPORTERS).name("Firms exporting (illustrative)").engagement(ENGAGEMENT)
        .cluster(PakistanProgramme.GUJRAT_FANS)
        .level(IndicatorLevel.OUTCOME).measure(Measure.NUMBER).unit("enterprises").direction(Direction.INCREASE)
        .baseline(Baseline.of(IndicatorValue.of(5), d("2002-01"), STUDY))
        .addTargets(Target.of(IndicatorValue.of(15), d("2005")))
        .build());
    step("action planning, while the study is a draft", move(Phase.ACTION_PLANNING, "2002-03"));
    portfolio = portfolio.withDiagnosticStudy(DiagnosticStudy.builder().from(draft)
        .validation(Approval.builder().date(d("2002-02")).body("stakeholders' workshop (illustrative)")
            .addOrganisations(ASSOCIATION, PakistanProgramme.PSIC).build())
        .endorsement(Approval.builder().date(d("2002-03")).body(COMMITTEE).addOrganisations(ASSOCIATION).build())
        .build());
    step("action planning, the study validated in 2002-02 and endorsed in 2002-03",
        move(Phase.ACTION_PLANNING, "2002-03"));
  }

  private ActionPlan firstPlan() {
    ObjectiveId exports = ObjectiveId.of("exports");
    return ActionPlan.builder()
        .id(PLAN_1).cluster(PakistanProgramme.GUJRAT_FANS).engagement(ENGAGEMENT).basis(STUDY).version(1)
        .vision("Gujrat fans sold abroad by firms that work together (illustrative)")
        .addObjectives(Objective.of(exports, "Raise the number of exporting firms to 15"))
        .addActivities(
            Activity.builder().id(ActivityId.of("fair-visit")).title("Joint visit to a trade fair (pilot)")
                .kind(ActivityKind.PILOT).intervention(Intervention.SOFT).addObjectives(exports)
                .addResponsible(ASSOCIATION).period(DateRange.of(d("2002-01"), d("2002-02")))
                .budget(Money.of("5000", "USD"))
                .addFunding(FundingShare.of(PakistanProgramme.UNIDO, Money.of("3000", "USD")),
                    FundingShare.of(ASSOCIATION, Money.of("2000", "USD")))
                .addIndicators(EXPORTERS).status(ActivityStatus.DONE).build(),
            Activity.builder().id(ActivityId.of("testing-lab")).title("Common testing laboratory")
                .kind(ActivityKind.STRATEGIC).intervention(Intervention.HARD).addObjectives(exports)
                .addResponsible(PakistanProgramme.PSIC, ASSOCIATION)
                .period(DateRange.of(d("2002-07"), d("2004-12"))).budget(Money.of("120000", "USD"))
                .addFunding(FundingShare.of(PakistanProgramme.PSIC, Money.of("100000", "USD")))
                .addIndicators(EXPORTERS).status(ActivityStatus.PLANNED).build())
        .horizon(DateRange.of(d("2002"), d("2005")))
        .description(ILLUSTRATIVE)
        .build();
  }

  private void implementationAndMonitoring() {
    ActionPlan draft = firstPlan();
    portfolio = portfolio.withActionPlan(draft);
    step("implementation, while the plan is a draft", move(Phase.IMPLEMENTATION, "2002-05"));
    ActionPlan endorsed = ActionPlan.builder().from(draft).endorsement(Approval.of(d("2002-06"), COMMITTEE)).build();
    portfolio = portfolio.withActionPlan(endorsed);
    step("implementation, the plan endorsed in 2002-06", move(Phase.IMPLEMENTATION, "2002-06"));
    portfolio = portfolio.withIndicator(Indicator.builder().from(portfolio.indicator(EXPORTERS).orElseThrow())
        .addMeasurements(Measurement.builder().value(IndicatorValue.of(9)).date(d("2003-06"))
            .source("association survey (illustrative)").build())
        .build());
    step("exit, straight from implementation", move(Phase.EXIT, "2003-06"));
    step("monitoring and evaluation: 9 exporting firms against a baseline of 5",
        move(Phase.MONITORING_AND_EVALUATION, "2003-06"));
  }

  private void revisionAndExit() {
    step("back to action planning: a plan revision", move(Phase.ACTION_PLANNING, "2003-09"));
    ActionPlan first = portfolio.actionPlan(PLAN_1).orElseThrow();
    portfolio = portfolio
        .withActionPlan(ActionPlan.builder().from(first).id(PLAN_2).version(2).supersedes(PLAN_1)
            .endorsement(Approval.of(d("2003-11"), COMMITTEE)).horizon(DateRange.of(d("2002"), d("2006"))).build())
        .withActionPlan(ActionPlan.builder().from(first).supersededOn(d("2003-11")).build());
    step("implementation of the revised plan", move(Phase.IMPLEMENTATION, "2003-11"));
    step("monitoring and evaluation", move(Phase.MONITORING_AND_EVALUATION, "2005-01"));
    portfolio = portfolio.withIndicator(Indicator.builder().from(portfolio.indicator(EXPORTERS).orElseThrow())
        .addMeasurements(Measurement.of(IndicatorValue.of(16), d("2005-01"))).build());
    step("exit, before a governance body is recorded", move(Phase.EXIT, "2005-03"));
    engagement = engagement.withGovernanceBody(GovernanceBody.builder().name(COMMITTEE)
        .addMembers(ASSOCIATION, PakistanProgramme.PSIC, PakistanProgramme.SMEDA).formed(d("2002-02")).build());
    step("exit, the cluster committee formed in 2002-02 staying on", move(Phase.EXIT, "2005-03"));
    step("diagnostic again, after exit", move(Phase.DIAGNOSTIC, "2005-06"));
    out.printf("  the portfolio validates: %s%n", portfolio.validate().isClean() ? "clean" : portfolio.validate());
  }

  private MoveResult move(Phase phase, String date) {
    return engagement.moveTo(phase, d(date), portfolio.evidenceFor(engagement));
  }

  private void step(String what, MoveResult result) {
    if (result.refusal().isPresent()) {
      Refusal refusal = result.refusal().get();
      refusals.add(refusal);
      out.printf("  refused  %-72s %s: %s%n", what, refusal.ruleId(), String.join("; ", refusal.missing()));
    } else {
      engagement = result.orElseThrow();
      portfolio = portfolio.withEngagement(engagement);
      out.printf("  moved    %-72s now %s%n", what, engagement.currentPhase().map(Phase::label).orElse("?"));
    }
  }
}
