package org.cnd.report;

import static org.cnd.report.PlainText.count;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.actor.Person;
import org.cnd.core.id.CandidateId;
import org.cnd.core.network.Network;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.report.internal.ReportPage;
import org.cnd.report.internal.Words;

/**
 * The portfolio as plain text for a terminal, as {@code cnd report} prints it: the counts, the programmes with
 * status, period, budget, funding and the counterparts' share, the clusters by province, sector and phase, the
 * indicators' progress, funding by source and the timeline. Lines are wrapped at {@value #WIDTH} characters (a word
 * longer than that stands alone); amounts carry their currency and grouped digits; an unrecorded amount is said to be
 * unknown, never counted as zero. Lines end in {@code \n}.
 */
public final class TextReport {
  /** The longest line, in characters. */
  public static final int WIDTH = 100;

  private static final String INDENT = "  ";
  private static final String HANG = "      ";

  private TextReport() {}

  /** The report of a portfolio. */
  public static String render(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    Summary summary = Summary.of(portfolio);
    Words words = new Words(portfolio);
    PortfolioQueries q = portfolio.queries();
    Summary.Counts c = summary.counts();
    StringBuilder out = new StringBuilder();
    line(out, "", "Portfolio: " + Words.counts(c).get(0));
    line(out, INDENT, Words.counts(c).get(1));

    section(out, "Programmes");
    for (ProgrammeSummary p : summary.programmes()) {
      String status = p.status().map(Words::lower).orElse("status not recorded")
          + p.statusSince().map(d -> " since " + d).orElse("");
      String targets = !p.targetClusters().isEmpty() ? count(p.targetClusters().size(), "target cluster", "target clusters")
          : p.targetDescription().map(d -> "targets " + d).orElse("no target clusters");
      line(out, INDENT, p.title() + p.code().map(code -> " (" + code + ")").orElse("") + ": " + status + "; "
          + targets);
      line(out, HANG, p.period().map(r -> "period " + Words.period(r)).orElse("period not recorded") + "; "
          + p.budget().map(b -> "budget " + Words.money(b)).orElse("budget not recorded"));
      if (!p.funding().isEmpty()) {
        line(out, HANG, "funding: " + p.funding().stream()
            .map(f -> words.organisation(f.funder()) + " (" + Words.lower(f.kind()) + ") "
                + f.amount().map(Words::money).orElse("amount unknown")
                + (f.commitments() > 1 ? " in " + count(f.commitments(), "commitment", "commitments") : ""))
            .collect(Collectors.joining("; ")));
        line(out, HANG, "counterparts' share: " + ReportPage.share(p));
      }
    }

    section(out, "Clusters by province");
    for (Map.Entry<SubdivisionCode, Collection<Cluster>> e : q.clustersBySubdivision().asMap().entrySet()) {
      line(out, INDENT, e.getKey() + " (" + e.getValue().size() + "): " + names(e.getValue()));
    }
    long withoutProvince = portfolio.clusters().stream().filter(cl -> cl.place().subdivision().isEmpty()).count();
    if (withoutProvince > 0) {
      line(out, INDENT, "no province recorded (" + withoutProvince + ")");
    }

    section(out, "Clusters by sector");
    for (Map.Entry<String, Collection<Cluster>> e : q.clustersBySector().asMap().entrySet()) {
      Cluster first = e.getValue().iterator().next();
      line(out, INDENT, e.getKey() + first.sector().isic().map(i -> " [ISIC " + i + "]").orElse("") + " ("
          + e.getValue().size() + "): " + names(e.getValue()));
    }

    section(out, "Clusters by phase");
    var byPhase = q.clustersByPhase();
    if (byPhase.isEmpty()) {
      line(out, INDENT, "no engagement records a phase");
    }
    for (Map.Entry<Phase, Collection<Cluster>> e : byPhase.asMap().entrySet()) {
      line(out, INDENT, Words.label(e.getKey()) + " (" + e.getValue().size() + "): " + names(e.getValue()));
    }
    long withoutPhase = portfolio.clusters().stream().filter(cl -> !byPhase.containsValue(cl)).count();
    if (withoutPhase > 0 && !byPhase.isEmpty()) {
      line(out, INDENT, "no phase recorded (" + withoutPhase + ")");
    }

    List<Cluster> shared = q.clustersInSeveralProgrammes();
    if (!shared.isEmpty()) {
      section(out, "Clusters targeted by more than one programme");
      for (Cluster cl : shared) {
        line(out, INDENT, cl.name() + ": " + count(q.programmesTargeting(cl.id()).size(), "programme", "programmes"));
      }
    }

    if (!summary.indicators().isEmpty()) {
      section(out, "Indicators");
      for (IndicatorSummary i : summary.indicators()) {
        String unit = i.unit().map(u -> " " + u).orElse("");
        List<String> parts = new ArrayList<>();
        parts.add("baseline " + i.baseline().map(b -> b.value() + unit + " (" + b.date() + ")").orElse("not recorded"));
        parts.add("latest " + i.latest().map(b -> b.value() + unit + " (" + b.date() + ")").orElse("not measured"));
        parts.add("target " + i.target().map(b -> b.value() + unit + " (" + b.date() + ")").orElse("not set"));
        i.achieved().ifPresent(a -> parts.add(Words.percent(a) + " of the way"));
        i.targetMet().ifPresent(m -> parts.add(m ? "target met" : "target not met"));
        line(out, INDENT, i.name() + ": " + String.join(", ", parts));
      }
    }

    section(out, "Funding by source");
    for (SourceSummary s : summary.fundingBySource()) {
      String known = s.known().isEmpty() ? "" : ", " + Words.moneys(s.known());
      String unknown = s.commitmentsOfUnknownAmount() == 0 ? ""
          : s.commitmentsOfUnknownAmount() == s.commitments() ? ", amounts unknown"
          : ", " + s.commitmentsOfUnknownAmount() + " of unknown amount";
      line(out, INDENT, words.organisation(s.funder()) + ": " + count(s.commitments(), "commitment", "commitments") + known + unknown);
    }
    line(out, INDENT, "counterparts' commitments: " + q.counterpartFunding().size() + " of "
        + portfolio.programmes().stream().mapToInt(p -> p.funding().size()).sum());

    selectionsAndNetworks(portfolio, words, out);

    section(out, "Timeline");
    for (TimelineItem t : summary.timeline()) {
      line(out, INDENT, String.format(Locale.ROOT, "%-10s ", t.date()) + t.description(), INDENT + " ".repeat(11));
    }
    return out.toString();
  }

