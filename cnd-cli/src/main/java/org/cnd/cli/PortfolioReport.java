package org.cnd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.TimelineEntry;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.network.Network;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.examples.TimelineSentences;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.SelectionExercise;

/**
 * A readable summary of a portfolio, as the {@code cnd report} command prints it: programmes with their status,
 * clusters by province and sector, the timeline, funding by source and the counterparts' share.
 */
public final class PortfolioReport {
  private PortfolioReport() {}

  /** The report as text, lines ending in {@code \n}. */
  public static String of(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    PortfolioQueries q = portfolio.queries();

    out.printf("Portfolio: %d programmes, %d clusters, %d organisations, %d people%n",
        portfolio.programmes().size(), portfolio.clusters().size(), portfolio.organisations().size(),
        portfolio.people().size());
    out.printf("  %d engagements, %d diagnostic studies, %d action plans, %d indicators, %d trainings, "
            + "%d linkages, %d reports%n",
        portfolio.engagements().size(), portfolio.diagnosticStudies().size(), portfolio.actionPlans().size(),
        portfolio.indicators().size(), portfolio.trainings().size(), portfolio.linkages().size(),
        portfolio.reports().size());

    section(out, "Programmes");
    for (Programme p : portfolio.programmes()) {
      String status = p.currentStatus().map(ProgrammeStatus::label).orElse("status not recorded");
      String since = p.statusHistory().isEmpty()
          ? ""
          : " since " + p.statusHistory().get(p.statusHistory().size() - 1).date();
      out.printf("  %s%s: %s%s; %s%n", p.title(), p.code().map(c -> " (" + c + ")").orElse(""),
          status.toLowerCase(Locale.ROOT), since, targets(p));
    }

    section(out, "Clusters by province");
    for (Map.Entry<SubdivisionCode, java.util.Collection<Cluster>> e : q.clustersBySubdivision().asMap().entrySet()) {
      out.printf("  %s (%d): %s%n", e.getKey(), e.getValue().size(), names(e.getValue()));
    }
    long withoutProvince = portfolio.clusters().stream().filter(c -> c.place().subdivision().isEmpty()).count();
    if (withoutProvince > 0) {
      out.printf("  no province recorded (%d)%n", withoutProvince);
    }

    section(out, "Clusters by sector");
    for (Map.Entry<String, java.util.Collection<Cluster>> e : q.clustersBySector().asMap().entrySet()) {
      Cluster first = e.getValue().iterator().next();
      out.printf("  %s%s (%d): %s%n", e.getKey(), first.sector().isic().map(c -> " [ISIC " + c + "]").orElse(""),
          e.getValue().size(), names(e.getValue()));
    }

    section(out, "Clusters by phase");
    var byPhase = q.clustersByPhase();
    if (byPhase.isEmpty()) {
      out.println("  no engagement records a phase");
    }
    for (var e : byPhase.asMap().entrySet()) {
      out.printf("  %s (%d): %s%n", e.getKey().label(), e.getValue().size(), names(e.getValue()));
    }
    long withoutPhase = portfolio.clusters().stream()
        .filter(c -> !byPhase.containsValue(c))
        .count();
    if (withoutPhase > 0 && !byPhase.isEmpty()) {
      out.printf("  no phase recorded (%d)%n", withoutPhase);
    }

    List<Cluster> shared = q.clustersInSeveralProgrammes();
    if (!shared.isEmpty()) {
      section(out, "Clusters targeted by more than one programme");
      for (Cluster c : shared) {
        out.printf("  %s: %d programmes%n", c.name(), q.programmesTargeting(c.id()).size());
      }
    }

    section(out, "Timeline");
    TimelineSentences sentences = new TimelineSentences(portfolio);
    for (TimelineEntry entry : q.timeline()) {
      out.printf("  %-10s %s%n", entry.date(), sentences.describe(entry));
    }

    section(out, "Funding by source");
    var totals = q.fundingTotalsBySource();
    for (Map.Entry<OrganisationId, java.util.Collection<FundingCommitment>> e : q.fundingBySource().asMap().entrySet()) {
      List<Money> amounts = totals.getOrDefault(e.getKey(), com.google.common.collect.ImmutableList.of());
      out.printf("  %s: %d commitment(s)%s%n", q.organisationName(e.getKey()), e.getValue().size(),
          amounts.isEmpty() ? ", amounts not recorded" : ", " + amounts);
    }
    int fromCounterparts = q.counterpartFunding().size();
    out.printf("  counterparts' commitments: %d of %d%n", fromCounterparts,
        portfolio.programmes().stream().mapToInt(p -> p.funding().size()).sum());
    for (Programme p : portfolio.programmes()) {
      q.counterpartShare(p.id()).ifPresent(share -> out.printf("  counterparts' share of %s: %s%%%n", p.title(),
          share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)));
    }
    selectionsAndNetworks(portfolio, out);
    out.flush();
    return text.toString();
  }

  private static String targets(Programme p) {
    if (!p.targetClusters().isEmpty()) {
      return p.targetClusters().size() + " target cluster(s)";
    }
    return p.targetDescription().map(d -> "targets " + d).orElse("no target clusters");
  }

  private static String names(java.util.Collection<Cluster> clusters) {
    return String.join("; ", clusters.stream().map(Cluster::name).toList());
  }

  // Selections with their decision and ranking, networks with kind, members and broker (issue 13).
  static void selectionsAndNetworks(Portfolio portfolio, PrintWriter out) {
    section(out, "Selections");
    if (portfolio.selectionExercises().isEmpty()) {
      out.println("  no selection exercise recorded");
    }
    for (SelectionExercise x : portfolio.selectionExercises()) {
      String decision = x.decision()
          .map(d -> "decided " + d.date() + d.decidingBody().map(b -> " by " + b).orElse("") + ": selected "
              + String.join("; ", d.selected().stream().map(c -> candidateName(portfolio, x, c)).toList())
              + " (" + d.reason() + ")")
          .orElse("no decision recorded");
      out.printf("  %s, %d candidate(s): %s%n", x.title(), x.candidates().size(), decision);
      if (!x.ranking().isEmpty()) {
        out.printf("    ranking: %s%n", String.join(", ", x.ranking().stream()
            .map(e -> e.rank() + ". " + candidateName(portfolio, x, e.candidate())
                + e.total().map(t -> " (" + t.stripTrailingZeros().toPlainString() + ")").orElse(""))
            .toList()));
      }
    }
    section(out, "Networks");
    if (portfolio.networks().isEmpty()) {
      out.println("  no network recorded");
    }
    for (Network n : portfolio.networks()) {
      List<String> members = n.members().stream()
          .map(m -> portfolio.organisation(m.organisation()).map(Organisation::name).orElse(m.organisation().value()))
          .toList();
      String size = n.memberCount().isPresent() ? n.memberCount().getAsLong() + " firms"
          : members.size() + " member(s)";
      out.printf("  %s: %s, %s%s%s%n", n.name(), n.kind().label().toLowerCase(java.util.Locale.ROOT), size,
          members.isEmpty() ? "" : " (" + String.join("; ", members) + ")",
          n.broker().map(b -> ", broker " + portfolio.person(b).map(Person::name).orElse(b.value())).orElse(""));
    }
  }

  private static String candidateName(Portfolio portfolio, SelectionExercise x, CandidateId id) {
    Optional<Candidate> candidate = x.candidate(id);
    return candidate.flatMap(Candidate::cluster).flatMap(portfolio::cluster).map(Cluster::name)
        .or(() -> candidate.flatMap(Candidate::name))
        .orElse(id.value());
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }
}
