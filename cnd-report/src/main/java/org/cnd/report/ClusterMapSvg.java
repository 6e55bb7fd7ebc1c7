package org.cnd.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.report.internal.MapComparison;
import org.cnd.report.internal.MapLayout;
import org.cnd.report.internal.Svg;
import org.cnd.report.internal.Words;

/**
 * A diagnostic study's cluster map drawn as SVG: the principal firms in the centre, suppliers on their left, buyers
 * on their right, the support institutions and BDS providers in a band below; each linkage's strength as its line
 * weight (and weak ones dashed); the projected map beside today's, its new actors, new linkages and strengthened
 * linkages marked in words as well as by outline. Actors are placed and linkages routed by Eclipse ELK's layered
 * algorithm. The drawing carries its own text alternative ({@code title} and {@code desc}). Deterministic: the same
 * study gives the same bytes.
 */
public final class ClusterMapSvg {
  private static final double PANEL_GAP = 48;
  private static final double HEADER = 34;
  private static final double LEGEND = 40;
  private static final double CHAR = 6.8;
  private static final String NEW_COLOUR = "#9a3412";
  private static final Map<ActorKind, String> FILL = Map.of(
      ActorKind.PRINCIPAL_FIRMS, "#dbeafe",
      ActorKind.SUPPLIERS, "#dcfce7",
      ActorKind.BUYERS, "#fef9c3",
      ActorKind.BDS_PROVIDERS, "#f3e8ff",
      ActorKind.SUPPORT_INSTITUTIONS, "#ede9fe",
      ActorKind.ASSOCIATIONS, "#fce7f3",
      ActorKind.FINANCIAL_INSTITUTIONS, "#e0f2fe",
      ActorKind.PUBLIC_BODIES, "#f1f5f9");

  private ClusterMapSvg() {}

  /**
   * The study's map of today and, beside it, its projected map, as one SVG document.
   *
   * @throws IllegalArgumentException when the study has no cluster map
   */
  public static String render(DiagnosticStudy study) {
    Objects.requireNonNull(study, "study");
    ClusterMap today = study.clusterMap().orElseThrow(() -> new IllegalArgumentException(
        "Study " + study.id() + " has no cluster map: expected one to draw, found none"));
    String id = "map-" + study.id().value();
    String title = "Cluster map" + study.title().map(t -> " of " + t).orElse(" of study " + study.id());
    Optional<ClusterMap> projected = study.projectedMap();
    MapComparison comparison = projected.map(p -> MapComparison.of(today, p)).orElse(MapComparison.none());

    MapLayout.Laid now = MapLayout.layout(today, ClusterMapSvg::size);
    Optional<MapLayout.Laid> then = projected.map(p -> MapLayout.layout(p, ClusterMapSvg::size));
    double width = now.width() + then.map(t -> PANEL_GAP + t.width()).orElse(0.0);
    double height = HEADER + Math.max(now.height(), then.map(MapLayout.Laid::height).orElse(0.0)) + LEGEND;
    width = Math.max(width, 420);

    Svg svg = new Svg(width, height, id, title, description(today, projected, comparison));
    svg.start("defs");
    marker(svg, id + "-arrow", "#334155");
    marker(svg, id + "-arrow-new", NEW_COLOUR);
    svg.end();
    svg.start("rect").attr("x", 0).attr("y", 0).attr("width", width).attr("height", height).attr("fill", "#ffffff")
        .end();
    panel(svg, id, "Today", now, 0, MapComparison.none());
    then.ifPresent(t -> panel(svg, id, "Projected (differences marked)", t, now.width() + PANEL_GAP, comparison));
    legend(svg, height - LEGEND + 14, comparison.isEmpty() ? Optional.empty() : Optional.of(NEW_COLOUR));
    return svg.finish();
  }

  /** The differences between the study's projected map and today's, in words; empty without a projected map. */
  public static ImmutableList<String> differences(DiagnosticStudy study) {
    Objects.requireNonNull(study, "study");
    if (study.clusterMap().isEmpty() || study.projectedMap().isEmpty()) {
      return ImmutableList.of();
    }
    ClusterMap today = study.clusterMap().get();
    ClusterMap projected = study.projectedMap().get();
    return differences(today, projected, MapComparison.of(today, projected));
  }