  // The methodology's selection and its networks of firms, as recorded: decisions, rankings, members and brokers.
  private static void selectionsAndNetworks(Portfolio portfolio, Words words, StringBuilder out) {
    section(out, "Selections");
    if (portfolio.selectionExercises().isEmpty()) {
      line(out, INDENT, "no selection exercise recorded");
    }
    for (SelectionExercise x : portfolio.selectionExercises()) {
      String decision = x.decision()
          .map(d -> "decided " + d.date() + d.decidingBody().map(b -> " by " + b).orElse("") + ": selected "
              + d.selected().stream().map(c -> candidateName(portfolio, x, c)).collect(Collectors.joining("; "))
              + " (" + d.reason() + ")")
          .orElse("no decision recorded");
      line(out, INDENT, x.title() + ", " + count(x.candidates().size(), "candidate", "candidates") + ": " + decision);
      if (!x.ranking().isEmpty()) {
        line(out, HANG, "ranking: " + x.ranking().stream()
            .map(e -> e.rank() + ". " + candidateName(portfolio, x, e.candidate())
                + e.total().map(t -> " (" + t.stripTrailingZeros().toPlainString() + ")").orElse(""))
            .collect(Collectors.joining(", ")));
      }
    }
    section(out, "Networks");
    if (portfolio.networks().isEmpty()) {
      line(out, INDENT, "no network recorded");
    }
    for (Network n : portfolio.networks()) {
      List<String> members = n.members().stream().map(m -> words.organisation(m.organisation())).toList();
      String size = n.memberCount().isPresent() ? count(n.memberCount().getAsLong(), "firm", "firms")
          : count(members.size(), "member", "members");
      line(out, INDENT, n.name() + ": " + n.kind().label().toLowerCase(Locale.ROOT) + ", " + size
          + (members.isEmpty() ? "" : " (" + String.join("; ", members) + ")")
          + n.broker().map(b -> ", broker " + portfolio.person(b).map(Person::name).orElse(b.value())).orElse(""));
    }
  }

  private static String candidateName(Portfolio portfolio, SelectionExercise x, CandidateId id) {
    Optional<Candidate> candidate = x.candidate(id);
    return candidate.flatMap(Candidate::cluster).flatMap(portfolio::cluster).map(Cluster::name)
        .or(() -> candidate.flatMap(Candidate::name))
        .orElse(id.value());
  }

  private static String names(Collection<Cluster> clusters) {
    return clusters.stream().map(Cluster::name).collect(Collectors.joining("; "));
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n');
  }

  private static void line(StringBuilder out, String indent, String text) {
    line(out, indent, text, indent + "  ");
  }

  // Breaks at the places java.text.BreakIterator allows, so that no line passes WIDTH unless one word does.
  private static void line(StringBuilder out, String indent, String raw, String continuation) {
    // Names and notes come from the data: a control character in one would start a line or drive the terminal.
    String text = PlainText.escape(raw);
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
    breaks.setText(text);
    StringBuilder current = new StringBuilder(indent);
    int start = breaks.first();
    boolean empty = true;
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      // Only after white space: a break after a hyphen would split a date (2001-06~) or an identifier.
      while (end < text.length() && !Character.isWhitespace(text.charAt(end - 1))) {
        int next = breaks.next();
        if (next == BreakIterator.DONE) {
          break;
        }
        end = next;
      }
      String word = text.substring(start, end);
      if (!empty && current.length() + word.stripTrailing().length() > WIDTH) {
        out.append(current.toString().stripTrailing()).append('\n');
        current = new StringBuilder(continuation);
      }
      current.append(word);
      empty = false;
    }
    out.append(current.toString().stripTrailing()).append('\n');
  }
}
