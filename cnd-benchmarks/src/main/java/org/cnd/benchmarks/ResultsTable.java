package org.cnd.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the tables of BENCHMARKS.md: each score with JMH's error, the
 * library against its baselines as ratios written {@code 1.18×} with their error, validation against reading, and
 * how each cost grows from the smallest scale to the largest.
 *
 * <p>The error of a ratio {@code a / b} combines the relative errors of both scores (JMH's 99.9% confidence
 * half-widths): {@code (a / b) * sqrt((ea / a)^2 + (eb / b)^2)}, a first-order estimate.
 *
 * <p>Run: {@code java -cp cnd-benchmarks/target/benchmarks.jar org.cnd.benchmarks.ResultsTable jmh.json}.
 */
public final class ResultsTable {
  private ResultsTable() {}

  /** One score: a benchmark at a scale, in milliseconds per operation. */
  record Score(String benchmark, int clusters, double ms, double errorMs) {
    /** The score with three significant digits, and its error to the same decimal place. */
    String formatted() {
      int decimals = decimals(ms);
      return String.format(Locale.ROOT, "%,." + decimals + "f ± %,." + decimals + "f", ms, errorMs);
    }
  }

  /** The scores in a JMH JSON result file, converted to milliseconds. */
  static List<Score> read(Path file) {
    JsonNode root;
    try {
      root = Baselines.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Score> scores = new ArrayList<>();
    for (JsonNode run : root) {
      String full = run.get("benchmark").asString();
      String benchmark = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
      JsonNode params = run.get("params");
      if (params == null || params.get("clusters") == null) {
        continue; // measured at another scale than a number of clusters (LongChainBenchmarks): not in these tables
      }
      int clusters = Integer.parseInt(params.get("clusters").asString());
      JsonNode metric = run.get("primaryMetric");
      double factor = toMillis(metric.get("scoreUnit").asString());
      double error = metric.get("scoreError").asDouble();
      scores.add(new Score(benchmark, clusters, metric.get("score").asDouble() * factor,
          Double.isNaN(error) ? 0 : error * factor));
    }
    return scores;
  }

  private static double toMillis(String unit) {
    String perOp = unit.substring(0, unit.indexOf('/'));
    TimeUnit u = switch (perOp) {
      case "ns" -> TimeUnit.NANOSECONDS;
      case "us" -> TimeUnit.MICROSECONDS;
      case "ms" -> TimeUnit.MILLISECONDS;
      case "s" -> TimeUnit.SECONDS;
      default -> throw new IllegalArgumentException("Unexpected unit " + unit);
    };
    return u.toNanos(1) / 1e6;
  }

  /** The ratio of two scores with its error, written {@code 1.18× ± 0.04}. */
  static String ratio(Score a, Score b) {
    double r = a.ms() / b.ms();
    double error = r * Math.sqrt(Math.pow(a.errorMs() / a.ms(), 2) + Math.pow(b.errorMs() / b.ms(), 2));
    return String.format(Locale.ROOT, "%.2f× ± %.2f", r, error);
  }

  // Three significant digits: 0.00912, 0.273, 41.7, 1,234.
  static String significant(double v) {
    return String.format(Locale.ROOT, "%,." + decimals(v) + "f", v);
  }

  private static int decimals(double v) {
    return Math.max(0, 2 - (int) Math.floor(Math.log10(Math.max(Math.abs(v), 1e-9))));
  }

  /** The tables, in Markdown. */
  static String tables(List<Score> scores) {
    Map<String, Score> byKey = new LinkedHashMap<>();
    TreeSet<Integer> scales = new TreeSet<>();
    TreeSet<String> benchmarks = new TreeSet<>();
    for (Score s : scores) {
      byKey.put(s.benchmark() + "@" + s.clusters(), s);
      scales.add(s.clusters());
      benchmarks.add(s.benchmark());
    }
    StringBuilder out = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    for (String op : List.of("Read", "Write")) {
      for (int n : scales) {
        Score cnd = byKey.get(op + "Benchmarks.cnd@" + n);
        Score records = byKey.get(op + "Benchmarks.records@" + n);
        Score streaming = byKey.get(op + "Benchmarks.streaming@" + n);
        if (cnd == null) {
          continue;
        }
        rows.append("| ").append(op.toLowerCase(Locale.ROOT)).append(" | ").append(String.format(Locale.ROOT, "%,d", n))
            .append(" | ").append(cnd.formatted())
            .append(" | ").append(records == null ? "" : records.formatted())
            .append(" | ").append(streaming == null ? "" : streaming.formatted())
            .append(" | ").append(records == null ? "" : ratio(cnd, records))
            .append(" | ").append(streaming == null ? "" : ratio(cnd, streaming)).append(" |\n");
      }
    }
    if (rows.length() > 0) {
      out.append("| operation | clusters | cnd (ms/op) | records (ms/op) | streaming (ms/op) | cnd / records | cnd / streaming |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|\n").append(rows);
    }
    // The edit target: an edit and a look-up in at most 1 ms, so in µs here.
    // The chain of edits came later than the others: its column only where it was measured.
    List<String> edits = new ArrayList<>(List.of("replaceThenLookUp", "updateThenLookUp", "addThenLookUp",
        "removeThenLookUp"));
    if (benchmarks.contains("EditBenchmarks.removeAndAddBackInAChain")) {
      edits.add("removeAndAddBackInAChain");
    }
    if (scales.stream().anyMatch(n -> edits.stream().anyMatch(e -> byKey.containsKey("EditBenchmarks." + e + "@" + n)))) {
      out.append(out.length() > 0 ? "\n" : "").append("| clusters |");
      edits.forEach(e -> out.append(" ").append(e).append(" (µs/op) |"));
      out.append("\n|---:|").append("---:|".repeat(edits.size())).append("\n");
      for (int n : scales) {
        out.append("| ").append(String.format(Locale.ROOT, "%,d", n)).append(" |");
        for (String e : edits) {
          Score s = byKey.get("EditBenchmarks." + e + "@" + n);
          out.append(" ").append(s == null ? "" : new Score(e, n, s.ms() * 1000, s.errorMs() * 1000).formatted())
              .append(" |");
        }
        out.append("\n");
      }
    }
    // The validation target: linear in size and cheaper than reading the same portfolio.
    boolean validated = scales.stream().anyMatch(n -> byKey.containsKey("ValidateBenchmarks.validate@" + n));
    if (validated) {
      out.append(out.length() > 0 ? "\n" : "").append("| clusters | validate (ms/op) | read (ms/op) | validate / read |\n|---:|---:|---:|---:|\n");
      for (int n : scales) {
        Score validate = byKey.get("ValidateBenchmarks.validate@" + n);
        Score read = byKey.get("ReadBenchmarks.cnd@" + n);
        if (validate == null) {
          continue;
        }
        out.append("| ").append(String.format(Locale.ROOT, "%,d", n)).append(" | ").append(validate.formatted())
            .append(" | ").append(read == null ? "" : read.formatted())
            .append(" | ").append(read == null ? "" : ratio(validate, read)).append(" |\n");
      }
    }
    out.append(out.length() > 0 ? "\n" : "").append("| benchmark | ");
    for (int n : scales) {
      out.append(String.format(Locale.ROOT, "%,d", n)).append(" (ms/op) | ");
    }
    out.append("µs per cluster, smallest to largest | growth, smallest to largest scale |\n|---|");
    out.append("---:|".repeat(scales.size())).append("---|---:|\n");
    for (String b : benchmarks) {
      out.append("| ").append(b).append(" | ");
      List<Double> perCluster = new ArrayList<>();
      for (int n : scales) {
        Score s = byKey.get(b + "@" + n);
        out.append(s == null ? "" : s.formatted()).append(" | ");
        if (s != null) {
          perCluster.add(s.ms() * 1000 / n);
        }
      }
      List<String> each = perCluster.stream().map(ResultsTable::significant).toList();
      out.append(String.join(" → ", each)).append(" | ");
      Score first = byKey.get(b + "@" + scales.first());
      Score last = byKey.get(b + "@" + scales.last());
      if (first != null && last != null && scales.size() > 1) {
        out.append(String.format(Locale.ROOT, "%.0f× for %.0f× the clusters", last.ms() / first.ms(),
            (double) scales.last() / scales.first()));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  /** Prints the tables of a JMH JSON result file (or of several, merged). */
  public static void main(String[] args) {
    List<Score> scores = new ArrayList<>();
    for (String file : args) {
      scores.addAll(read(Path.of(file)));
    }
    System.out.print(tables(scores));
  }
}
