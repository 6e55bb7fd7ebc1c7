package org.cnd.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.time.PartialDate;

/**
 * The report's charts as SVG: the clusters by phase as a funnel, the timeline as events per year, an indicator
 * over time. Each chart states its values in text (on the chart and in its description), so that neither colour nor
 * shape alone carries them; the report puts a table of the same values beside each.
 */
public final class Charts {
  private static final String BAR = "#2563eb";
  private static final String FONT = "sans-serif";

  private Charts() {}

  /**
   * A bar of a chart: a label and a count.
   *
   * @param label the label
   * @param count the count
   */
  public record Bar(String label, long count) {}

  /** The funnel of clusters by phase: one centred bar per phase, its width the count. */
  public static String funnel(String id, List<Bar> bars) {
    double width = 640;
    double row = 30;
    double labelWidth = 210;
    double height = Math.max(1, bars.size()) * row + 10;
    long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
    String desc = bars.isEmpty() ? "No engagement records a phase."
        : bars.stream().map(b -> b.label() + ": " + b.count()).collect(Collectors.joining("; ")) + ".";
    Svg svg = new Svg(width, height, id, "Clusters by the current phase of their engagements", desc);
    double barSpace = width - labelWidth - 60;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 5 + i * row;
      double w = Math.max(2, barSpace * b.count() / max);
      double x = labelWidth + (barSpace - w) / 2;
      svg.start("text").attr("x", labelWidth - 10).attr("y", y + 18).attr("text-anchor", "end")
          .attr("font-family", FONT).attr("font-size", "13").attr("fill", "#0f172a").text(b.label()).end();
      svg.start("rect").attr("class", "bar").attr("x", x).attr("y", y + 3).attr("width", w).attr("height", row - 8)
          .attr("fill", BAR).end();
      svg.start("text").attr("x", labelWidth + barSpace + 8).attr("y", y + 18).attr("font-family", FONT)
          .attr("font-size", "13").attr("fill", "#0f172a").text(Long.toString(b.count())).end();
    }
    return svg.finish();
  }

  /** The timeline as a column of events per year, each column labelled with its count. */
  public static String perYear(String id, Map<Integer, Long> counts) {
    double height = 220;
    double top = 24;
    double bottom = 28;
    int n = Math.max(1, counts.size());
    double column = Math.max(14, Math.min(48, 760.0 / n));
    double width = Math.max(320, n * column + 20);
    long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    String desc = counts.isEmpty() ? "Nothing is dated."
        : "Dated events per year: " + counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("; ")) + ".";
    Svg svg = new Svg(width, height, id, "Dated events per year", desc);
    svg.start("line").attr("x1", 10).attr("y1", height - bottom).attr("x2", width - 10).attr("y2", height - bottom)
        .attr("stroke", "#475569").end();
    int i = 0;
    boolean sparse = n > 24;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      double x = 10 + i * column;
      double h = (height - top - bottom) * e.getValue() / max;
      svg.start("rect").attr("class", "bar").attr("x", x + 2).attr("y", height - bottom - h)
          .attr("width", column - 4).attr("height", Math.max(h, 1)).attr("fill", BAR).end();
      svg.start("text").attr("x", x + column / 2).attr("y", height - bottom - h - 5).attr("text-anchor", "middle")
          .attr("font-family", FONT).attr("font-size", "11").attr("fill", "#0f172a").text(e.getValue().toString())
          .end();
      if (!sparse || i % 5 == 0) {
        svg.start("text").attr("x", x + column / 2).attr("y", height - 10).attr("text-anchor", "middle")
            .attr("font-family", FONT).attr("font-size", "11").attr("fill", "#0f172a").text(e.getKey().toString())
            .end();
      }
      i++;
    }
    return svg.finish();
  }

  /**
   * An indicator over time: its baseline (a square), its measurements (circles joined by a line) and its targets
   * (diamonds, the final one with a dashed line across), each point labelled with its value. Empty for a
   * qualitative indicator or one with no number to draw.
   */
  public static Optional<String> indicator(String id, Indicator indicator) {
    record P(PartialDate date, BigDecimal value, String role) {}
    List<P> points = new java.util.ArrayList<>();
    indicator.baseline().flatMap(b -> b.value().number().map(v -> new P(b.date(), v, "baseline")))
        .ifPresent(points::add);
    for (Measurement m : indicator.measurements()) {
      m.value().number().ifPresent(v -> points.add(new P(m.asOf(), v, "measurement")));
    }
    for (Target t : indicator.targets()) {
      t.value().number().ifPresent(v -> points.add(new P(t.date(), v, "target")));
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    double width = 560;
    double height = 240;
    double left = 56;
    double right = 80;
    double top = 20;
    double bottom = 36;
    long first = points.stream().mapToLong(p -> p.date().earliest().toEpochDay()).min().orElseThrow();
    long last = points.stream().mapToLong(p -> p.date().earliest().toEpochDay()).max().orElseThrow();
    double lo = Math.min(0, points.stream().map(P::value).min(BigDecimal::compareTo).orElseThrow().doubleValue());
    double hi = points.stream().map(P::value).max(BigDecimal::compareTo).orElseThrow().doubleValue();
    double span = hi - lo == 0 ? 1 : hi - lo;
    long days = Math.max(1, last - first);
    double plotW = width - left - right;
    double plotH = height - top - bottom;
    java.util.function.ToDoubleFunction<P> px = p -> left + plotW * (p.date().earliest().toEpochDay() - first) / days;
    java.util.function.ToDoubleFunction<P> py = p -> top + plotH * (1 - (p.value().doubleValue() - lo) / span);
    String unit = indicator.unit().map(u -> " " + u).orElse("");
    String desc = points.stream().map(p -> p.role() + " " + p.value().toPlainString() + unit + " (" + p.date() + ")")
        .collect(Collectors.joining("; ")) + ".";
    Svg svg = new Svg(width, height, id, indicator.name() + ": baseline, measurements and targets", desc);
    svg.start("line").attr("x1", left).attr("y1", top + plotH).attr("x2", left + plotW).attr("y2", top + plotH)
        .attr("stroke", "#475569").end();
    svg.start("line").attr("x1", left).attr("y1", top).attr("x2", left).attr("y2", top + plotH)
        .attr("stroke", "#475569").end();
    svg.start("text").attr("x", left - 6).attr("y", top + plotH + 4).attr("text-anchor", "end")
        .attr("font-family", FONT).attr("font-size", "11").text(Svg.num(lo).replaceAll("\\.0$", "")).end();
    List<Integer> years = points.stream().map(p -> p.date().year()).distinct().sorted().toList();
    for (int year : years) {
      P at = new P(PartialDate.of(LocalDate.of(year, 1, 1)), BigDecimal.ZERO, "");
      double x = Math.max(left, px.applyAsDouble(at));
      svg.start("text").attr("x", x).attr("y", height - 14).attr("text-anchor", "middle").attr("font-family", FONT)
          .attr("font-size", "11").text(Integer.toString(year)).end();
    }
    List<P> line = points.stream().filter(p -> !p.role().equals("target")).toList();
    if (line.size() > 1) {
      StringBuilder d = new StringBuilder();
      for (P p : line) {
        d.append(d.length() == 0 ? "M" : " L").append(Svg.num(px.applyAsDouble(p))).append(',')
            .append(Svg.num(py.applyAsDouble(p)));
      }
      svg.start("path").attr("d", d.toString()).attr("fill", "none").attr("stroke", BAR).attr("stroke-width", "2")
          .end();
    }
    points.stream().filter(p -> p.role().equals("target")).reduce((a, b) -> b).ifPresent(t -> {
      double y = py.applyAsDouble(t);
      svg.start("line").attr("x1", left).attr("y1", y).attr("x2", left + plotW).attr("y2", y).attr("stroke", "#15803d")
          .attr("stroke-dasharray", "5 4").end();
    });
    for (P p : points) {
      double x = px.applyAsDouble(p);
      double y = py.applyAsDouble(p);
      switch (p.role()) {
        case "baseline" -> svg.start("rect").attr("class", "point baseline").attr("x", x - 5).attr("y", y - 5)
            .attr("width", 10).attr("height", 10).attr("fill", "#475569").end();
        case "target" -> svg.start("path").attr("class", "point target")
            .attr("d", "M" + Svg.num(x) + "," + Svg.num(y - 7) + " l7,7 l-7,7 l-7,-7 z").attr("fill", "#15803d").end();
        default -> svg.start("circle").attr("class", "point measurement").attr("cx", x).attr("cy", y).attr("r", 5)
            .attr("fill", BAR).end();
      }
      svg.start("text").attr("x", x + 9).attr("y", y - 8).attr("font-family", FONT).attr("font-size", "11")
          .attr("fill", "#0f172a").text(p.role() + " " + p.value().toPlainString()).end();
    }
    return Optional.of(svg.finish());
  }
}