  private static ImmutableList<String> differences(ClusterMap today, ClusterMap projected, MapComparison c) {
    List<String> out = new ArrayList<>();
    c.newActors().forEach(a -> out.add("Missing actor to bring in: " + name(a) + " (" + Words.lower(a.kind()) + ")"));
    c.goneActors().forEach(a -> out.add("Actor no longer on the projected map: " + name(a)));
    c.newLinkages().forEach(l -> out.add("Absent linkage to develop: " + linkage(projected, l)));
    c.strengthened().forEach(l -> out.add("Linkage to strengthen: " + linkage(projected, l) + ", "
        + today.linkages().stream().filter(t -> MapComparison.Key.of(t).equals(MapComparison.Key.of(l)))
            .map(t -> Words.lower(t.strength())).findFirst().orElse("") + " today"));
    return ImmutableList.copyOf(out);
  }

  private static String description(ClusterMap today, Optional<ClusterMap> projected, MapComparison c) {
    StringBuilder d = new StringBuilder("Today: ").append(words(today)).append('.');
    projected.ifPresent(p -> {
      d.append(" Projected: ").append(words(p)).append('.');
      List<String> diff = differences(today, p, c);
      d.append(diff.isEmpty() ? " The projected map changes nothing." : " " + String.join(". ", diff) + ".");
    });
    return d.toString();
  }

  private static String words(ClusterMap map) {
    String actors = map.actors().stream()
        .map(a -> name(a) + " (" + Words.lower(a.kind()) + count(a).map(n -> ", " + n).orElse("") + ")")
        .collect(Collectors.joining("; "));
    String linkages = map.linkages().stream().map(l -> linkage(map, l)).collect(Collectors.joining("; "));
    return PlainText.count(map.actors().size(), "actor", "actors") + ": " + actors + (map.linkages().isEmpty()
        ? "; no linkage" : "; " + PlainText.count(map.linkages().size(), "linkage", "linkages") + ": " + linkages);
  }

  private static String linkage(ClusterMap map, MapLinkage l) {
    return actorName(map, l) + " to " + map.actor(l.toActor()).map(ClusterMapSvg::name).orElse(l.toActor().value())
        + ", " + Words.lower(l.kind()) + ", " + Words.lower(l.strength());
  }

  private static String actorName(ClusterMap map, MapLinkage l) {
    return map.actor(l.fromActor()).map(ClusterMapSvg::name).orElse(l.fromActor().value());
  }

  private static String name(MapActor a) {
    return a.name().orElse(Words.label(a.kind()));
  }

  private static Optional<String> count(MapActor a) {
    return a.count().isPresent() ? Optional.of(Words.number(java.math.BigDecimal.valueOf(a.count().getAsLong())))
        : Optional.empty();
  }

  private static String secondLine(MapActor a) {
    return Words.label(a.kind()) + count(a).map(n -> " · " + n).orElse("");
  }

  private static double[] size(MapActor a) {
    int chars = Math.max(name(a).length(), secondLine(a).length() + 4);
    return new double[] {Math.max(110, chars * CHAR + 24), 48};
  }

  private static void marker(Svg svg, String id, String colour) {
    svg.start("marker").attr("id", id).attr("viewBox", "0 0 10 10").attr("refX", "9").attr("refY", "5")
        .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", "11").attr("markerHeight", "11")
        .attr("orient", "auto-start-reverse")
        .start("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", colour).end()
        .end();
  }

  private static void panel(Svg svg, String id, String heading, MapLayout.Laid laid, double x, MapComparison c) {
    svg.start("g").attr("transform", "translate(" + Svg.num(x) + "," + Svg.num(HEADER) + ")")
        .attr("class", "map-panel");
    svg.start("text").attr("x", 0).attr("y", -12).attr("font-family", "sans-serif").attr("font-size", "15")
        .attr("font-weight", "bold").attr("fill", "#0f172a").text(heading).end();
    laid.bandTop().ifPresent(top -> svg.start("rect").attr("x", 0).attr("y", top).attr("width", laid.width())
        .attr("height", laid.height() - top).attr("rx", "10").attr("fill", "#f8fafc").attr("stroke", "#94a3b8")
        .attr("stroke-dasharray", "4 3").end()
        .start("text").attr("x", 8).attr("y", top + 16).attr("font-family", "sans-serif").attr("font-size", "11")
        .attr("fill", "#475569").text("Support institutions and services").end());
    for (MapLayout.Route r : laid.routes()) {
      route(svg, id, r, c.change(r.linkage()));
    }
    for (MapLayout.Box b : laid.boxes()) {
      box(svg, b, c.isNew(b.actor()));
    }
    svg.end();
  }

