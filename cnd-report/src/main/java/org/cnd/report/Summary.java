package org.cnd.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorProgress;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.StatusChange;
import org.cnd.report.internal.CoreTimeline;

/**
 * The derived values of a portfolio, for programs: per programme its status, period, budget, funding and the
 * counterparts' share; per engagement its current phase; per study and plan its status; per indicator its progress;
 * the funding by source; the timeline. Every value is the core's ({@link PortfolioQueries} and the entities' own
 * derived accessors), gathered here so that the JSON, HTML, CSV and text reports render one set of values.
 *
 * <p>Two groupings the core does not offer yet are made here from the recorded commitments: a programme's funding
 * by funder, kind and currency with the commitments of unknown amount counted apart, and the number of
 * commitments of unknown amount behind the counterparts' share.
 *
 * @param counts how many entities of each kind the portfolio holds
 * @param programmes the programmes, in portfolio order
 * @param clusters the clusters, in portfolio order
 * @param engagements the engagements, in portfolio order
 * @param studies the diagnostic studies, in portfolio order
 * @param plans the action plans, in portfolio order
 * @param indicators the indicators, in portfolio order
 * @param fundingBySource the funders, in order of first appearance
 * @param timeline the portfolio's timeline, earliest first
 */
public record Summary(
    Counts counts,
    ImmutableList<ProgrammeSummary> programmes,
    ImmutableList<ClusterSummary> clusters,
    ImmutableList<EngagementSummary> engagements,
    ImmutableList<StudySummary> studies,
    ImmutableList<PlanSummary> plans,
    ImmutableList<IndicatorSummary> indicators,
    ImmutableList<SourceSummary> fundingBySource,
    ImmutableList<TimelineItem> timeline) {

  /**
   * How many entities of each kind a portfolio holds.
   *
   * @param organisations organisations
   * @param people people
   * @param clusters clusters
   * @param programmes programmes
   * @param engagements engagements
   * @param diagnosticStudies diagnostic studies
   * @param actionPlans action plans
   * @param indicators indicators
   * @param trainings trainings
   * @param linkages linkages
   * @param reports reports
   */
  public record Counts(
      int organisations,
      int people,
      int clusters,
      int programmes,
      int engagements,
      int diagnosticStudies,
      int actionPlans,
      int indicators,
      int trainings,
      int linkages,
      int reports) {
    static Counts of(Portfolio p) {
      return new Counts(p.organisations().size(), p.people().size(), p.clusters().size(), p.programmes().size(),
          p.engagements().size(), p.diagnosticStudies().size(), p.actionPlans().size(), p.indicators().size(),
          p.trainings().size(), p.linkages().size(), p.reports().size());
    }
  }

  /** The summary of a portfolio. */
  public static Summary of(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    PortfolioQueries q = portfolio.queries();
    return new Summary(
        Counts.of(portfolio),
        programmes(portfolio),
        clusters(portfolio, q),
        portfolio.engagements().stream().map(Summary::engagement).collect(ImmutableList.toImmutableList()),
        portfolio.diagnosticStudies().stream().map(Summary::study).collect(ImmutableList.toImmutableList()),
        portfolio.actionPlans().stream().map(Summary::plan).collect(ImmutableList.toImmutableList()),
        portfolio.indicators().stream().map(Summary::indicator).collect(ImmutableList.toImmutableList()),
        sources(q),
        CoreTimeline.of(portfolio));
  }

  /** The programmes' summaries, as in {@link #of(Portfolio)}. */
  static ImmutableList<ProgrammeSummary> programmes(Portfolio portfolio) {
    PortfolioQueries q = portfolio.queries();
    return portfolio.programmes().stream().map(p -> programme(q, p)).collect(ImmutableList.toImmutableList());
  }

  private static ProgrammeSummary programme(PortfolioQueries q, Programme p) {
    List<StatusChange> history = p.statusHistory();
    return new ProgrammeSummary(
        p.id(), p.title(), p.code(), p.currentStatus(),
        history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).date()),
        p.period(), p.budget(), funding(p), counterparts(q, p), p.targetClusters(), p.targetDescription());
  }

  // Known amounts by funder, kind and currency; unknown amounts by funder and kind, on lines of their own.
  // Should move to the core beside fundingTotalsBySource.
  private static ImmutableList<FundingTotal> funding(Programme p) {
    record Key(OrganisationId funder, FundingKind kind, Optional<Currency> currency) {}
    Map<Key, Money> sums = new LinkedHashMap<>();
    Map<Key, Integer> counts = new LinkedHashMap<>();
    for (FundingCommitment f : p.funding()) {
      Key key = new Key(f.funder(), f.kind(), f.amount().map(Money::currency));
      counts.merge(key, 1, Integer::sum);
      f.amount().ifPresent(a -> sums.merge(key, a, Money::plus));
    }
    List<FundingTotal> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new FundingTotal(k.funder(), k.kind(), Optional.ofNullable(sums.get(k)), n)));
    return ImmutableList.copyOf(out);
  }

  // The share is the core's; the counts of unknown amounts beside it are what the core's value leaves unsaid.
  private static CounterpartShare counterparts(PortfolioQueries q, Programme p) {
    List<OrganisationId> counterparts = p.participantsIn(ParticipationRole.COUNTERPART);
    int unknown = 0;
    int fromCounterparts = 0;
    int unknownFromCounterparts = 0;
    for (FundingCommitment f : p.funding()) {
      boolean counterpart = counterparts.contains(f.funder());
      fromCounterparts += counterpart ? 1 : 0;
      if (f.amount().isEmpty()) {
        unknown++;
        unknownFromCounterparts += counterpart ? 1 : 0;
      }
    }
    return new CounterpartShare(q.counterpartShare(p.id()), p.funding().size(), unknown, fromCounterparts,
        unknownFromCounterparts);
  }

  private static ImmutableList<ClusterSummary> clusters(Portfolio portfolio, PortfolioQueries q) {
    ImmutableListMultimap<Phase, Cluster> byPhase = q.clustersByPhase();
    Map<ClusterId, List<Phase>> phases = new LinkedHashMap<>();
    byPhase.forEach((phase, c) -> phases.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(phase));
    return portfolio.clusters().stream()
        .map(c -> new ClusterSummary(c.id(), c.name(), c.place().country(), c.place().subdivision(),
            c.sector().name(), c.sector().isic(), ImmutableList.copyOf(phases.getOrDefault(c.id(), List.of())),
            q.programmesTargeting(c.id()).stream().map(Programme::id).collect(ImmutableList.toImmutableList())))
        .collect(ImmutableList.toImmutableList());
  }

  private static EngagementSummary engagement(Engagement e) {
    List<PhaseChange> history = e.phaseHistory();
    return new EngagementSummary(e.id(), e.programme(), e.cluster(), e.currentPhase(),
        history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).date()), e.resumesTo());
  }

  private static StudySummary study(DiagnosticStudy s) {
    Optional<Approval> approval = switch (s.status()) {
      case ENDORSED -> s.endorsement();
      case VALIDATED -> s.validation();
      case DRAFT -> Optional.empty();
    };
    return new StudySummary(s.id(), s.cluster(), s.title(), s.status(), approval.map(Approval::date));
  }

  private static PlanSummary plan(ActionPlan p) {
    return new PlanSummary(p.id(), p.cluster(), p.version(), p.status(),
        switch (p.status()) {
          case SUPERSEDED -> p.supersededOn();
          case ENDORSED -> p.endorsement().map(Approval::date);
          case DRAFT -> Optional.empty();
        },
        p.horizon(), p.supersedes());
  }

  private static IndicatorSummary indicator(Indicator i) {
    IndicatorProgress progress = i.progress();
    return new IndicatorSummary(i.id(), i.name(), i.cluster(), i.engagement(), i.measure(), i.unit(),
        progress.baseline().map(b -> new IndicatorSummary.Point(b.value(), b.date())),
        progress.latest().map(m -> new IndicatorSummary.Point(m.value(), m.asOf())),
        progress.target().map(t -> new IndicatorSummary.Point(t.value(), t.date())),
        progress.achieved(), progress.isTargetMet());
  }

  /** The funding by source, as in {@link #of(Portfolio)}. */
  static ImmutableList<SourceSummary> sources(PortfolioQueries q) {
    ImmutableMap<OrganisationId, ImmutableList<Money>> totals = q.fundingTotalsBySource();
    List<SourceSummary> out = new ArrayList<>();
    for (Map.Entry<OrganisationId, Collection<FundingCommitment>> e : q.fundingBySource().asMap().entrySet()) {
      int unknown = (int) e.getValue().stream().filter(f -> f.amount().isEmpty()).count();
      out.add(new SourceSummary(e.getKey(), totals.getOrDefault(e.getKey(), ImmutableList.of()),
          e.getValue().size(), unknown));
    }
    return ImmutableList.copyOf(out);
  }
}
