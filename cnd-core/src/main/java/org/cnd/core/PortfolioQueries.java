package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cnd.core.actor.Organisation;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.Report;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorProgress;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.time.PartialDate;
import org.cnd.core.training.Training;

/**
 * The questions programme staff ask of a {@link Portfolio}: clusters by country, subdivision, sector and phase;
 * programmes targeting a cluster; clusters targeted by more than one programme; engagements of a cluster and their
 * current phases; funding by source and the counterparts' share; indicator progress; a dated timeline of the
 * portfolio and of each cluster. Obtain one with {@link Portfolio#queries()}; indexes are built once, when first
 * needed.
 *
 * <p>Every list keeps the portfolio's order unless it says otherwise.
 */
public final class PortfolioQueries {
  private final Portfolio portfolio;
  private ImmutableListMultimap<ClusterId, Programme> programmesByCluster;

  PortfolioQueries(Portfolio portfolio) {
    this.portfolio = portfolio;
  }

  /** The clusters in a country. */
  public ImmutableList<Cluster> clustersIn(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return portfolio.clusters().stream()
        .filter(c -> c.place().country().equals(country))
        .collect(ImmutableList.toImmutableList());
  }

  /** The clusters in a subdivision (a province). */
  public ImmutableList<Cluster> clustersIn(SubdivisionCode subdivision) {
    Objects.requireNonNull(subdivision, "subdivision");
    return portfolio.clusters().stream()
        .filter(c -> c.place().subdivision().map(subdivision::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** The clusters whose sector's ISIC code lies within the given code ({@code C} finds every manufacturing cluster). */
  public ImmutableList<Cluster> clustersInSector(IsicCode code) {
    Objects.requireNonNull(code, "code");
    return portfolio.clusters().stream()
        .filter(c -> c.sector().isic().map(code::contains).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** The clusters grouped by subdivision code, in order of first appearance; clusters without one are left out. */
  public ImmutableListMultimap<SubdivisionCode, Cluster> clustersBySubdivision() {
    ImmutableListMultimap.Builder<SubdivisionCode, Cluster> out = ImmutableListMultimap.builder();
    portfolio.clusters().forEach(c -> c.place().subdivision().ifPresent(s -> out.put(s, c)));
    return out.build();
  }

  /** The clusters grouped by sector name, in order of first appearance. */
  public ImmutableListMultimap<String, Cluster> clustersBySector() {
    ImmutableListMultimap.Builder<String, Cluster> out = ImmutableListMultimap.builder();
    portfolio.clusters().forEach(c -> out.put(c.sector().name(), c));
    return out.build();
  }

  /** The programmes that target the cluster. */
  public ImmutableList<Programme> programmesTargeting(ClusterId cluster) {
    Objects.requireNonNull(cluster, "cluster");
    return programmesByCluster().get(cluster);
  }

  /** The clusters targeted by more than one programme. */
  public ImmutableList<Cluster> clustersInSeveralProgrammes() {
    return portfolio.clusters().stream()
        .filter(c -> programmesByCluster().get(c.id()).size() > 1)
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableListMultimap<ClusterId, Programme> programmesByCluster() {
    ImmutableListMultimap<ClusterId, Programme> index = programmesByCluster;
    if (index == null) {
      ImmutableListMultimap.Builder<ClusterId, Programme> out = ImmutableListMultimap.builder();
      for (Programme p : portfolio.programmes()) {
        p.targetClusters().forEach(c -> out.put(c, p));
      }
      // A benign race: two threads may both build the same index; either result is correct.
      index = out.build();
      programmesByCluster = index;
    }
    return index;
  }

  /** Every funding commitment of every programme, grouped by funder in order of first appearance. */
  public ImmutableListMultimap<OrganisationId, FundingCommitment> fundingBySource() {
    ImmutableListMultimap.Builder<OrganisationId, FundingCommitment> out = ImmutableListMultimap.builder();
    for (Programme p : portfolio.programmes()) {
      p.funding().forEach(f -> out.put(f.funder(), f));
    }
    return out.build();
  }

  /**
   * The known amounts each funder committed, summed per currency (amounts in different currencies are never
   * added); funders whose commitments carry no amount are left out.
   */
  public ImmutableMap<OrganisationId, ImmutableList<Money>> fundingTotalsBySource() {
    Map<OrganisationId, Map<Currency, Money>> sums = new LinkedHashMap<>();
    for (Programme p : portfolio.programmes()) {
      for (FundingCommitment f : p.funding()) {
        f.amount().ifPresent(a -> sums.computeIfAbsent(f.funder(), k -> new LinkedHashMap<>())
            .merge(a.currency(), a, Money::plus));
      }
    }
    ImmutableMap.Builder<OrganisationId, ImmutableList<Money>> out = ImmutableMap.builder();
    sums.forEach((funder, byCurrency) -> out.put(funder, ImmutableList.copyOf(byCurrency.values())));
    return out.buildOrThrow();
  }

  /**
   * The share of a programme's funding committed by its counterparts (organisations taking part in the role {@link
   * ParticipationRole#COUNTERPART}), as a fraction from 0 to 1 of the funding amounts it records.
   *
   * @return empty when the programme is unknown, records no funding amount, has a total of zero, or records amounts
   *     in more than one currency
   */
  public Optional<BigDecimal> counterpartShare(ProgrammeId programme) {
    Optional<Programme> found = portfolio.programme(programme);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Programme p = found.get();
    List<OrganisationId> counterparts = p.participantsIn(ParticipationRole.COUNTERPART);
    Money total = null;
    Money fromCounterparts = null;
    for (FundingCommitment f : p.funding()) {
      if (f.amount().isEmpty()) {
        continue;
      }
      Money amount = f.amount().get();
      if (total != null && !total.isSameCurrency(amount)) {
        return Optional.empty();
      }
      total = total == null ? amount : total.plus(amount);
      if (counterparts.contains(f.funder())) {
        fromCounterparts = fromCounterparts == null ? amount : fromCounterparts.plus(amount);
      }
    }
    if (total == null || total.isZero()) {
      return Optional.empty();
    }
    BigDecimal part = fromCounterparts == null ? BigDecimal.ZERO : fromCounterparts.amount();
    return Optional.of(part.divide(total.amount(), MathContext.DECIMAL64));
  }

  /** The commitments of organisations that take part in their programme as counterparts. */
  public ImmutableList<FundingCommitment> counterpartFunding() {
    ImmutableList.Builder<FundingCommitment> out = ImmutableList.builder();
    for (Programme p : portfolio.programmes()) {
      List<OrganisationId> counterparts = p.participantsIn(ParticipationRole.COUNTERPART);
      p.funding().stream().filter(f -> counterparts.contains(f.funder())).forEach(out::add);
    }
    return out.build();
  }

  // --- engagements and phases ------------------------------------------------------------------------------

  /** The engagements with a cluster, in portfolio order. */
  public ImmutableList<Engagement> engagementsOf(ClusterId cluster) {
    Objects.requireNonNull(cluster, "cluster");
    return portfolio.engagementsByCluster().get(cluster);
  }

  /** The current phase of each engagement that has started, in portfolio order. */
  public ImmutableMap<EngagementId, Phase> currentPhases() {
    ImmutableMap.Builder<EngagementId, Phase> out = ImmutableMap.builder();
    portfolio.engagements().forEach(e -> e.currentPhase().ifPresent(p -> out.put(e.id(), p)));
    return out.buildOrThrow();
  }

  /**
   * The clusters with an engagement currently in the phase, each once, in portfolio order. Engagements whose cluster
   * is not in the portfolio are left out.
   */
  public ImmutableList<Cluster> clustersIn(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    Set<ClusterId> ids = new LinkedHashSet<>();
    portfolio.engagements().stream()
        .filter(e -> e.currentPhase().map(phase::equals).orElse(false))
        .forEach(e -> ids.add(e.cluster()));
    return ids.stream().map(portfolio::cluster).flatMap(Optional::stream).collect(ImmutableList.toImmutableList());
  }

  /**
   * The clusters by the current phase of their engagements, phases in the methodology's order. A cluster with
   * engagements in two phases appears under both.
   */
  public ImmutableListMultimap<Phase, Cluster> clustersByPhase() {
    // One pass over the engagements, not one per phase: the current phase is derived from each history.
    Map<Phase, Set<ClusterId>> ids = new EnumMap<>(Phase.class);
    for (Engagement e : portfolio.engagements()) {
      e.currentPhase().ifPresent(p -> ids.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(e.cluster()));
    }
    ImmutableListMultimap.Builder<Phase, Cluster> out = ImmutableListMultimap.builder();
    for (Phase phase : Phase.values()) {
      for (ClusterId id : ids.getOrDefault(phase, Set.of())) {
        portfolio.cluster(id).ifPresent(c -> out.put(phase, c));
      }
    }
    return out.build();
  }

  // --- monitoring -------------------------------------------------------------------------------------------

  /** The progress of an indicator: its latest value against its baseline and final target. */
  public Optional<IndicatorProgress> indicatorProgress(IndicatorId indicator) {
    return portfolio.indicator(indicator).map(Indicator::progress);
  }

  /**
   * The progress of the indicators of a cluster: those naming it, and those naming one of its engagements, in
   * portfolio order.
   */
  public ImmutableList<IndicatorProgress> indicatorProgressOf(ClusterId cluster) {
    Objects.requireNonNull(cluster, "cluster");
    return portfolio.indicators().stream()
        .filter(i -> clusterOf(i).map(cluster::equals).orElse(false))
        .map(Indicator::progress)
        .collect(ImmutableList.toImmutableList());
  }

  // --- timelines --------------------------------------------------------------------------------------------

  /**
   * Everything dated in the portfolio, earliest first (by earliest day, then latest day; entries with equal dates
   * keep the portfolio's order): programme status changes and funding commitments, engagements' phase changes,
   * studies validated and endorsed, plans endorsed and superseded, activities started, measurements, trainings and
   * their follow-up events, linkages and reports.
   */
  public ImmutableList<TimelineEntry> timeline() {
    return dated().stream().map(Dated::entry).collect(ImmutableList.toImmutableList());
  }

  /**
   * The dated timeline of one cluster, earliest first: its engagements' phase changes, its studies and plans, their
   * activities, the measurements of its indicators, and the linkages and reports that name it.
   */
  public ImmutableList<TimelineEntry> timelineOf(ClusterId cluster) {
    Objects.requireNonNull(cluster, "cluster");
    return dated().stream()
        .filter(d -> d.clusters().contains(cluster))
        .map(Dated::entry)
        .collect(ImmutableList.toImmutableList());
  }

  // An entry with the clusters it is about, so that one list serves the portfolio's and each cluster's timeline.
  private record Dated(TimelineEntry entry, ImmutableSet<ClusterId> clusters) {}

  private List<Dated> dated() {
    List<Dated> out = new ArrayList<>();
    for (Programme p : portfolio.programmes()) {
      for (int k = 0; k < p.statusHistory().size(); k++) {
        add(out, p.statusHistory().get(k).date(), p.id(), TimelineKind.PROGRAMME_STATUS, k, ImmutableSet.of());
      }
      for (int k = 0; k < p.funding().size(); k++) {
        int item = k;
        p.funding().get(k).date()
            .ifPresent(d -> add(out, d, p.id(), TimelineKind.FUNDING_COMMITMENT, item, ImmutableSet.of()));
      }
    }
    for (Engagement e : portfolio.engagements()) {
      for (int k = 0; k < e.phaseHistory().size(); k++) {
        add(out, e.phaseHistory().get(k).date(), e.id(), TimelineKind.ENGAGEMENT_PHASE, k, ImmutableSet.of(e.cluster()));
      }
    }
    for (DiagnosticStudy s : portfolio.diagnosticStudies()) {
      ImmutableSet<ClusterId> clusters = ImmutableSet.of(s.cluster());
      s.validation().ifPresent(a -> add(out, a.date(), s.id(), TimelineKind.STUDY_VALIDATED, 0, clusters));
      s.endorsement().ifPresent(a -> add(out, a.date(), s.id(), TimelineKind.STUDY_ENDORSED, 0, clusters));
    }
    for (ActionPlan p : portfolio.actionPlans()) {
      ImmutableSet<ClusterId> clusters = ImmutableSet.of(p.cluster());
      p.endorsement().ifPresent(a -> add(out, a.date(), p.id(), TimelineKind.PLAN_ENDORSED, 0, clusters));
      p.supersededOn().ifPresent(d -> add(out, d, p.id(), TimelineKind.PLAN_SUPERSEDED, 0, clusters));
      for (int k = 0; k < p.activities().size(); k++) {
        int item = k;
        p.activities().get(k).period()
            .ifPresent(period -> add(out, period.start(), p.id(), TimelineKind.ACTIVITY, item, clusters));
      }
    }
    for (Indicator i : portfolio.indicators()) {
      ImmutableSet<ClusterId> clusters = clusterOf(i).map(ImmutableSet::of).orElse(ImmutableSet.of());
      for (int k = 0; k < i.measurements().size(); k++) {
        add(out, i.measurements().get(k).asOf(), i.id(), TimelineKind.MEASUREMENT, k, clusters);
      }
    }
    for (Training t : portfolio.trainings()) {
      t.period().ifPresent(p -> add(out, p.start(), t.id(), TimelineKind.TRAINING, 0, ImmutableSet.of()));
      for (int k = 0; k < t.followUps().size(); k++) {
        add(out, t.followUps().get(k).date(), t.id(), TimelineKind.TRAINING_FOLLOW_UP, k, ImmutableSet.of());
      }
    }
    for (Linkage l : portfolio.linkages()) {
      l.date().ifPresent(d -> add(out, d, l.id(), TimelineKind.LINKAGE, 0, ImmutableSet.copyOf(l.clusters())));
    }
    for (Report r : portfolio.reports()) {
      r.date().ifPresent(d -> add(out, d, r.id(), TimelineKind.REPORT, 0, ImmutableSet.copyOf(r.clusters())));
    }
    out.sort(Comparator.comparing(d -> d.entry().date()));
    return out;
  }

  private static void add(List<Dated> out, PartialDate date, Identifier subject, TimelineKind kind, int item,
      ImmutableSet<ClusterId> clusters) {
    out.add(new Dated(new TimelineEntry(date, subject, kind, item), clusters));
  }

  private Optional<ClusterId> clusterOf(Indicator indicator) {
    return indicator.cluster().or(() -> indicator.engagement().flatMap(portfolio::engagement).map(Engagement::cluster));
  }

  /** The name of a cluster, or its identifier when it is not in the portfolio. */
  public String clusterName(ClusterId id) {
    return portfolio.cluster(id).map(Cluster::name).orElse(id.value());
  }

  /** The acronym or name of an organisation, or its identifier when it is not in the portfolio. */
  public String organisationName(OrganisationId id) {
    return portfolio.organisation(id).map(Organisation::shortName).orElse(id.value());
  }
}