  private static void route(Svg svg, String id, MapLayout.Route r, Optional<String> change) {
    StringBuilder d = new StringBuilder();
    for (MapLayout.Point p : r.points()) {
      d.append(d.length() == 0 ? "M" : " L").append(Svg.num(p.x())).append(',').append(Svg.num(p.y()));
    }
    boolean marked = change.isPresent();
    LinkageStrength s = r.linkage().strength();
    svg.start("path").attr("d", d.toString()).attr("fill", "none")
        .attr("stroke", marked ? NEW_COLOUR : "#334155")
        .attr("stroke-width", switch (s) {
          case WEAK -> "1.5";
          case MODERATE -> "3";
          case STRONG -> "5";
        })
        .attr("class", "linkage linkage-" + s.code() + change.map(ch -> " linkage-" + ch).orElse(""));
    if (s == LinkageStrength.WEAK) {
      svg.attr("stroke-dasharray", "6 4");
    }
    if (!r.linkage().fromActor().equals(r.linkage().toActor())) {
      svg.attr("marker-end", "url(#" + id + (marked ? "-arrow-new" : "-arrow") + ")");
    }
    svg.start("title").text(Words.label(r.linkage().kind()) + ", " + Words.lower(s)
        + change.map(ch -> " (" + ch + ")").orElse("")).end();
    svg.end();
    MapLayout.Point a = r.points().get(r.points().size() / 2 - (r.points().size() % 2 == 0 ? 1 : 0));
    MapLayout.Point b = r.points().get(r.points().size() / 2);
    double mx = (a.x() + b.x()) / 2;
    // Clear of the thickest line (5) and its arrow head.
    double my = (a.y() + b.y()) / 2 - 8;
    String words = Words.lower(r.linkage().kind()) + change.map(ch -> " · " + ch.toUpperCase(java.util.Locale.ROOT))
        .orElse("");
    svg.start("text").attr("x", mx).attr("y", my).attr("text-anchor", "middle").attr("font-family", "sans-serif")
        .attr("font-size", "10").attr("fill", marked ? NEW_COLOUR : "#334155")
        .attr("paint-order", "stroke").attr("stroke", "#ffffff").attr("stroke-width", "3")
        .text(words).end();
  }

  private static void box(Svg svg, MapLayout.Box b, boolean isNew) {
    svg.start("g").attr("class", "actor actor-" + b.actor().kind().code() + (isNew ? " actor-new" : ""));
    svg.start("rect").attr("x", b.x()).attr("y", b.y()).attr("width", b.width()).attr("height", b.height())
        .attr("rx", "6").attr("fill", FILL.get(b.actor().kind()))
        .attr("stroke", isNew ? NEW_COLOUR : "#1e293b").attr("stroke-width", isNew ? "2.5" : "1.2");
    if (isNew) {
      svg.attr("stroke-dasharray", "5 3");
    }
    svg.end();
    svg.start("text").attr("x", b.centreX()).attr("y", b.y() + 20).attr("text-anchor", "middle")
        .attr("font-family", "sans-serif").attr("font-size", "12").attr("font-weight", "bold").attr("fill", "#0f172a")
        .text(name(b.actor())).end();
    svg.start("text").attr("x", b.centreX()).attr("y", b.y() + 37).attr("text-anchor", "middle")
        .attr("font-family", "sans-serif").attr("font-size", "10.5").attr("fill", "#334155")
        .text((isNew ? "NEW · " : "") + secondLine(b.actor())).end();
    svg.end();
  }

  private static void legend(Svg svg, double y, Optional<String> newColour) {
    svg.start("g").attr("class", "legend").attr("font-family", "sans-serif").attr("font-size", "11")
        .attr("fill", "#334155");
    double x = 0;
    for (LinkageStrength s : LinkageStrength.values()) {
      svg.start("line").attr("x1", x).attr("y1", y).attr("x2", x + 36).attr("y2", y).attr("stroke", "#334155")
          .attr("stroke-width", switch (s) {
            case WEAK -> "1.5";
            case MODERATE -> "3";
            case STRONG -> "5";
          });
      if (s == LinkageStrength.WEAK) {
        svg.attr("stroke-dasharray", "6 4");
      }
      svg.end();
      svg.start("text").attr("x", x + 42).attr("y", y + 4).text(Words.label(s) + " linkage").end();
      x += 140;
    }
    final double end = x;
    newColour.ifPresent(c -> {
      svg.start("rect").attr("x", end).attr("y", y - 8).attr("width", 30).attr("height", 16).attr("fill", "none")
          .attr("stroke", c).attr("stroke-width", "2.5").attr("stroke-dasharray", "5 3").end();
      svg.start("text").attr("x", end + 36).attr("y", y + 4).text("NEW: missing actor or linkage to develop; "
          + "STRONGER: linkage to strengthen").end();
    });
    svg.end();
  }
}
