package org.cnd.json;

import static org.cnd.json.TestPortfolios.date;
import static org.cnd.json.TestPortfolios.flip;
import static org.cnd.json.TestPortfolios.integer;
import static org.cnd.json.TestPortfolios.maybe;
import static org.cnd.json.TestPortfolios.money;
import static org.cnd.json.TestPortfolios.pick;
import static org.cnd.json.TestPortfolios.place;
import static org.cnd.json.TestPortfolios.profile;
import static org.cnd.json.TestPortfolios.range;
import static org.cnd.json.TestPortfolios.text;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cnd.core.Portfolio;
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
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
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
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
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

/**
 * Generators of the methodology's entities for the format's properties: every property of every methodology type,
 * with awkward text and numbers of every form (negative, with many decimals, with an exponent), each entity valid
 * on its own. References are arbitrary identifiers: the portfolios need not pass the portfolio validator, which
 * {@code org.cnd.core.testing.MethodologyGen} covers.
 */
final class MethodologyPortfolios {
  private MethodologyPortfolios() {}

  /** {@link TestPortfolios#portfolios()} with a few entities in each methodology collection as well. */
  static Gen<Portfolio> portfolios() {
    return rs -> {
      Portfolio.Builder b = Portfolio.builder().from(TestPortfolios.portfolios().generate(rs));
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addEngagements(engagement(rs, i));
      }
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addDiagnosticStudies(study(rs, i));
      }
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addActionPlans(plan(rs, i));
      }
      for (int i = integer(rs, 0, 3); i > 0; i--) {
        b.addIndicators(indicator(rs, i));
      }
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addTrainings(training(rs, i));
      }
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addLinkages(linkage(rs, i));
      }
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        b.addReports(report(rs, i));
      }
      return b.build();
    };
  }

  // --- lifecycle ------------------------------------------------------------------------------------------

  static Engagement engagement(RandomnessSource rs, int index) {
    Engagement.Builder b = Engagement.builder()
        .id(EngagementId.of("engagement-" + index))
        .programme(programmeRef(rs))
        .cluster(clusterRef(rs));
    for (int i = integer(rs, 0, 3); i > 0; i--) {
      b.addTeam(teamMember(rs));
    }
    maybe(rs, () -> {
      GovernanceBody.Builder g = GovernanceBody.builder().name(text(rs));
      for (int i = integer(rs, 0, 2); i > 0; i--) {
        g.addMembers(organisationRef(rs));
      }
      maybe(rs, () -> g.formed(date(rs)));
      maybe(rs, () -> g.note(text(rs)));
      b.governanceBody(g.build());
    });
    // Any phases in any order: the transition table is the validator's business, not the reader's.
    for (int i = integer(rs, 0, 4); i > 0; i--) {
      PhaseChange.Builder c = PhaseChange.builder().phase(pick(rs, Phase.values())).date(date(rs));
      maybe(rs, () -> c.reason(text(rs)));
      maybe(rs, () -> c.note(text(rs)));
      b.addPhaseHistory(c.build());
    }
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static TeamMember teamMember(RandomnessSource rs) {
    TeamMember.Builder m = TeamMember.builder().role(pick(rs, TeamRole.values()));
    int who = integer(rs, 0, 2);
    if (who != 1) {
      m.person(personRef(rs));
    }
    if (who != 0) {
      m.organisation(organisationRef(rs));
    }
    maybe(rs, () -> m.period(range(rs)));
    maybe(rs, () -> m.note(text(rs)));
    return m.build();
  }

  // --- diagnostic -----------------------------------------------------------------------------------------

  static DiagnosticStudy study(RandomnessSource rs, int index) {
    DiagnosticStudy.Builder b = DiagnosticStudy.builder()
        .id(DiagnosticStudyId.of("study-" + index))
        .cluster(clusterRef(rs));
    maybe(rs, () -> b.title(text(rs)));
    maybe(rs, () -> b.engagement(EngagementId.of("engagement-" + integer(rs, 0, 3))));
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      b.addAuthors(personRef(rs));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      b.addAuthorOrganisations(organisationRef(rs));
    }
    maybe(rs, () -> b.period(range(rs)));
    maybe(rs, () -> b.profile(profile(rs)));
    List<SizeClass> sizes = new ArrayList<>(EnumSet.allOf(SizeClass.class));
    for (SizeClass size : sizes.subList(0, integer(rs, 0, sizes.size()))) {
      b.addEnterprisesBySize(EnterpriseCount.of(size, count(rs)));
    }
    maybe(rs, () -> b.projectedMap(clusterMap(rs, 0)));
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      b.addKeyConstraints(finding(rs));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      BaselineValue.Builder v = BaselineValue.builder()
          .indicator(IndicatorId.of("indicator-" + index + "-" + i))
          .value(flip(rs) ? number(rs) : IndicatorValue.ofText(text(rs)));
      maybe(rs, () -> v.date(date(rs)));
      b.addBaselines(v.build());
    }
    maybe(rs, () -> b.description(text(rs)));
    // A validated or endorsed study has a complete SWOT and a map with an actor; a draft may have either.
    int status = integer(rs, 0, 2);
    if (status > 0 || flip(rs)) {
      b.swot(swot(rs, status > 0)).clusterMap(clusterMap(rs, status > 0 ? 1 : 0));
    }
    if (status > 0) {
      Approval validation = approval(rs, date(rs));
      b.validation(validation);
      if (status > 1) {
        b.endorsement(approval(rs, later(rs, validation.date())));
      }
    }
    return b.build();
  }

  static Approval approval(RandomnessSource rs, PartialDate date) {
    Approval.Builder a = Approval.builder().date(date);
    maybe(rs, () -> a.body(text(rs)));
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      a.addOrganisations(organisationRef(rs));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      a.addPeople(personRef(rs));
    }
    maybe(rs, () -> a.note(text(rs)));
    return a.build();
  }

  static ClusterMap clusterMap(RandomnessSource rs, int minActors) {
    ClusterMap.Builder m = ClusterMap.builder();
    int actors = integer(rs, minActors, 4);
    for (int i = 0; i < actors; i++) {
      MapActor.Builder a = MapActor.builder().id(MapActorId.of("actor-" + i)).kind(pick(rs, ActorKind.values()));
      maybe(rs, () -> a.name(text(rs)));
      maybe(rs, () -> a.count(count(rs)));
      for (int j = integer(rs, 0, 2); j > 0; j--) {
        a.addOrganisations(organisationRef(rs));
      }
      maybe(rs, () -> a.note(text(rs)));
      m.addActors(a.build());
    }
    for (int i = actors == 0 ? 0 : integer(rs, 0, 4); i > 0; i--) {
      MapLinkage.Builder l = MapLinkage.builder()
          .fromActor(MapActorId.of("actor-" + integer(rs, 0, actors - 1)))
          .toActor(MapActorId.of("actor-" + integer(rs, 0, actors - 1)))
          .kind(pick(rs, MapLinkageKind.values()))
          .strength(pick(rs, LinkageStrength.values()));
      maybe(rs, () -> l.note(text(rs)));
      m.addLinkages(l.build());
    }
    return m.build();
  }

  static Swot swot(RandomnessSource rs, boolean complete) {
    int min = complete ? 1 : 0;
    Swot.Builder s = Swot.builder();
    for (int i = integer(rs, min, 2); i > 0; i--) {
      s.addStrengths(finding(rs));
    }
    for (int i = integer(rs, min, 2); i > 0; i--) {
      s.addWeaknesses(finding(rs));
    }
    for (int i = integer(rs, min, 2); i > 0; i--) {
      s.addOpportunities(finding(rs));
    }
    for (int i = integer(rs, min, 2); i > 0; i--) {
      s.addThreats(finding(rs));
    }
    return s.build();
  }

  static Finding finding(RandomnessSource rs) {
    return Finding.of(pick(rs, Theme.values()), text(rs));
  }

  // --- plans ----------------------------------------------------------------------------------------------

  static ActionPlan plan(RandomnessSource rs, int index) {
    ActionPlanId id = ActionPlanId.of("plan-" + index);
    DateRange horizon = range(rs);
    ActionPlan.Builder b = ActionPlan.builder().id(id).cluster(clusterRef(rs)).horizon(horizon);
    maybe(rs, () -> b.title(text(rs)));
    maybe(rs, () -> b.engagement(EngagementId.of("engagement-" + integer(rs, 0, 3))));
    maybe(rs, () -> b.basis(DiagnosticStudyId.of("study-" + integer(rs, 0, 3))));
    maybe(rs, () -> b.version(flip(rs) ? integer(rs, 1, 5) : Integer.MAX_VALUE));
    maybe(rs, () -> b.supersedes(ActionPlanId.of("old-plan-" + integer(rs, 0, 3))));
    maybe(rs, () -> b.vision(text(rs)));
    List<ObjectiveId> objectives = new ArrayList<>();
    for (int i = integer(rs, 0, 3); i > 0; i--) {
      ObjectiveId o = ObjectiveId.of("objective-" + i);
      objectives.add(o);
      b.addObjectives(Objective.of(o, text(rs)));
    }
    for (int i = integer(rs, 0, 3); i > 0; i--) {
      b.addActivities(activity(rs, ActivityId.of("activity-" + i), horizon, objectives));
    }
    if (flip(rs)) {
      Approval endorsement = approval(rs, date(rs));
      b.endorsement(endorsement);
      maybe(rs, () -> b.supersededOn(later(rs, endorsement.date())));
    } else {
      maybe(rs, () -> b.supersededOn(date(rs)));
    }
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static Activity activity(RandomnessSource rs, ActivityId id, DateRange horizon, List<ObjectiveId> objectives) {
    Activity.Builder a = Activity.builder()
        .id(id)
        .title(text(rs))
        .kind(pick(rs, ActivityKind.values()))
        .intervention(pick(rs, Intervention.values()))
        .status(pick(rs, ActivityStatus.values()));
    for (ObjectiveId o : objectives) {
      maybe(rs, () -> a.addObjectives(o));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      a.addResponsible(organisationRef(rs));
    }
    DateRange period = flip(rs) ? horizon : range(rs);
    if (horizon.mayEnclose(period)) {
      maybe(rs, () -> a.period(period));
    }
    Money budget = money(rs);
    boolean budgeted = flip(rs);
    if (budgeted) {
      a.budget(budget);
    }
    // Shares in the budget's currency, adding up to no more than it: halves, quarters, ...
    BigDecimal left = budget.amount();
    for (int i = integer(rs, 0, 3); i > 0; i--) {
      left = left.divide(BigDecimal.valueOf(2));
      a.addFunding(FundingShare.of(organisationRef(rs), Money.of(left, budget.currency())));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      a.addIndicators(IndicatorId.of("indicator-" + integer(rs, 0, 9)));
    }
    maybe(rs, () -> a.description(text(rs)));
    return a.build();
  }

  // --- monitoring -----------------------------------------------------------------------------------------

  static Indicator indicator(RandomnessSource rs, int index) {
    Measure measure = pick(rs, Measure.values());
    Indicator.Builder b = Indicator.builder()
        .id(IndicatorId.of("indicator-" + index))
        .name(text(rs))
        .level(pick(rs, IndicatorLevel.values()))
        .measure(measure);
    int owner = integer(rs, 0, 2);
    if (owner != 1) {
      b.cluster(clusterRef(rs));
    }
    if (owner != 0) {
      b.engagement(EngagementId.of("engagement-" + integer(rs, 0, 3)));
    }
    maybe(rs, () -> b.unit(text(rs)));
    maybe(rs, () -> b.direction(pick(rs, Direction.values())));
    Disaggregation disaggregation = flip(rs) ? pick(rs, Disaggregation.values()) : null;
    if (disaggregation != null) {
      b.disaggregation(disaggregation);
    }
    PartialDate from = date(rs);
    boolean based = flip(rs);
    if (based) {
      Baseline.Builder base = Baseline.builder().value(value(rs, measure)).date(from);
      maybe(rs, () -> base.study(DiagnosticStudyId.of("study-" + integer(rs, 0, 3))));
      maybe(rs, () -> base.note(text(rs)));
      b.baseline(base.build());
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      Target.Builder t = Target.builder().value(value(rs, measure)).date(based ? later(rs, from) : date(rs));
      maybe(rs, () -> t.note(text(rs)));
      b.addTargets(t.build());
    }
    for (int i = integer(rs, 0, 3); i > 0; i--) {
      Measurement.Builder m = Measurement.builder().value(value(rs, measure));
      if (flip(rs)) {
        m.date(based ? later(rs, from) : date(rs));
      } else {
        PartialDate start = date(rs);
        PartialDate end = based ? later(rs, from) : date(rs);
        m.period(start.isCertainlyAfter(end) ? DateRange.of(end) : DateRange.of(start, end));
      }
      maybe(rs, () -> m.source(text(rs)));
      if (disaggregation != null) {
        for (int j = integer(rs, 0, 3); j > 0; j--) {
          m.addBreakdown(disaggregation == Disaggregation.ENTERPRISE_SIZE
              ? BreakdownValue.of(pick(rs, SizeClass.values()), value(rs, measure))
              : BreakdownValue.of(pick(rs, Gender.values()), value(rs, measure)));
        }
      }
      b.addMeasurements(m.build());
    }
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static IndicatorValue value(RandomnessSource rs, Measure measure) {
    return measure.isQuantitative() ? number(rs) : IndicatorValue.ofText(text(rs));
  }

  /** Numbers of every form the core admits: negative, zero, many decimals, trailing zeros, negative scales. */
  static IndicatorValue number(RandomnessSource rs) {
    long unscaled = flip(rs) ? longs().between(-1000, 100_000).generate(rs)
        : longs().between(-999_999_999_999_999L, 999_999_999_999_999L).generate(rs);
    int scale = flip(rs) ? integer(rs, 0, 2) : integer(rs, -10, 15);
    return IndicatorValue.of(new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  // --- training and collaboration -------------------------------------------------------------------------

  static Training training(RandomnessSource rs, int index) {
    Training.Builder b = Training.builder()
        .id(TrainingId.of("training-" + index))
        .title(text(rs))
        .kind(pick(rs, TrainingKind.values()));
    maybe(rs, () -> b.programme(programmeRef(rs)));
    DateRange period = flip(rs) ? range(rs) : null;
    if (period != null) {
      b.period(period);
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      TrainingPartner.Builder p = TrainingPartner.builder().organisation(organisationRef(rs))
          .role(pick(rs, TrainingRole.values()));
      maybe(rs, () -> p.note(text(rs)));
      b.addPartners(p.build());
    }
    maybe(rs, () -> {
      Participants.Builder p = Participants.builder();
      int organisations = integer(rs, 0, 2);
      int people = integer(rs, 0, 2);
      for (int i = 0; i < organisations; i++) {
        p.addOrganisations(organisationRef(rs));
      }
      for (int i = 0; i < people; i++) {
        p.addPeople(personRef(rs));
      }
      maybe(rs, () -> p.count(people + count(rs) % 1000));
      maybe(rs, () -> p.organisationCount(organisations + count(rs) % 1000));
      maybe(rs, () -> p.description(text(rs)));
      b.participants(p.build());
    });
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      Exercise.Builder e = Exercise.builder();
      boolean described = flip(rs);
      if (!described || flip(rs)) {
        e.cluster(clusterRef(rs));
      }
      if (described) {
        e.clusterDescription(text(rs));
      }
      maybe(rs, () -> e.study(DiagnosticStudyId.of("study-" + integer(rs, 0, 3))));
      maybe(rs, () -> e.plan(ActionPlanId.of("plan-" + integer(rs, 0, 3))));
      maybe(rs, () -> e.description(text(rs)));
      b.addExercises(e.build());
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      FollowUpEvent.Builder f = FollowUpEvent.builder()
          .kind(pick(rs, TrainingKind.values()))
          .status(pick(rs, EventStatus.values()))
          .date(period == null ? date(rs) : later(rs, period.start()));
      maybe(rs, () -> f.training(TrainingId.of("training-" + integer(rs, 0, 3))));
      maybe(rs, () -> f.note(text(rs)));
      b.addFollowUps(f.build());
    }
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static Linkage linkage(RandomnessSource rs, int index) {
    Linkage.Builder b = Linkage.builder().id(LinkageId.of("linkage-" + index)).kind(pick(rs, LinkageKind.values()));
    int parties = integer(rs, 0, 2);
    if (parties != 1) {
      for (int i = integer(rs, 1, 2); i > 0; i--) {
        b.addOrganisations(organisationRef(rs));
      }
    }
    if (parties != 0) {
      for (int i = integer(rs, 1, 2); i > 0; i--) {
        b.addClusters(clusterRef(rs));
      }
    }
    maybe(rs, () -> b.programme(programmeRef(rs)));
    maybe(rs, () -> b.date(date(rs)));
    maybe(rs, () -> b.outcome(text(rs)));
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static Report report(RandomnessSource rs, int index) {
    Report.Builder b = Report.builder()
        .id(ReportId.of("report-" + index))
        .title(text(rs))
        .kind(pick(rs, ReportKind.values()));
    maybe(rs, () -> b.date(date(rs)));
    int subject = integer(rs, 0, 2);
    if (subject != 1) {
      for (int i = integer(rs, 1, 2); i > 0; i--) {
        b.addClusters(clusterRef(rs));
      }
    }
    if (subject != 0) {
      b.region(place(rs));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      b.addAuthors(organisationRef(rs));
    }
    for (int i = integer(rs, 0, 2); i > 0; i--) {
      b.addProgrammes(programmeRef(rs));
    }
    maybe(rs, () -> b.description(text(rs)));
    maybe(rs, () -> b.url(java.net.URI.create((flip(rs) ? "https" : "http") + "://example.org/reports/" + index
        + (flip(rs) ? ".pdf" : ""))));
    return b.build();
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /** A date never certainly before the given one: the same date, or another date that is not. */
  static PartialDate later(RandomnessSource rs, PartialDate date) {
    if (flip(rs)) {
      return date;
    }
    PartialDate other = date(rs);
    return date.isCertainlyAfter(other) ? date : other;
  }

  private static long count(RandomnessSource rs) {
    return flip(rs) ? longs().between(0, 1000).generate(rs) : longs().between(0, Long.MAX_VALUE).generate(rs);
  }

  private static OrganisationId organisationRef(RandomnessSource rs) {
    return OrganisationId.of("org-" + integer(rs, 0, 5));
  }

  private static PersonId personRef(RandomnessSource rs) {
    return PersonId.of("person-" + integer(rs, 0, 3));
  }

  private static ClusterId clusterRef(RandomnessSource rs) {
    return ClusterId.of("cluster-" + integer(rs, 0, 4));
  }

  private static ProgrammeId programmeRef(RandomnessSource rs) {
    return ProgrammeId.of("programme-" + integer(rs, 0, 3));
  }
}
