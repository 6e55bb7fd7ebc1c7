package org.cnd.examples;

import java.io.PrintWriter;
import java.net.URI;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.cluster.IsicCode;
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
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.NetworkId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Handover;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.Takeover;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.network.JointProject;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkStatus;
import org.cnd.core.network.NetworkStatusChange;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.programme.Programme;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.ClusterMapping;
import org.cnd.core.selection.Denominator;
import org.cnd.core.selection.IdentificationCriterion;
import org.cnd.core.selection.IdentificationResult;
import org.cnd.core.selection.MappingCount;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.Ranking;
import org.cnd.core.selection.Region;
import org.cnd.core.selection.Scale;
import org.cnd.core.selection.Score;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.selection.Sensitivity;
import org.cnd.core.selection.StarRating;
import org.cnd.core.selection.StrongClusterResult;
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
  /** The illustrative mapping of Punjab's districts the selection starts from. */
  public static final MappingDataSetId MAPPING = MappingDataSetId.of("tour-punjab-districts");
  /** The illustrative selection exercise that selects the fans cluster. */
  public static final SelectionExerciseId SELECTION = SelectionExerciseId.of("tour-selection");
  /** The illustrative horizontal network of fan makers. */
  public static final NetworkId NETWORK = NetworkId.of("tour-fan-exporters");
  /** The illustrative network broker. */
  public static final PersonId BROKER = PersonId.of("tour-network-broker");
  private static final IsicCode ELECTRICAL_EQUIPMENT = IsicCode.of("27");

  private final PrintWriter out;
  private final List<Refusal> refusals = new ArrayList<>();
  private Portfolio portfolio;
  private Engagement engagement;

  private LifecycleTour(PrintWriter out) {
    this.out = out;
  }

  /** The portfolio at the end of the tour: the cluster has exited the programme with its governance body. */
  public static Portfolio portfolio() {
    return withIatiFacts(walk(new PrintWriter(java.io.Writer.nullWriter())).portfolio);
  }

  // --- IATI facts (issue 15) ----------------------------------------------------------------------------------

  /** The tour's progress report (illustrative), which the IATI export writes as a document link. */
  public static final ReportId PROGRESS_REPORT = ReportId.of("tour-gujrat-fans-progress-report");

  // The record's IATI facts come with the first project and UNIDO; the tour adds the illustrative DAC purpose and
  // a progress report whose url is an illustration (example.org), not an address of UNIDO's.
  private static Portfolio withIatiFacts(Portfolio portfolio) {
    return PakistanProgramme.withIllustrativePurpose(portfolio).withReport(Report.builder()
        .id(PROGRESS_REPORT)
        .title("Progress report of the electric fans cluster in Gujrat (illustrative)")
        .kind(ReportKind.PROGRESS_REPORT)
        .date(d("2005-12-15"))
        .addClusters(PakistanProgramme.GUJRAT_FANS)
        .addProgrammes(PakistanProgramme.FIRST_PROJECT)
        .description(ILLUSTRATIVE)
        .url(URI.create("https://example.org/cnd-tour/gujrat-fans-progress-report.pdf"))
        .build());
  }

  // --- end of IATI facts ----------------------------------------------------------------------------------------

  /** Walks the tour, printing each step and each refusal; returns the refusals met, in order. */
  public static List<Refusal> run(PrintWriter out) {
    return List.copyOf(walk(Objects.requireNonNull(out, "out")).refusals);
  }

  private static LifecycleTour walk(PrintWriter out) {
    LifecycleTour tour = new LifecycleTour(out);
    tour.start();
    tour.mappingAndSelection();
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
    network();
    step("monitoring and evaluation", move(Phase.MONITORING_AND_EVALUATION, "2005-01"));
    portfolio = portfolio.withIndicator(Indicator.builder().from(portfolio.indicator(EXPORTERS).orElseThrow())
        .addMeasurements(Measurement.of(IndicatorValue.of(16), d("2005-01"))).build());
    step("exit, before a governance body is recorded", move(Phase.EXIT, "2005-03"));
    engagement = engagement.withGovernanceBody(GovernanceBody.builder().name(COMMITTEE)
        .addMembers(ASSOCIATION, PakistanProgramme.PSIC, PakistanProgramme.SMEDA).formed(d("2002-02")).build());
    engagement = engagement.withHandover(Handover.builder().date(d("2005-03"))
        .addTakeovers(Takeover.of(PakistanProgramme.PSIC, "funding the cluster's CDA (illustrative)"),
            Takeover.of(ASSOCIATION, "running the network of fan exporters (illustrative)"))
        .governanceBody(engagement.governanceBody().orElseThrow())
        .note(ILLUSTRATIVE).build());
    step("exit, the cluster committee formed in 2002-02 staying on", move(Phase.EXIT, "2005-03"));
    out.printf("  handover: %s%n", engagement.handover().orElseThrow().takeovers().stream()
        .map(t -> t.organisation() + " takes over " + t.responsibility()).collect(Collectors.joining("; ")));
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
  // --- mapping, selection and networks (issue 13) -----------------------------------------------------------

  /** The illustrative mapping of Punjab's districts: made-up counts of employment and establishments. */
  static MappingDataSet mapping() {
    SubdivisionCode punjab = SubdivisionCode.of("PK-PB");
    IsicCode metal = IsicCode.of("25");
    IsicCode apparel = IsicCode.of("14");
    MappingDataSet.Builder b = MappingDataSet.builder().id(MAPPING)
        .title("Punjab employment and establishments by district and ISIC division (illustrative)")
        .source("Made-up counts for the lifecycle tour").vintage(d("2000")).classification("ISIC Rev.4")
        .note("Made-up counts: illustrative data for the lifecycle tour, not a census.");
    long[][] counts = {
        // employment and establishments in 27 (electrical equipment), 25 (metal products), 14 (apparel)
        {9000, 420, 1500, 90, 2000, 120}, // Gujrat
        {800, 50, 6000, 380, 1200, 80}, // Wazirabad
        {3000, 150, 4000, 200, 30000, 1500}, // Lahore
        {500, 30, 7000, 400, 5000, 260}}; // Sialkot
    String[] districts = {"Gujrat", "Wazirabad", "Lahore", "Sialkot"};
    IsicCode[] sectors = {ELECTRICAL_EQUIPMENT, metal, apparel};
    for (int r = 0; r < districts.length; r++) {
      for (int s = 0; s < sectors.length; s++) {
        b.addCounts(MappingCount.of(Region.district(districts[r], punjab), sectors[s], counts[r][2 * s],
            counts[r][2 * s + 1]));
      }
    }
    return b.build();
  }

  /**
   * The illustrative selection: candidates from the mapping, one identification criterion, two weighted and scored
   * prioritisation criteria, the ranking, a shortlist and the decision that selects the fans cluster.
   */
  static SelectionExercise selection() {
    CandidateId fans = CandidateId.of("gujrat-fans");
    CandidateId cutlery = CandidateId.of("wazirabad-cutlery");
    CandidateId garments = CandidateId.of("lahore-garments");
    CriterionId mass = CriterionId.of("critical-mass");
    CriterionId exports = CriterionId.of("export-potential");
    CriterionId cooperation = CriterionId.of("willingness-to-cooperate");
    SubdivisionCode punjab = SubdivisionCode.of("PK-PB");
    SelectionExercise.Builder b = SelectionExercise.builder().id(SELECTION)
        .title("Selection of a pilot cluster in the Punjab (illustrative)")
        .programme(PakistanProgramme.FIRST_PROJECT)
        .addParticipants(SelectionParticipant.of(PakistanProgramme.SMEDA, SelectionRole.COUNTERPART),
            SelectionParticipant.of(PakistanProgramme.PSIC, SelectionRole.STAKEHOLDER),
            SelectionParticipant.of(PakistanProgramme.UNIDO, SelectionRole.TECHNICAL_SUPPORT))
        .period(DateRange.of(d("2001-05"), d("2001-07")))
        .objective("More jobs through exports (illustrative)")
        .mapping(MAPPING)
        .addCandidates(
            Candidate.builder().id(fans).cluster(PakistanProgramme.GUJRAT_FANS).origin(CandidateOrigin.MAPPING)
                .region(Region.district("Gujrat", punjab)).sector(ELECTRICAL_EQUIPMENT).build(),
            Candidate.builder().id(cutlery).cluster(PakistanProgramme.WAZIRABAD_CUTLERY).origin(CandidateOrigin.MAPPING)
                .region(Region.district("Wazirabad", punjab)).sector(IsicCode.of("25")).build(),
            Candidate.builder().id(garments).cluster(PakistanProgramme.LAHORE_GARMENTS).origin(CandidateOrigin.MAPPING)
                .region(Region.district("Lahore", punjab)).sector(IsicCode.of("14")).build())
        .addIdentificationCriteria(IdentificationCriterion.of(mass, "a critical mass of enterprises in proximity"))
        .addIdentificationResults(IdentificationResult.of(fans, mass, true, "420 establishments (made up)"),
            IdentificationResult.of(cutlery, mass, true, "380 establishments (made up)"),
            IdentificationResult.of(garments, mass, true, "1500 establishments (made up)"))
        .addPrioritisationCriteria(
            PrioritisationCriterion.builder().id(exports).name("export potential").weight(new BigDecimal("0.6"))
                .scale(Scale.of(1, 5)).build(),
            PrioritisationCriterion.builder().id(cooperation).name("willingness to cooperate")
                .weight(new BigDecimal("0.4")).scale(Scale.of(1, 5)).build());
    int[][] scores = {{5, 4}, {4, 3}, {3, 4}};
    CandidateId[] candidates = {fans, cutlery, garments};
    for (int i = 0; i < candidates.length; i++) {
      b.addScores(Score.builder().candidate(candidates[i]).criterion(exports).value(BigDecimal.valueOf(scores[i][0]))
              .date(d("2001-06")).source("stakeholders' workshop (illustrative)").build(),
          Score.builder().candidate(candidates[i]).criterion(cooperation).value(BigDecimal.valueOf(scores[i][1]))
              .date(d("2001-06")).source("stakeholders' workshop (illustrative)").build());
    }
    SelectionExercise scored = b.build();
    return SelectionExercise.builder().from(scored)
        .ranking(Ranking.of(scored).entries())
        .shortlist(List.of(fans, cutlery))
        .decision(SelectionDecision.builder().date(d("2001-07")).decidingBody("the Pakistani counterparts")
            .addDecidedBy(PakistanProgramme.SMEDA).addSelected(fans)
            .reason("for its export potential and the firms' willingness to cooperate (illustrative)").build())
        .build();
  }

  private void mappingAndSelection() {
    MappingDataSet data = mapping();
    SelectionExercise selection = selection();
    portfolio = portfolio.withMappingDataSet(data).withSelectionExercise(selection);
    out.println("  mapping of Punjab's districts (made-up counts), ISIC 27, electrical equipment:");
    List<StrongClusterResult> strong = ClusterMapping.strongClusters(data, ELECTRICAL_EQUIPMENT,
        Denominator.ALL_EMPLOYMENT, false);
    List<StarRating> stars = ClusterMapping.stars(data, ELECTRICAL_EQUIPMENT, Denominator.ALL_EMPLOYMENT,
        ClusterMapping.ECO_TOP_SHARE, 2.0);
    for (int i = 0; i < strong.size(); i++) {
      StrongClusterResult r = strong.get(i);
      out.printf(Locale.ROOT, "    %-22s LQ %.2f  %s  %d star(s)%n", r.region(), r.locationQuotient().orElse(0),
          r.isStrong() ? "strong cluster" : "not strong    ", stars.get(i).stars());
    }
    out.printf("  ranking: %s%n", selection.ranking().stream()
        .map(e -> e.rank() + ". " + e.candidate() + e.total().map(t -> " (" + t.stripTrailingZeros().toPlainString() + ")").orElse(""))
        .collect(Collectors.joining(", ")));
    Sensitivity sensitivity = Sensitivity.of(selection);
    out.printf("  selected %s; with each weight moved by 10%%: %s%n", sensitivity.selected(),
        sensitivity.isStable() ? "the same selection" : "the selection changes");
  }

  private void network() {
    portfolio = portfolio.withPerson(Person.builder().id(BROKER).name("Network broker (illustrative)")
        .affiliation(PakistanProgramme.SMEDA).build());
    engagement = engagement.withTeamMember(TeamMember.builder().person(BROKER).role(TeamRole.NETWORK_BROKER)
        .period(DateRange.from(d("2002-09"))).build());
    portfolio = portfolio.withEngagement(engagement).withNetwork(Network.builder().id(NETWORK)
        .name("Gujrat fan exporters (illustrative)").kind(NetworkKind.HORIZONTAL).memberCount(8)
        .cluster(PakistanProgramme.GUJRAT_FANS).objective("Joint marketing abroad (illustrative)")
        .addProjects(JointProject.builder().name("A joint stand at a trade fair (illustrative)")
            .period(DateRange.of(d("2003-03"))).build())
        .broker(BROKER).formed(d("2002-09"))
        .addStatusHistory(NetworkStatusChange.of(NetworkStatus.FORMING, d("2002-09")),
            NetworkStatusChange.of(NetworkStatus.ACTIVE, d("2003-01")))
        .description(ILLUSTRATIVE).build());
    out.println("  network: Gujrat fan exporters, horizontal, 8 firms, broker " + BROKER + ", active since 2003-01");
  }
}
