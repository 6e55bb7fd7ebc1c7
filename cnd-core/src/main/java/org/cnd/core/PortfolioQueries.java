package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.actor.Organisation;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.StatusChange;

/**
 * The questions programme staff ask of a {@link Portfolio}: clusters by country, subdivision, sector; programmes
 * targeting a cluster; clusters targeted by more than one programme; funding by source and the counterparts'
 * share; a dated timeline. Obtain one with {@link Portfolio#queries()}; indexes are built once, when first needed.
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

  /**
   * Everything dated in the portfolio, earliest first (by earliest day, then latest day; entries with equal dates
   * keep the portfolio's order).
   */
  public ImmutableList<TimelineEntry> timeline() {
    List<TimelineEntry> out = new ArrayList<>();
    for (Programme p : portfolio.programmes()) {
      for (StatusChange change : p.statusHistory()) {
        out.add(new TimelineEntry(change.date(), p.id(), "programme_status",
            p.title() + ": " + change.status().label().toLowerCase(java.util.Locale.ROOT)
                + change.note().map(n -> " (" + n + ")").orElse("")));
      }
      for (FundingCommitment f : p.funding()) {
        f.date().ifPresent(d -> out.add(new TimelineEntry(d, p.id(), "funding_commitment",
            p.title() + ": funding committed by " + organisationName(f.funder()))));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date));
    return ImmutableList.copyOf(out);
  }

  /** The acronym or name of an organisation, or its identifier when it is not in the portfolio. */
  public String organisationName(OrganisationId id) {
    return portfolio.organisation(id).map(Organisation::shortName).orElse(id.value());
  }
}
