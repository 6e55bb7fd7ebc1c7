package org.cnd.report.internal;

import static org.cnd.report.PlainText.count;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.id.ClusterId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.training.Training;
import org.cnd.report.ClusterMapSvg;
import org.cnd.report.FundingTotal;
import org.cnd.report.ProgrammeSummary;
import org.cnd.report.SourceSummary;
import org.cnd.report.Summary;
import org.cnd.report.TimelineItem;

/**
 * What the HTML report shows, already in words: the templates only place it. Built from the {@link Summary} and the
 * portfolio's recorded values; long lists are cut at a limit with the number left out said.
 *
 * @param title the page's title
 * @param counts the portfolio's size in words
 * @param programmes the programmes' rows
 * @param programmesLeftOut programmes past the limit
 * @param funnel the clusters-by-phase funnel
 * @param phases the funnel's values as table rows
 * @param provinces clusters by province
 * @param sectors clusters by sector
 * @param sources funding by source
 * @param timelineChart the events per year
 * @param timeline the timeline's rows
 * @param timelineLeftOut entries past the limit
 * @param stories the clusters' stories
 * @param storiesNote why stories are left out, when they are
 */
public record ReportPage(
    String title,
    String counts,
    List<Row> programmes,
    int programmesLeftOut,
    String funnel,
    List<Row> phases,
    List<Row> provinces,
    List<Row> sectors,
    List<Row> sources,
    String timelineChart,
    List<Row> timeline,
    int timelineLeftOut,
    List<Story> stories,
    Optional<String> storiesNote) {

  /**
   * A table row: its cells in words.
   *
   * @param cells the cells
   */
  public record Row(List<String> cells) {
    static Row of(String... cells) {
      return new Row(List.of(cells));
    }
  }

  /**
   * A drawing with its text alternative beside it.
   *
   * @param svg the SVG
   * @param caption the caption
   * @param notes notes in words (the differences of a projected map)
   */
  public record Figure(String svg, String caption, List<String> notes) {}

  /**
   * A section of a story: a heading, lines of text, a table and figures.
   *
   * @param heading the heading
   * @param lines paragraphs
   * @param header the table's header; empty when there is no table
   * @param rows the table's rows
   * @param figures the figures
   */
  public record Part(String heading, List<String> lines, List<String> header, List<Row> rows, List<Figure> figures) {}

  /**
   * One cluster's story.
   *
   * @param anchor the element id
   * @param name the cluster's name
   * @param facts where and what it is
   * @param parts selection, diagnostic, action plan, indicators, trainings, linkages, timeline
   */
  public record Story(String anchor, String name, List<String> facts, List<Part> parts) {}

  /**
   * The page of a portfolio, from the parts of its {@link Summary} the overview shows (the others are not computed:
   * the overview of a large portfolio shows a few of its values).
   */
  public static ReportPage of(Portfolio portfolio, Summary.Counts c, List<ProgrammeSummary> summaryProgrammes,
      List<SourceSummary> summarySources, List<TimelineItem> items, Optional<ClusterId> only, int storyLimit,
      int rowLimit) {
    Words words = new Words(portfolio);
    PortfolioQueries q = portfolio.queries();
    String counts = String.join("; ", Words.counts(c));

    List<Row> programmes = summaryProgrammes.stream().limit(rowLimit).map(p -> programme(words, p)).toList();

    List<Charts.Bar> bars = new ArrayList<>();
    for (Map.Entry<Phase, Collection<Cluster>> e : q.clustersByPhase().asMap().entrySet()) {
      bars.add(new Charts.Bar(Words.label(e.getKey()), e.getValue().size()));
    }
    List<Row> phases = bars.stream().map(b -> Row.of(b.label(), Long.toString(b.count()))).toList();

    List<Row> provinces = new ArrayList<>();
    q.clustersBySubdivision().asMap().forEach((s, cs) -> provinces.add(Row.of(s.toString(),
        Integer.toString(cs.size()), names(cs, 8))));
    long noProvince = portfolio.clusters().stream().filter(cl -> cl.place().subdivision().isEmpty()).count();
    if (noProvince > 0) {
      provinces.add(Row.of("not recorded", Long.toString(noProvince), ""));
    }
    List<Row> sectors = new ArrayList<>();
    q.clustersBySector().asMap().forEach((s, cs) -> sectors.add(Row.of(s,
        cs.iterator().next().sector().isic().map(Object::toString).orElse(""), Integer.toString(cs.size()),
        names(cs, 8))));

    List<Row> sources = new ArrayList<>();
    for (SourceSummary s : summarySources) {
      sources.add(Row.of(words.organisation(s.funder()), Integer.toString(s.commitments()),
          s.known().isEmpty() ? "none known" : Words.moneys(s.known()),
          s.commitmentsOfUnknownAmount() == 0 ? "none" : s.commitmentsOfUnknownAmount() + " of unknown amount"));
    }

    Map<Integer, Long> perYear = items.stream()
        .collect(Collectors.groupingBy(t -> t.date().year(), TreeMap::new, Collectors.counting()));
    List<Row> timeline = items.stream().limit(rowLimit)
        .map(t -> Row.of(t.date().toString(), t.kind().replace('_', ' '), t.description())).toList();

    List<Story> stories = new ArrayList<>();
    Optional<String> note = Optional.empty();
    if (only.isPresent()) {
      Cluster cluster = portfolio.cluster(only.get()).orElseThrow(() -> new IllegalArgumentException(
          "Unknown cluster \"" + only.get() + "\": expected the id of one of the portfolio's "
              + count(portfolio.clusters().size(), "cluster", "clusters")));
      stories.add(story(portfolio, words, cluster));
    } else {
      java.util.Set<ClusterId> withStory = withStory(portfolio);
      List<Cluster> told = portfolio.clusters().stream().filter(cl -> withStory.contains(cl.id())).toList();
      if (told.size() > storyLimit) {
        note = Optional.of(count(told.size(), "cluster has", "clusters have") + " a story (engagements, studies, plans or indicators): more"
            + " than the " + storyLimit + " an overview tells. Render one with --cluster ID.");
      } else {
        told.forEach(cl -> stories.add(story(portfolio, words, cl)));
      }
    }
    return new ReportPage("Portfolio report", counts, programmes,
        Math.max(0, summaryProgrammes.size() - rowLimit), Charts.funnel("funnel", bars), phases, provinces, sectors,
        sources, Charts.perYear("timeline-chart", perYear), timeline, Math.max(0, items.size() - rowLimit), stories,
        note);
  }

  // The clusters with something to tell: an engagement, a study, a plan or an indicator. One pass over each.
  private static java.util.Set<ClusterId> withStory(Portfolio p) {
    java.util.Set<ClusterId> out = new java.util.HashSet<>();
    p.engagements().forEach(e -> out.add(e.cluster()));
    p.diagnosticStudies().forEach(s -> out.add(s.cluster()));
    p.actionPlans().forEach(a -> out.add(a.cluster()));
    p.indicators().forEach(i -> i.cluster().ifPresent(out::add));
    return out;
  }

  private static Row programme(Words words, ProgrammeSummary p) {
    String status = p.status().map(Words::label).orElse("not recorded")
        + p.statusSince().map(d -> " since " + d).orElse("");
    String funding = p.funding().isEmpty() ? "none recorded" : p.funding().stream()
        .map(f -> fundingLine(words, f)).collect(Collectors.joining("; "));
    return Row.of(p.title(), p.code().orElse(""), status, Words.period(p.period()),
        p.budget().map(Words::money).orElse("not recorded"), funding, share(p));
  }

  private static String fundingLine(Words words, FundingTotal f) {
    return words.organisation(f.funder()) + " (" + Words.lower(f.kind()) + "): "
        + f.amount().map(Words::money).orElse("amount unknown")
        + (f.commitments() > 1 ? ", " + count(f.commitments(), "commitment", "commitments") : "");
  }

  /** The counterparts' share in words, unknown when an amount is unknown. */
  public static String share(ProgrammeSummary p) {
    var cs = p.counterparts();
    if (cs.counterpartCommitments() == 0) {
      return "no counterpart funding recorded";
    }
    if (cs.share().isPresent()) {
      return Words.percent(cs.share().get());
    }
    String known = cs.ofKnownAmounts().map(s -> "; " + Words.percent(s) + " of the known amounts").orElse("");
    return "unknown: " + cs.commitmentsOfUnknownAmount() + " of " + count(cs.commitments(), "commitment",
        "commitments") + (cs.commitmentsOfUnknownAmount() == 1 ? " has" : " have") + " no amount" + known;
  }

  private static String names(Collection<Cluster> clusters, int limit) {
    String shown = clusters.stream().limit(limit).map(Cluster::name).collect(Collectors.joining("; "));
    return clusters.size() > limit ? shown + "; and " + (clusters.size() - limit) + " more" : shown;
  }

  private static Story story(Portfolio p, Words words, Cluster cluster) {
    PortfolioQueries q = p.queries();
    ClusterId id = cluster.id();
    List<String> facts = new ArrayList<>();
    facts.add("Sector: " + cluster.sector().name() + cluster.sector().isic().map(i -> " (ISIC " + i + ")").orElse("")
        + ". Place: " + String.join(", ", cluster.place().localities())
        + cluster.place().subdivision().map(s -> " (" + s + ")").orElse("") + ", " + cluster.place().country() + ".");
    String programmes = q.programmesTargeting(id).stream().map(pr -> pr.title()).collect(Collectors.joining("; "));
    facts.add("Targeted by: " + (programmes.isEmpty() ? "no programme" : programmes) + ".");
    cluster.description().ifPresent(facts::add);

    List<Part> parts = new ArrayList<>();
    List<Row> phaseRows = new ArrayList<>();
    for (Engagement e : q.engagementsOf(id)) {
      e.phaseHistory().forEach(ch -> phaseRows.add(Row.of(e.id().value(), ch.date().toString(),
          Words.label(ch.phase()), ch.reason().or(ch::note).orElse(""))));
    }
    String current = q.engagementsOf(id).stream()
        .map(e -> e.currentPhase().map(Words::label).orElse("not started")
            + e.phaseHistory().stream().reduce((a, b) -> b).map(ch -> " since " + ch.date()).orElse("")
            + " (engagement " + e.id() + ")")
        .collect(Collectors.joining("; "));
    parts.add(new Part("Selection and lifecycle", List.of(current.isEmpty() ? "No engagement is recorded."
        : "Current phase: " + current + "."), List.of("Engagement", "Date", "Phase entered", "Reason or note"),
        phaseRows, List.of()));

    for (DiagnosticStudy s : p.diagnosticStudies()) {
      if (!s.cluster().equals(id)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      lines.add(s.title().orElse("Diagnostic study " + s.id()) + ": " + Words.lower(s.status())
          + s.endorsement().or(s::validation).map(a -> " (" + a.date() + ")").orElse("")
          + s.period().map(r -> "; carried out " + Words.period(r)).orElse("") + ".");
      s.keyConstraints().forEach(f -> lines.add("Key constraint (" + Words.lower(f.theme()) + "): " + f.text()));
      List<Row> swot = new ArrayList<>();
      s.swot().ifPresent(w -> {
        add(swot, "Strength", w.strengths());
        add(swot, "Weakness", w.weaknesses());
        add(swot, "Opportunity", w.opportunities());
        add(swot, "Threat", w.threats());
      });
      List<Figure> figures = s.clusterMap().isPresent()
          ? List.of(new Figure(ClusterMapSvg.render(s),
              "Cluster map: principal firms in the centre, suppliers left, buyers right, support in the band below;"
                  + " line weight shows linkage strength." + (s.projectedMap().isPresent()
                  ? " Today's map on the left, the projected one on the right." : " No projected map is recorded."),
              ClusterMapSvg.differences(s)))
          : List.of();
      parts.add(new Part("Diagnostic", lines, swot.isEmpty() ? List.of() : List.of("SWOT", "Theme", "Finding"),
          swot, figures));
    }

    for (ActionPlan a : p.actionPlans()) {
      if (!a.cluster().equals(id)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      lines.add(a.title().orElse("Action plan") + ", version " + a.version() + ": " + Words.lower(a.status())
          + a.supersededOn().map(d -> " on " + d).or(() -> a.endorsement().map(e -> " on " + e.date())).orElse("")
          + "; horizon " + Words.period(a.horizon()) + ".");
      a.vision().ifPresent(v -> lines.add("Vision: " + v));
      a.objectives().forEach(o -> lines.add("Objective: " + o.statement()));
      List<Row> rows = new ArrayList<>();
      for (Activity act : a.activities()) {
        rows.add(Row.of(act.title(), Words.label(act.kind()) + ", " + Words.lower(act.intervention()),
            Words.period(act.period()), act.budget().map(Words::money).orElse("not recorded"),
            act.funding().isEmpty() ? "none recorded" : act.funding().stream()
                .map(f -> words.organisation(f.organisation()) + " " + Words.money(f.amount()))
                .collect(Collectors.joining("; ")),
            Words.label(act.status())));
      }
      parts.add(new Part("Action plan, version " + a.version(), lines,
          List.of("Activity", "Kind", "Period", "Budget", "Funding", "Status"), rows, List.of()));
    }

    java.util.Set<org.cnd.core.id.IndicatorId> ofCluster = q.indicatorProgressOf(id).stream()
        .map(pr -> pr.indicator()).collect(Collectors.toSet());
    List<Indicator> indicators = p.indicators().stream().filter(i -> ofCluster.contains(i.id())).toList();
    if (!indicators.isEmpty()) {
      List<Row> rows = new ArrayList<>();
      List<Figure> figures = new ArrayList<>();
      for (Indicator i : indicators) {
        String unit = i.unit().map(u -> " " + u).orElse("");
        i.baseline().ifPresent(b -> rows.add(Row.of(i.name(), "baseline", b.date().toString(), b.value() + unit)));
        i.measurements().forEach(m -> rows.add(Row.of(i.name(), "measurement", m.asOf().toString(),
            m.value() + unit)));
        i.targets().forEach(t -> rows.add(Row.of(i.name(), "target", t.date().toString(), t.value() + unit)));
        var progress = i.progress();
        String covered = progress.achieved().map(x -> Words.percent(x) + " of the way from baseline to target")
            .orElse("progress not computable") + progress.isTargetMet().map(m -> m ? "; target met" : "; target not met")
            .orElse("");
        Charts.indicator("indicator-" + i.id().value(), i)
            .ifPresent(svg -> figures.add(new Figure(svg, i.name() + ": " + covered + ".", List.of())));
      }
      parts.add(new Part("Indicators", List.of(), List.of("Indicator", "Value of", "Date", "Value"), rows, figures));
    }

    List<Row> trainings = new ArrayList<>();
    for (Training t : p.trainings()) {
      if (t.exercises().stream().anyMatch(x -> x.cluster().map(id::equals).orElse(false))) {
        trainings.add(Row.of(t.title(), Words.label(t.kind()), Words.period(t.period())));
      }
    }
    if (!trainings.isEmpty()) {
      parts.add(new Part("Trainings", List.of(), List.of("Training", "Kind", "Period"), trainings, List.of()));
    }
    List<Row> linkages = new ArrayList<>();
    for (Linkage l : p.linkages()) {
      if (l.clusters().contains(id)) {
        linkages.add(Row.of(Words.label(l.kind()), l.organisations().stream().map(words::organisation)
            .collect(Collectors.joining(", ")), l.date().map(Object::toString).orElse(""), l.outcome().orElse("")));
      }
    }
    if (!linkages.isEmpty()) {
      parts.add(new Part("Linkages", List.of(), List.of("Kind", "With", "Date", "Outcome"), linkages, List.of()));
    }
    List<Row> events = CoreTimeline.of(p, id).stream()
        .map(t -> Row.of(t.date().toString(), t.description())).toList();
    parts.add(new Part("Timeline", List.of(), List.of("Date", "What happened"), events, List.of()));
    return new Story("cluster-" + id.value(), cluster.name(), facts, ImmutableList.copyOf(parts));
  }

  private static void add(List<Row> rows, String what, List<Finding> findings) {
    findings.forEach(f -> rows.add(Row.of(what, Words.label(f.theme()), f.text())));
  }
}
