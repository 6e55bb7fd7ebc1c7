package org.cnd.core.testing;

import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ORGANISATIONS;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.PEOPLE;
import static org.cnd.core.testing.MethodologyFixtures.PROGRAMME;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.EnterpriseCount;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.diagnostic.StudyStatus;
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.NetworkId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Handover;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.Takeover;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.BreakdownValue;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Disaggregation;
import org.cnd.core.monitoring.Gender;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.network.JointProject;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkMember;
import org.cnd.core.network.NetworkStatus;
import org.cnd.core.network.NetworkStatusChange;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.CriterionDirection;
import org.cnd.core.selection.IdentificationCriterion;
import org.cnd.core.selection.IdentificationResult;
import org.cnd.core.selection.MappingCount;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.RankEntry;
import org.cnd.core.selection.Ranking;
import org.cnd.core.selection.Region;
import org.cnd.core.selection.Scale;
import org.cnd.core.selection.Score;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Precision;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.cnd.core.training.TrainingRole;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of the methodology's types: engagements and their parts, diagnostic studies, action
 * plans, indicators, trainings, linkages and reports, and whole valid portfolios holding all of them.
 *
 * <p>Every generated value is valid on its own (it builds). Values refer to the identifiers of {@link
 * MethodologyFixtures#world()}, so that documents whose other references are generated consistently pass the
 * portfolio validator; {@link #portfolios()} generates whole portfolios that do.
 */
public final class MethodologyGen {
  /** The first day generated dates start from. */
  public static final LocalDate EPOCH = LocalDate.of(2001, 1, 1);

  private static final List<String> WORDS = List.of(
      "joint marketing", "quality", "exports", "common facility", "training", "trust", "design", "credit", "inputs",
      "testing laboratory", "trade fair", "buyers", "safety standards", "energy efficiency", "association");

  private MethodologyGen() {}

  // --- small pieces -----------------------------------------------------------------------------------------

  /** The partial date of the given precision that contains the day. */
  public static PartialDate coarsen(LocalDate day, Precision precision) {
    switch (precision) {
      case YEAR:
        return PartialDate.ofYear(day.getYear());
      case QUARTER:
        return PartialDate.ofQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case MONTH:
        return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.of(day);
    }
  }

  /**
   * Partial dates of any precision containing a day from {@code day} to {@code maxDays} later: never certainly
   * before {@code day}.
   */
  public static Gen<PartialDate> datesFrom(LocalDate day, int maxDays) {
    return rs -> coarsen(day.plusDays(between(rs, 0, maxDays)), Generate.enumValues(Precision.class).generate(rs));
  }

  /** Partial dates of any precision from 2001 to about 2012. */
  public static Gen<PartialDate> dates() {
    return datesFrom(EPOCH, 12 * 365);
  }

  /** Date ranges from 2001 on, closed or (sometimes) open, whose start is not after their end. */
  public static Gen<DateRange> periods() {
    return rs -> {
      LocalDate start = EPOCH.plusDays(between(rs, 0, 10 * 365));
      PartialDate from = datesFrom(start, 0).generate(rs);
      if (between(rs, 0, 9) == 0) {
        return DateRange.from(from);
      }
      return DateRange.of(from, datesFrom(start, 3 * 365).generate(rs));
    };
  }

  /** Short non-blank texts. */
  public static Gen<String> texts() {
    return Generate.pick(WORDS).map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1));
  }

  // --- monitoring -------------------------------------------------------------------------------------------

  /** Values fit for the measure: numbers (whole or with two decimals) or texts. */
  public static Gen<IndicatorValue> indicatorValues(Measure measure) {
    if (measure.isQuantitative()) {
      return SourceDSL.integers().between(0, 100_000).zip(Generate.booleans(),
          (n, cents) -> IndicatorValue.of(cents ? BigDecimal.valueOf(n, 2) : BigDecimal.valueOf(n)));
    }
    return texts().map(IndicatorValue::ofText);
  }

  /** Values of any kind. */
  public static Gen<IndicatorValue> indicatorValues() {
    return Generate.enumValues(Measure.class).flatMap(MethodologyGen::indicatorValues);
  }

  /** Broken-down values of a disaggregation, fit for the measure. */
  public static Gen<BreakdownValue> breakdownValues(Disaggregation disaggregation, Measure measure) {
    return rs -> disaggregation == Disaggregation.ENTERPRISE_SIZE
        ? BreakdownValue.of(Generate.enumValues(SizeClass.class).generate(rs), indicatorValues(measure).generate(rs))
        : BreakdownValue.of(Generate.enumValues(Gender.class).generate(rs), indicatorValues(measure).generate(rs));
  }

  /** Baselines fit for the measure, not tied to a study. */
  public static Gen<Baseline> baselines(Measure measure) {
    return rs -> Baseline.of(indicatorValues(measure).generate(rs), dates().generate(rs));
  }

  /** Targets fit for the measure, dated from the day on. */
  public static Gen<Target> targets(Measure measure, LocalDate from) {
    return rs -> Target.of(indicatorValues(measure).generate(rs), datesFrom(from, 6 * 365).generate(rs));
  }

  /** Measurements fit for the measure and the disaggregation, dated (by a date or a period) from the day on. */
  public static Gen<Measurement> measurements(Measure measure, Optional<Disaggregation> disaggregation, LocalDate from) {
    return rs -> {
      Measurement.Builder b = Measurement.builder().value(indicatorValues(measure).generate(rs));
      if (bool(rs)) {
        b.date(datesFrom(from, 6 * 365).generate(rs));
      } else {
        LocalDate start = from.plusDays(between(rs, 0, 5 * 365));
        b.period(DateRange.of(datesFrom(start, 0).generate(rs), datesFrom(start, 365).generate(rs)));
      }
      if (bool(rs)) {
        b.source(texts().generate(rs));
      }
      if (disaggregation.isPresent()) {
        b.breakdown(list(rs, breakdownValues(disaggregation.get(), measure), 0, 3));
      }
      return b.build();
    };
  }

  /** Indicators of any measure and level, of a cluster and optionally an engagement, valid on their own. */
  public static Gen<Indicator> indicators(IndicatorId id, ClusterId cluster, Optional<EngagementId> engagement) {
    return rs -> {
      Measure measure = Generate.enumValues(Measure.class).generate(rs);
      Indicator.Builder b = Indicator.builder()
          .id(id)
          .name(texts().generate(rs))
          .cluster(cluster)
          .engagement(engagement)
          .level(Generate.enumValues(IndicatorLevel.class).generate(rs))
          .measure(measure);
      if (measure == Measure.NUMBER) {
        b.unit(Generate.pick(List.of("enterprises", "USD", "jobs", "days")).generate(rs));
      }
      if (measure.isQuantitative() && bool(rs)) {
        b.direction(Generate.enumValues(Direction.class).generate(rs));
      }
      Optional<Disaggregation> disaggregation = maybe(rs, Generate.enumValues(Disaggregation.class));
      b.disaggregation(disaggregation);
      LocalDate from = EPOCH;
      if (bool(rs)) {
        Baseline baseline = baselines(measure).generate(rs);
        b.baseline(baseline);
        from = baseline.date().earliest();
      }
      b.targets(list(rs, targets(measure, from), 0, 2));
      b.measurements(list(rs, measurements(measure, disaggregation, from), 0, 3));
      return b.build();
    };
  }

  /** Indicators with generated identifiers, of the world's clusters. */
  public static Gen<Indicator> indicators() {
    return rs -> indicators(IndicatorId.of("indicator-" + between(rs, 1, 9)), pick(rs, List.of(CLUSTER, OTHER_CLUSTER)),
        Optional.empty()).generate(rs);
  }

  // --- diagnostic -------------------------------------------------------------------------------------------

  /** Findings on any theme. */
  public static Gen<Finding> findings() {
    return Generate.enumValues(Theme.class).zip(texts(), Finding::of);
  }

  /** SWOTs whose four lists hold one to three findings each. */
  public static Gen<Swot> swots() {
    return rs -> Swot.builder()
        .strengths(list(rs, findings(), 1, 3))
        .weaknesses(list(rs, findings(), 1, 3))
        .opportunities(list(rs, findings(), 1, 3))
        .threats(list(rs, findings(), 1, 3))
        .build();
  }

  /** Actors of a map, with the given identifier. */
  public static Gen<MapActor> mapActors(MapActorId id) {
    return rs -> {
      MapActor.Builder b = MapActor.builder().id(id).kind(Generate.enumValues(ActorKind.class).generate(rs));
      if (bool(rs)) {
        b.name(texts().generate(rs));
      }
      if (bool(rs)) {
        b.count(between(rs, 0, 500));
      }
      b.organisations(subset(rs, ORGANISATIONS, 2));
      return b.build();
    };
  }

  /** Cluster maps of one to five actors with distinct identifiers and up to six linkages between them. */
  public static Gen<ClusterMap> clusterMaps() {
    return rs -> {
      int n = between(rs, 1, 5);
      List<MapActor> actors = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        actors.add(mapActors(MapActorId.of("actor-" + i)).generate(rs));
      }
      List<MapLinkage> linkages = new ArrayList<>();
      for (int i = between(rs, 0, 6); i > 0; i--) {
        linkages.add(MapLinkage.of(pick(rs, actors).id(), pick(rs, actors).id(),
            Generate.enumValues(MapLinkageKind.class).generate(rs), Generate.enumValues(LinkageStrength.class).generate(rs)));
      }
      return ClusterMap.builder().actors(actors).linkages(linkages).build();
    };
  }

  /** Approvals at a date from the day on, by a body, the world's organisations and people. */
  public static Gen<Approval> approvals(LocalDate from) {
    return rs -> {
      Approval.Builder b = Approval.builder().date(datesFrom(from, 2 * 365).generate(rs));
      if (bool(rs)) {
        b.body(Generate.pick(List.of("Cluster committee", "Stakeholders' workshop", "Steering committee")).generate(rs));
      }
      return b.organisations(subset(rs, ORGANISATIONS, 2)).people(subset(rs, PEOPLE, 1)).build();
    };
  }

  /** Diagnostic studies of a cluster, in any status, valid on their own; without baselines. */
  public static Gen<DiagnosticStudy> diagnosticStudies(DiagnosticStudyId id, ClusterId cluster) {
    return rs -> {
      StudyStatus status = Generate.enumValues(StudyStatus.class).generate(rs);
      LocalDate start = EPOCH.plusDays(between(rs, 0, 8 * 365));
      DiagnosticStudy.Builder b = DiagnosticStudy.builder().id(id).cluster(cluster);
      if (bool(rs)) {
        b.title("Diagnostic study of the " + texts().generate(rs).toLowerCase(java.util.Locale.ROOT) + " cluster");
      }
      b.authors(subset(rs, PEOPLE, 2)).authorOrganisations(subset(rs, ORGANISATIONS, 2));
      if (bool(rs)) {
        b.period(DateRange.of(datesFrom(start, 0).generate(rs), datesFrom(start, 200).generate(rs)));
      }
      if (bool(rs)) {
        b.profile(ProfileFigures.builder()
            .asOf(datesFrom(start, 100).generate(rs))
            .enterprises(between(rs, 0, 2000))
            .employment(between(rs, 0, 50_000))
            .annualOutput(Money.of(BigDecimal.valueOf(between(rs, 0, 1_000_000)), "USD"))
            .build());
      }
      List<SizeClass> sizes = new ArrayList<>(EnumSet.allOf(SizeClass.class));
      for (SizeClass size : sizes.subList(0, between(rs, 0, sizes.size()))) {
        b.addEnterprisesBySize(EnterpriseCount.of(size, between(rs, 0, 1000)));
      }
      if (status != StudyStatus.DRAFT || bool(rs)) {
        b.swot(swots().generate(rs)).clusterMap(clusterMaps().generate(rs));
      }
      if (bool(rs)) {
        b.projectedMap(clusterMaps().generate(rs));
      }
      b.keyConstraints(list(rs, findings(), 0, 3));
      LocalDate validated = start.plusDays(between(rs, 100, 400));
      if (status != StudyStatus.DRAFT) {
        Approval validation = approvals(validated).generate(rs);
        b.validation(validation);
        if (status == StudyStatus.ENDORSED) {
          b.endorsement(approvals(validation.date().earliest()).generate(rs));
        }
      }
      return b.build();
    };
  }

  /** Diagnostic studies with generated identifiers, of the world's clusters, with baselines of generated indicators. */
  public static Gen<DiagnosticStudy> diagnosticStudies() {
    return rs -> {
      DiagnosticStudy s = diagnosticStudies(DiagnosticStudyId.of("study-" + between(rs, 1, 9)),
          pick(rs, List.of(CLUSTER, OTHER_CLUSTER))).generate(rs);
      List<BaselineValue> baselines = new ArrayList<>();
      for (int i = between(rs, 0, 2); i > 0; i--) {
        baselines.add(BaselineValue.builder().indicator(IndicatorId.of("indicator-" + i))
            .value(indicatorValues().generate(rs)).date(maybe(rs, dates())).build());
      }
      return DiagnosticStudy.builder().from(s).baselines(baselines).build();
    };
  }

  // --- plans ------------------------------------------------------------------------------------------------

  /** Objectives with the given identifier. */
  public static Gen<Objective> objectives(ObjectiveId id) {
    return texts().map(t -> Objective.of(id, "Improve " + t.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Activities of a plan with the given horizon and objectives: periods within the horizon, funding in one currency
   * and no more than the budget; statuses among those given.
   */
  public static Gen<Activity> activities(ActivityId id, DateRange horizon, List<ObjectiveId> objectives,
      List<ActivityStatus> statuses) {
    return rs -> {
      Activity.Builder b = Activity.builder()
          .id(id)
          .title(texts().generate(rs))
          .kind(Generate.enumValues(ActivityKind.class).generate(rs))
          .intervention(Generate.enumValues(Intervention.class).generate(rs))
          .objectives(subset(rs, objectives, objectives.size()))
          .responsible(subset(rs, ORGANISATIONS, 2))
          .indicators(List.of())
          .status(pick(rs, statuses));
      if (bool(rs) && horizon.end().isPresent()) {
        // Periods inside the horizon's certain days: from its start's latest day to its end's earliest day.
        LocalDate first = horizon.start().latest();
        LocalDate last = horizon.end().get().earliest();
        if (!first.isAfter(last)) {
          long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
          LocalDate a = first.plusDays(between(rs, 0, (int) Math.min(span, 10_000)));
          LocalDate z = a.plusDays(between(rs, 0, (int) Math.min(java.time.temporal.ChronoUnit.DAYS.between(a, last), 10_000)));
          b.period(DateRange.of(PartialDate.of(a), PartialDate.of(z)));
        }
      }
      String currency = pick(rs, List.of("USD", "PKR"));
      long budget = between(rs, 0, 100_000);
      if (bool(rs)) {
        b.budget(Money.of(BigDecimal.valueOf(budget), currency));
        long left = budget;
        for (var org : subset(rs, ORGANISATIONS, 3)) {
          long share = between(rs, 0, (int) left);
          left -= share;
          b.addFunding(FundingShare.of(org, Money.of(BigDecimal.valueOf(share), currency)));
        }
      }
      return b.build();
    };
  }

  /** Action plans of a cluster, optionally based on a study and linked to an engagement, in any status. */
  public static Gen<ActionPlan> actionPlans(ActionPlanId id, ClusterId cluster, Optional<DiagnosticStudyId> basis,
      Optional<EngagementId> engagement, List<ActivityStatus> activityStatuses) {
    return rs -> {
      LocalDate start = EPOCH.plusDays(between(rs, 0, 6 * 365));
      DateRange horizon = DateRange.of(PartialDate.ofYear(start.getYear()), PartialDate.ofYear(start.getYear() + between(rs, 1, 5)));
      List<ObjectiveId> objectiveIds = new ArrayList<>();
      List<Objective> objectives = new ArrayList<>();
      for (int i = between(rs, 0, 3); i > 0; i--) {
        ObjectiveId o = ObjectiveId.of("objective-" + i);
        objectiveIds.add(o);
        objectives.add(objectives(o).generate(rs));
      }
      ActionPlan.Builder b = ActionPlan.builder()
          .id(id)
          .cluster(cluster)
          .basis(basis)
          .engagement(engagement)
          .horizon(horizon)
          .objectives(objectives);
      if (bool(rs)) {
        b.vision("A cluster known for " + texts().generate(rs).toLowerCase(java.util.Locale.ROOT));
      }
      for (int i = between(rs, 0, 3); i > 0; i--) {
        b.addActivities(activities(ActivityId.of("activity-" + i), horizon, objectiveIds, activityStatuses).generate(rs));
      }
      if (bool(rs)) {
        Approval endorsement = approvals(start).generate(rs);
        b.endorsement(endorsement);
        if (between(rs, 0, 3) == 0) {
          b.supersededOn(datesFrom(endorsement.date().earliest(), 2 * 365).generate(rs));
        }
      }
      return b.build();
    };
  }

  /** Action plans with generated identifiers, of the world's clusters, without basis or engagement. */
  public static Gen<ActionPlan> actionPlans() {
    return rs -> actionPlans(ActionPlanId.of("plan-" + between(rs, 1, 9)), pick(rs, List.of(CLUSTER, OTHER_CLUSTER)),
        Optional.empty(), Optional.empty(), List.of(ActivityStatus.values())).generate(rs);
  }

  // --- lifecycle --------------------------------------------------------------------------------------------

  /** Team members: a person, an organisation or both, in any role, with or without a period. */
  public static Gen<TeamMember> teamMembers() {
    return rs -> {
      TeamMember.Builder b = TeamMember.builder().role(Generate.enumValues(TeamRole.class).generate(rs));
      int who = between(rs, 0, 2);
      if (who != 1) {
        b.person(pick(rs, PEOPLE));
      }
      if (who != 0) {
        b.organisation(pick(rs, ORGANISATIONS));
      }
      if (bool(rs)) {
        b.period(periods().generate(rs));
      }
      return b.build();
    };
  }

  /** Governance bodies of the world's organisations, formed at a date or not. */
  public static Gen<GovernanceBody> governanceBodies() {
    return rs -> GovernanceBody.builder()
        .name(pick(rs, List.of("Cluster committee", "Cluster commission", "Steering committee")))
        .members(subset(rs, ORGANISATIONS, 3))
        .formed(maybe(rs, dates()))
        .build();
  }

  /** Phase changes of any phase; discontinuations always have a reason, suspensions sometimes. */
  public static Gen<PhaseChange> phaseChanges() {
    return rs -> phaseChange(rs, Generate.enumValues(Phase.class).generate(rs), dates().generate(rs));
  }

  /**
   * Engagements of the world's programme with a cluster, whose histories are random walks through the transition
   * table in time order (with reasons where the table needs them). Guards are not considered: see {@link
   * #portfolios()} for engagements whose histories pass them.
   */
  public static Gen<Engagement> engagements() {
    return rs -> {
      Engagement e = Engagement.builder()
          .id(EngagementId.of("engagement-" + between(rs, 1, 9)))
          .programme(PROGRAMME)
          .cluster(pick(rs, List.of(CLUSTER, OTHER_CLUSTER)))
          .team(list(rs, teamMembers(), 0, 3))
          .governanceBody(maybe(rs, governanceBodies()))
          .build();
      LocalDate day = EPOCH.plusDays(between(rs, 0, 365));
      for (int i = between(rs, 0, 10); i > 0 && !e.nextPhases().isEmpty(); i--) {
        day = day.plusDays(between(rs, 0, 200));
        Phase next = pick(rs, e.nextPhases().asList());
        e = Engagement.builder().from(e).addPhaseHistory(phaseChange(rs, next, datesFrom(day, 0).generate(rs))).build();
      }
      return e;
    };
  }

  /** Evidence of generated studies, plans and indicators. */
  public static Gen<Evidence> evidence() {
    return rs -> Evidence.of(list(rs, diagnosticStudies(), 0, 3), list(rs, actionPlans(), 0, 3), list(rs, indicators(), 0, 3));
  }

  // --- training and collaboration ---------------------------------------------------------------------------

  /** Partners of a training: a world organisation in any role. */
  public static Gen<TrainingPartner> trainingPartners() {
    return rs -> TrainingPartner.of(pick(rs, ORGANISATIONS), Generate.enumValues(TrainingRole.class).generate(rs));
  }

  /** Participants: counts no smaller than the people and organisations named. */
  public static Gen<Participants> participants() {
    return rs -> {
      List<org.cnd.core.id.PersonId> people = subset(rs, PEOPLE, 2);
      List<org.cnd.core.id.OrganisationId> organisations = subset(rs, ORGANISATIONS, 3);
      Participants.Builder b = Participants.builder().people(people).organisations(organisations);
      if (bool(rs)) {
        b.count(people.size() + between(rs, 0, 30));
      }
      if (bool(rs)) {
        b.organisationCount(organisations.size() + between(rs, 0, 6));
      }
      if (bool(rs)) {
        b.description("CDAs and officials");
      }
      return b.build();
    };
  }

  /** Exercises about a world cluster or a described one, without study or plan. */
  public static Gen<Exercise> exercises() {
    return rs -> {
      Exercise.Builder b = Exercise.builder();
      if (bool(rs)) {
        b.cluster(pick(rs, List.of(CLUSTER, OTHER_CLUSTER)));
      } else {
        b.clusterDescription("The " + texts().generate(rs).toLowerCase(java.util.Locale.ROOT) + " cluster");
      }
      if (bool(rs)) {
        b.description("A diagnostic study and an action plan");
      }
      return b.build();
    };
  }

  /** Follow-up events dated from the day on. */
  public static Gen<FollowUpEvent> followUpEvents(LocalDate from) {
    return rs -> {
      FollowUpEvent.Builder b = FollowUpEvent.builder()
          .kind(Generate.enumValues(TrainingKind.class).generate(rs))
          .status(Generate.enumValues(EventStatus.class).generate(rs))
          .date(datesFrom(from, 3 * 365).generate(rs));
      if (bool(rs)) {
        b.note("Expected in mid-May");
      }
      return b.build();
    };
  }

  /** Trainings with the given identifier, of the world's programme and organisations. */
  public static Gen<Training> trainings(TrainingId id) {
    return rs -> {
      Training.Builder b = Training.builder()
          .id(id)
          .title(texts().generate(rs) + " course")
          .kind(Generate.enumValues(TrainingKind.class).generate(rs))
          .partners(list(rs, trainingPartners(), 0, 3))
          .participants(maybe(rs, participants()))
          .exercises(list(rs, exercises(), 0, 3));
      if (bool(rs)) {
        b.programme(PROGRAMME);
      }
      LocalDate from = EPOCH;
      if (bool(rs)) {
        DateRange period = periods().generate(rs);
        b.period(period);
        from = period.start().earliest();
      }
      return b.followUps(list(rs, followUpEvents(from), 0, 2)).build();
    };
  }

  /** Trainings with generated identifiers. */
  public static Gen<Training> trainings() {
    return rs -> trainings(TrainingId.of("training-" + between(rs, 1, 9))).generate(rs);
  }

  /** Linkages with the given identifier between world organisations and clusters. */
  public static Gen<Linkage> linkages(LinkageId id) {
    return rs -> {
      Linkage.Builder b = Linkage.builder()
          .id(id)
          .kind(Generate.enumValues(LinkageKind.class).generate(rs))
          .date(maybe(rs, dates()));
      if (bool(rs)) {
        b.programme(PROGRAMME);
      }
      if (bool(rs)) {
        b.outcome("Two joint projects");
      }
      // A linkage links somebody: fall back on the cluster when the subsets came out empty.
      ImmutableList<ClusterId> clusters = subset(rs, List.of(CLUSTER, OTHER_CLUSTER), 2);
      ImmutableList<org.cnd.core.id.OrganisationId> organisations = subset(rs, ORGANISATIONS, 3);
      return b.organisations(organisations)
          .clusters(clusters.isEmpty() && organisations.isEmpty() ? List.of(CLUSTER) : clusters)
          .build();
    };
  }

  /** Linkages with generated identifiers. */
  public static Gen<Linkage> linkages() {
    return rs -> linkages(LinkageId.of("linkage-" + between(rs, 1, 9))).generate(rs);
  }

  /** Reports with the given identifier about world clusters or the Punjab. */
  public static Gen<Report> reports(ReportId id) {
    return rs -> {
      Report.Builder b = Report.builder()
          .id(id)
          .title("Report on " + texts().generate(rs).toLowerCase(java.util.Locale.ROOT))
          .kind(Generate.enumValues(ReportKind.class).generate(rs))
          .date(maybe(rs, dates()))
          .authors(subset(rs, ORGANISATIONS, 2));
      if (bool(rs)) {
        b.addProgrammes(PROGRAMME);
      }
      // A report is about clusters or a region: the Punjab when no cluster came out.
      ImmutableList<ClusterId> clusters = subset(rs, List.of(CLUSTER, OTHER_CLUSTER), 2);
      if (clusters.isEmpty() || bool(rs)) {
        b.region(Place.builder().country(CountryCode.of("PK")).subdivision(SubdivisionCode.of("PK-PB")).build());
      }
      return b.clusters(clusters).build();
    };
  }

  /** Reports with generated identifiers. */
  public static Gen<Report> reports() {
    return rs -> reports(ReportId.of("report-" + between(rs, 1, 9))).generate(rs);
  }

  // --- selection and networks -------------------------------------------------------------------------------

  private static final List<String> DISTRICTS = List.of("Gujrat", "Sialkot", "Wazirabad", "Lahore");
  private static final List<IsicCode> DIVISIONS =
      List.of(IsicCode.of("13"), IsicCode.of("15"), IsicCode.of("25"), IsicCode.of("27"), IsicCode.of("32"));

  /** Regions of the Punjab: a subdivision, a district, or a district within the subdivision. */
  public static Gen<Region> regions() {
    return rs -> switch (between(rs, 0, 2)) {
      case 0 -> Region.of(SubdivisionCode.of("PK-PB"));
      case 1 -> Region.district(pick(rs, DISTRICTS));
      default -> Region.district(pick(rs, DISTRICTS), SubdivisionCode.of("PK-PB"));
    };
  }

  /** Mapping data sets of districts and ISIC divisions (divisions never overlap), some sectors traded. */
  public static Gen<MappingDataSet> mappingDataSets(MappingDataSetId id) {
    return rs -> {
      List<String> districts = subset(rs, DISTRICTS, 4);
      List<IsicCode> sectors = subset(rs, DIVISIONS, 5);
      MappingDataSet.Builder b = MappingDataSet.builder().id(id).title("Punjab establishments by district")
          .source("Census of establishments").vintage(dates().generate(rs)).classification("ISIC Rev.4");
      for (String d : districts) {
        for (IsicCode c : sectors) {
          if (bool(rs)) {
            b.addCounts(MappingCount.of(Region.district(d, SubdivisionCode.of("PK-PB")), c, between(rs, 0, 5000),
                between(rs, 0, 300)));
          }
        }
      }
      MappingDataSet data = b.build();
      List<IsicCode> counted = data.counts().stream().map(MappingCount::sector).distinct().toList();
      b.addAllTradedSectors(subset(rs, counted, 3));
      if (bool(rs)) {
        b.note("Made-up counts");
      }
      return b.build();
    };
  }

  /**
   * Valid selection exercises of the world's clusters: candidates from a mapping or nominated, identification
   * results, weighted or unweighted prioritisation criteria, scores on every criterion (or none), a ranking, a
   * shortlist of candidates that passed, and a decision after the scores that selects from the shortlist.
   */
  public static Gen<SelectionExercise> selectionExercises(SelectionExerciseId id, Optional<MappingDataSetId> mapping) {
    return rs -> {
      SelectionExercise.Builder b = SelectionExercise.builder().id(id).title("Selection of " + texts().generate(rs));
      if (bool(rs)) {
        b.programme(PROGRAMME);
      }
      mapping.ifPresent(b::mapping);
      for (org.cnd.core.id.OrganisationId org : subset(rs, ORGANISATIONS, 3)) {
        b.addParticipants(SelectionParticipant.builder().organisation(org)
            .role(Generate.enumValues(SelectionRole.class).generate(rs))
            .note(maybe(rs, Generate.constant("Chaired the workshop"))).build());
      }
      b.period(maybe(rs, periods())).objective(maybe(rs, Generate.constant("Jobs through exports")));
      List<CandidateId> candidates = new ArrayList<>();
      List<ClusterId> clusters = List.of(CLUSTER, OTHER_CLUSTER);
      for (int i = 0; i < between(rs, 1, 3); i++) {
        CandidateId c = CandidateId.of("candidate-" + i);
        candidates.add(c);
        Candidate.Builder cb = Candidate.builder().id(c);
        if (i < 2 && bool(rs)) {
          cb.cluster(clusters.get(i));
        } else {
          cb.name("Candidate " + i);
        }
        if (bool(rs)) {
          cb.origin(CandidateOrigin.MAPPING).region(regions().generate(rs)).sector(pick(rs, DIVISIONS));
        } else {
          cb.origin(CandidateOrigin.NOMINATED);
          if (bool(rs)) {
            cb.nominatedBy(pick(rs, ORGANISATIONS));
          } else {
            cb.source("the counterparts");
          }
        }
        if (bool(rs)) {
          cb.note(texts().generate(rs));
        }
        b.addCandidates(cb.build());
      }
      List<CandidateId> passed = new ArrayList<>(candidates);
      if (bool(rs)) {
        CriterionId mass = CriterionId.of("critical-mass");
        b.addIdentificationCriteria(IdentificationCriterion.builder().id(mass).name("critical mass")
            .description(maybe(rs, Generate.constant("At least 50 enterprises"))).build());
        for (CandidateId c : candidates) {
          boolean pass = bool(rs);
          if (!pass) {
            passed.remove(c);
          }
          b.addIdentificationResults(IdentificationResult.builder().candidate(c).criterion(mass).passed(pass)
              .evidence(maybe(rs, Generate.constant("The census"))).build());
        }
      }
      int criteria = between(rs, 0, 2);
      boolean weighted = criteria > 0 && bool(rs);
      boolean scored = criteria > 0 && bool(rs);
      boolean scaled = bool(rs);
      LocalDate scoredOn = EPOCH.plusDays(between(rs, 0, 300));
      for (int k = 0; k < criteria; k++) {
        CriterionId cid = CriterionId.of("criterion-" + k);
        PrioritisationCriterion.Builder pb = PrioritisationCriterion.builder().id(cid).name("Criterion " + k)
            .direction(Generate.enumValues(CriterionDirection.class).generate(rs))
            .description(maybe(rs, Generate.constant("As agreed")));
        if (weighted) {
          pb.weight(criteria == 1 ? BigDecimal.ONE : new BigDecimal(k == 0 ? "0.6" : "0.4"));
        }
        if (scaled) {
          pb.scale(Scale.of(1, 5));
        }
        b.addPrioritisationCriteria(pb.build());
        if (scored) {
          for (CandidateId c : candidates) {
            if (between(rs, 0, 4) == 0) {
              b.addScores(Score.notScored(c, cid, "No data"));
            } else {
              b.addScores(Score.builder().candidate(c).criterion(cid).value(BigDecimal.valueOf(between(rs, 1, 5)))
                  .source(maybe(rs, Generate.constant("The survey"))).date(Optional.of(PartialDate.of(scoredOn)))
                  .note(maybe(rs, Generate.constant("Rounded"))).build());
            }
          }
        }
      }
      SelectionExercise draft = b.build();
      if (scored && weighted && scaled && bool(rs)) {
        b.addAllRanking(Ranking.of(draft).entries());
      } else if (bool(rs)) {
        b.addRanking(RankEntry.of(candidates.get(0), 1));
      }
      List<CandidateId> shortlist = bool(rs) ? subset(rs, passed, 3) : List.of();
      b.addAllShortlist(shortlist);
      if (bool(rs)) {
        List<CandidateId> pool = shortlist.isEmpty() ? passed : shortlist;
        b.decision(SelectionDecision.builder().date(PartialDate.of(scoredOn.plusDays(between(rs, 0, 100))))
            .decidingBody(maybe(rs, Generate.constant("the Pakistani counterparts")))
            .decidedBy(subset(rs, ORGANISATIONS, 2)).selected(subset(rs, pool, 3))
            .reason("for their export potential").build());
      }
      if (bool(rs)) {
        b.description(texts().generate(rs));
      }
      return b.build();
    };
  }

  /** Valid networks of the world's organisations, with a broker, stages for vertical ones and ordered dates. */
  public static Gen<Network> networks(NetworkId id) {
    return rs -> {
      NetworkKind kind = Generate.enumValues(NetworkKind.class).generate(rs);
      Network.Builder b = Network.builder().id(id).name("Network " + texts().generate(rs)).kind(kind);
      List<org.cnd.core.id.OrganisationId> members = subset(rs, ORGANISATIONS, 3);
      for (org.cnd.core.id.OrganisationId m : members) {
        NetworkMember.Builder mb = NetworkMember.builder().organisation(m);
        if (bool(rs)) {
          mb.stage(pick(rs, List.of("tanning", "stitching", "finishing")));
        }
        if (bool(rs)) {
          mb.note("Founding member");
        }
        b.addMembers(mb.build());
      }
      if (members.isEmpty() || bool(rs)) {
        b.memberCount(members.size() + between(rs, 0, 20));
      }
      if (kind == NetworkKind.VERTICAL || bool(rs)) {
        b.addValueChainStages("tanning", "garment making");
      }
      if (bool(rs)) {
        b.cluster(pick(rs, List.of(CLUSTER, OTHER_CLUSTER)));
      }
      b.objective(maybe(rs, Generate.constant("Joint purchasing of raw materials")));
      if (bool(rs)) {
        b.broker(pick(rs, PEOPLE));
      }
      LocalDate formed = EPOCH.plusDays(between(rs, 0, 300));
      if (bool(rs)) {
        b.formed(PartialDate.of(formed));
      }
      if (bool(rs)) {
        b.addProjects(JointProject.builder().name("Joint stand at a fair")
            .period(maybe(rs, Generate.constant(DateRange.from(PartialDate.of(formed.plusDays(30))))))
            .description(maybe(rs, Generate.constant("Lahore expo"))).build());
      }
      LocalDate day = formed;
      for (NetworkStatus status : subset(rs, List.of(NetworkStatus.values()), 3)) {
        day = day.plusDays(between(rs, 0, 200));
        b.addStatusHistory(NetworkStatusChange.builder().status(status).date(PartialDate.of(day))
            .note(maybe(rs, Generate.constant("As reported"))).build());
      }
      if (bool(rs)) {
        b.description(texts().generate(rs));
      }
      return b.build();
    };
  }

  /** Exit handovers to the world's organisations, with or without the governance body that stays. */
  public static Gen<Handover> handovers() {
    return rs -> {
      Handover.Builder b = Handover.builder().date(maybe(rs, dates()));
      List<org.cnd.core.id.OrganisationId> takers = subset(rs, ORGANISATIONS, 2);
      for (org.cnd.core.id.OrganisationId org : takers) {
        b.addTakeovers(Takeover.builder().organisation(org).responsibility("Funding the CDA")
            .note(maybe(rs, Generate.constant("From 2006"))).build());
      }
      if (takers.isEmpty() || bool(rs)) {
        b.governanceBody(governanceBodies().generate(rs));
      }
      if (bool(rs)) {
        b.note("Handed over at the closing workshop");
      }
      return b.build();
    };
  }

  // --- whole portfolios -------------------------------------------------------------------------------------

  /**
   * Valid portfolios: the {@linkplain MethodologyFixtures#world() world} with studies, plans, indicators, trainings,
   * linkages and reports that refer to each other consistently, and an engagement per cluster whose history was made
   * by {@link Engagement#moveTo} attempts (refused ones dropped), so that it passes the transition table and the
   * guards. {@code validate()} finds no error in any of them.
   */
  public static Gen<Portfolio> portfolios() {
    return rs -> {
      Portfolio p = MethodologyFixtures.world();
      List<ClusterId> clusters = List.of(CLUSTER, OTHER_CLUSTER);
      List<EngagementId> engagements = List.of(EngagementId.of("engagement-1"), EngagementId.of("engagement-2"));
      // Studies first, then indicators whose baselines may come from a study of their cluster.
      List<DiagnosticStudy> studies = new ArrayList<>();
      for (int i = between(rs, 0, 4); i > 0; i--) {
        studies.add(diagnosticStudies(DiagnosticStudyId.of("study-" + i), pick(rs, clusters)).generate(rs));
      }
      for (int i = between(rs, 0, 4); i > 0; i--) {
        int c = between(rs, 0, 1);
        Optional<EngagementId> engagement = bool(rs) ? Optional.of(engagements.get(c)) : Optional.empty();
        Indicator indicator = indicators(IndicatorId.of("indicator-" + i), clusters.get(c), engagement).generate(rs);
        List<DiagnosticStudy> own = studies.stream().filter(s -> s.cluster().equals(clusters.get(c))).toList();
        if (indicator.baseline().isPresent() && !own.isEmpty() && bool(rs)) {
          DiagnosticStudy study = pick(rs, own);
          Baseline baseline = Baseline.builder().from(indicator.baseline().get()).study(study.id()).build();
          indicator = Indicator.builder().from(indicator).baseline(baseline).build();
          studies.set(studies.indexOf(study), DiagnosticStudy.builder().from(study)
              .addBaselines(BaselineValue.builder().indicator(indicator.id()).value(baseline.value()).date(baseline.date()).build())
              .build());
        }
        p = p.withIndicator(indicator);
      }
      for (DiagnosticStudy s : studies) {
        p = p.withDiagnosticStudy(s);
      }
      for (int i = between(rs, 0, 4); i > 0; i--) {
        int c = between(rs, 0, 1);
        List<DiagnosticStudyId> own = studies.stream().filter(s -> s.cluster().equals(clusters.get(c)))
            .map(DiagnosticStudy::id).toList();
        Optional<DiagnosticStudyId> basis = own.isEmpty() || !bool(rs) ? Optional.empty() : Optional.of(pick(rs, own));
        // A plan linked to an engagement holds only activities that have not started, which the lifecycle does not judge.
        boolean linked = bool(rs);
        p = p.withActionPlan(actionPlans(ActionPlanId.of("plan-" + i), clusters.get(c), basis,
            linked ? Optional.of(engagements.get(c)) : Optional.empty(),
            linked ? List.of(ActivityStatus.PLANNED, ActivityStatus.DROPPED) : List.of(ActivityStatus.values())).generate(rs));
      }
      for (int i = between(rs, 0, 2); i > 0; i--) {
        p = p.withTraining(trainings(TrainingId.of("training-" + i)).generate(rs));
      }
      for (int i = between(rs, 0, 2); i > 0; i--) {
        p = p.withLinkage(linkages(LinkageId.of("linkage-" + i)).generate(rs));
      }
      for (int i = between(rs, 0, 2); i > 0; i--) {
        p = p.withReport(reports(ReportId.of("report-" + i)).generate(rs));
      }
      List<MappingDataSetId> mappings = new ArrayList<>();
      for (int i = between(rs, 0, 2); i > 0; i--) {
        MappingDataSetId mid = MappingDataSetId.of("mapping-" + i);
        mappings.add(mid);
        p = p.withMappingDataSet(mappingDataSets(mid).generate(rs));
      }
      for (int i = between(rs, 0, 2); i > 0; i--) {
        Optional<MappingDataSetId> mapping = mappings.isEmpty() || !bool(rs) ? Optional.empty() : Optional.of(pick(rs, mappings));
        p = p.withSelectionExercise(selectionExercises(SelectionExerciseId.of("selection-" + i), mapping).generate(rs));
      }
      for (int i = between(rs, 0, 2); i > 0; i--) {
        p = p.withNetwork(networks(NetworkId.of("network-" + i)).generate(rs));
      }
      for (int c = 0; c < 2; c++) {
        boolean evidenced = bool(rs);
        if (evidenced) {
          // Early evidence for every guard, so that walks can go all the way to exit.
          PartialDate early = datesFrom(EPOCH, 300).generate(rs);
          DiagnosticStudyId basis = DiagnosticStudyId.of("basis-" + c);
          p = p.withDiagnosticStudy(MethodologyFixtures.endorsedStudy(basis, clusters.get(c), early))
              .withActionPlan(MethodologyFixtures.endorsedPlan(ActionPlanId.of("basis-plan-" + c), clusters.get(c), basis, early))
              .withIndicator(MethodologyFixtures.measuredIndicator(IndicatorId.of("basis-indicator-" + c), engagements.get(c),
                  clusters.get(c), early));
        }
        p = p.withEngagement(walk(rs, p, engagements.get(c), clusters.get(c), evidenced));
      }
      return p;
    };
  }

  private static Engagement walk(RandomnessSource rs, Portfolio p, EngagementId id, ClusterId cluster, boolean evidenced) {
    Engagement.Builder b = Engagement.builder()
        .id(id)
        .programme(PROGRAMME)
        .cluster(cluster)
        .team(list(rs, teamMembers(), 0, 3));
    if (evidenced) {
      b.addTeam(TeamMember.of(MethodologyFixtures.CDA, TeamRole.CDA))
          .governanceBody(GovernanceBody.of("Cluster committee", PartialDate.ofYear(EPOCH.getYear())));
    } else {
      b.governanceBody(maybe(rs, governanceBodies()));
    }
    b.handover(maybe(rs, handovers()));
    Engagement e = b.build();
    Evidence evidence = p.evidenceFor(e);
    LocalDate day = EPOCH.plusYears(1);
    for (int i = between(rs, 0, 16); i > 0; i--) {
      day = day.plusDays(between(rs, 0, 250));
      // Mostly the steps the table allows, with suspensions and discontinuations rarer than forward steps.
      List<Phase> next = e.nextPhases().stream()
          .filter(ph -> ph != Phase.DISCONTINUED || between(rs, 0, 5) == 0).toList();
      Phase phase = between(rs, 0, 7) == 0 || next.isEmpty() ? Generate.enumValues(Phase.class).generate(rs) : pick(rs, next);
      MoveResult result = e.moveTo(phaseChange(rs, phase, datesFrom(day, 0).generate(rs)), evidence);
      if (result.isMoved()) {
        e = result.orElseThrow();
      }
    }
    return e;
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  private static PhaseChange phaseChange(RandomnessSource rs, Phase phase, PartialDate date) {
    PhaseChange.Builder b = PhaseChange.builder().phase(phase).date(date);
    if (phase == Phase.DISCONTINUED || (phase == Phase.SUSPENDED && bool(rs))) {
      b.reason(pick(rs, List.of("Overtaken by events", "Funding delayed", "Earthquake")));
    }
    if (between(rs, 0, 3) == 0) {
      b.note(texts().generate(rs));
    }
    return b.build();
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return SourceDSL.integers().between(min, max).generate(rs);
  }

  private static boolean bool(RandomnessSource rs) {
    return Generate.booleans().generate(rs);
  }

  private static <T> T pick(RandomnessSource rs, List<T> items) {
    return items.get(between(rs, 0, items.size() - 1));
  }

  private static <T> Optional<T> maybe(RandomnessSource rs, Gen<T> gen) {
    return bool(rs) ? Optional.of(gen.generate(rs)) : Optional.empty();
  }

  private static <T> ImmutableList<T> list(RandomnessSource rs, Gen<T> gen, int min, int max) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int i = between(rs, min, max); i > 0; i--) {
      out.add(gen.generate(rs));
    }
    return out.build();
  }

  // Up to max distinct items, in the list's order.
  private static <T> ImmutableList<T> subset(RandomnessSource rs, List<T> items, int max) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    int left = max;
    for (T item : items) {
      if (left > 0 && bool(rs)) {
        out.add(item);
        left--;
      }
    }
    return out.build();
  }
}
