package org.cnd.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.Identifier;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.programme.Programme;
import org.cnd.core.validation.Coded;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One collection of a portfolio as a CSV table, for spreadsheets: one row per entity, the derived values (a cluster's
 * current phases, a programme's status and funding totals) beside the recorded ones. RFC 4180: a header row, fields
 * separated by commas, quoted when they hold a comma, a quote or a line break, records ending in CRLF; UTF-8.
 * Absent values are empty fields; a list is one field, its items separated by {@code "; "}. Written by Jackson's
 * CSV data format.
 */
public final class CsvExport {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Quotes only the fields RFC 4180 requires to be quoted (by default long fields are quoted unchecked).
      .enable(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private CsvExport() {}

  /** The collections that can be exported, by the code the tool takes ({@code --collection clusters}). */
  public enum Table implements Coded {
    /** One row per cluster. */
    CLUSTERS("Clusters"),
    /** One row per programme. */
    PROGRAMMES("Programmes"),
    /** One row per engagement. */
    ENGAGEMENTS("Engagements"),
    /** One row per indicator. */
    INDICATORS("Indicators");

    private final String label;

    Table(String label) {
      this.label = label;
    }

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
      return label;
    }

    /**
     * The table with the code.
     *
     * @throws IllegalArgumentException naming the codes expected when there is none
     */
    public static Table of(String code) {
      return Coded.fromCode(Table.class, Objects.requireNonNull(code, "code"))
          .orElseThrow(() -> new IllegalArgumentException("Unknown collection \"" + code + "\": expected one of "
              + Arrays.stream(values()).map(Table::code).collect(Collectors.joining(", "))));
    }
  }

  /** Writes the table to the stream, which is left open. */
  public static void write(Portfolio portfolio, Table table, OutputStream out) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    Rows rows = switch (table) {
      case CLUSTERS -> clusters(portfolio);
      case PROGRAMMES -> programmes(portfolio);
      case ENGAGEMENTS -> engagements(portfolio);
      case INDICATORS -> indicators(portfolio);
    };
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    rows.columns.forEach(schema::addColumn);
    try (SequenceWriter writer = MAPPER.writer(schema.build()).writeValues(out)) {
      for (List<String> row : rows.values) {
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i < rows.columns.size(); i++) {
          record.put(rows.columns.get(i), row.get(i));
        }
        writer.write(record);
      }
    }
  }

  /** The table as a string. */
  public static String toCsv(Portfolio portfolio, Table table) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(portfolio, table, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  // A table built column by column, so that a header and its values are written side by side.
  private static final class Rows {
    final List<String> columns = new ArrayList<>();
    final List<List<String>> values = new ArrayList<>();

    <T> Rows(List<T> items, Map<String, Function<T, String>> definition) {
      columns.addAll(definition.keySet());
      for (T item : items) {
        List<String> row = new ArrayList<>();
        definition.values().forEach(f -> row.add(f.apply(item)));
        values.add(row);
      }
    }
  }

  private static Rows clusters(Portfolio portfolio) {
    Summary summary = Summary.of(portfolio);
    Map<String, Function<Integer, String>> c = new LinkedHashMap<>();
    List<Cluster> clusters = portfolio.clusters();
    List<ClusterSummary> derived = summary.clusters();
    c.put("id", i -> clusters.get(i).id().value());
    c.put("name", i -> clusters.get(i).name());
    c.put("country", i -> clusters.get(i).place().country().toString());
    c.put("subdivision", i -> text(clusters.get(i).place().subdivision()));
    c.put("localities", i -> String.join("; ", clusters.get(i).place().localities()));
    c.put("sector", i -> clusters.get(i).sector().name());
    c.put("isic", i -> text(clusters.get(i).sector().isic()));
    c.put("kind", i -> code(clusters.get(i).kind()));
    c.put("current_phases", i -> derived.get(i).phases().stream().map(Coded::code).collect(Collectors.joining("; ")));
    c.put("programmes", i -> ids(derived.get(i).programmes()));
    return new Rows(indexes(clusters.size()), c);
  }

  private static Rows programmes(Portfolio portfolio) {
    Summary summary = Summary.of(portfolio);
    List<Programme> programmes = portfolio.programmes();
    List<ProgrammeSummary> derived = summary.programmes();
    Map<String, Function<Integer, String>> c = new LinkedHashMap<>();
    c.put("id", i -> programmes.get(i).id().value());
    c.put("title", i -> programmes.get(i).title());
    c.put("code", i -> text(programmes.get(i).code()));
    c.put("period_start", i -> text(programmes.get(i).period().map(r -> r.start())));
    c.put("period_end", i -> text(programmes.get(i).period().flatMap(r -> r.end())));
    c.put("budget_currency", i -> text(programmes.get(i).budget().map(m -> m.currencyCode())));
    c.put("budget_amount", i -> text(programmes.get(i).budget().map(m -> m.amount().toPlainString())));
    c.put("target_clusters", i -> ids(programmes.get(i).targetClusters()));
    c.put("status", i -> code(derived.get(i).status()));
    c.put("status_since", i -> text(derived.get(i).statusSince()));
    c.put("funding_commitments", i -> Integer.toString(derived.get(i).counterparts().commitments()));
    c.put("funding_known", i -> derived.get(i).funding().stream()
        .filter(f -> f.amount().isPresent())
        .collect(Collectors.groupingBy(f -> f.amount().get().currencyCode(), java.util.TreeMap::new,
            Collectors.reducing(null, f -> f.amount().get(), (a, b) -> a == null ? b : a.plus(b))))
        .values().stream().map(Object::toString).collect(Collectors.joining("; ")));
    c.put("funding_commitments_of_unknown_amount",
        i -> Integer.toString(derived.get(i).counterparts().commitmentsOfUnknownAmount()));
    c.put("counterpart_share", i -> decimal(derived.get(i).counterparts().share()));
    c.put("counterpart_share_of_known_amounts", i -> decimal(derived.get(i).counterparts().ofKnownAmounts()));
    return new Rows(indexes(programmes.size()), c);
  }

  private static Rows engagements(Portfolio portfolio) {
    Summary summary = Summary.of(portfolio);
    List<Engagement> engagements = portfolio.engagements();
    List<EngagementSummary> derived = summary.engagements();
    Map<String, Function<Integer, String>> c = new LinkedHashMap<>();
    c.put("id", i -> engagements.get(i).id().value());
    c.put("programme", i -> engagements.get(i).programme().value());
    c.put("cluster", i -> engagements.get(i).cluster().value());
    c.put("phase_changes", i -> Integer.toString(engagements.get(i).phaseHistory().size()));
    c.put("governance_body", i -> text(engagements.get(i).governanceBody().map(b -> b.name())));
    c.put("current_phase", i -> code(derived.get(i).phase()));
    c.put("since", i -> text(derived.get(i).since()));
    c.put("resumes_to", i -> code(derived.get(i).resumesTo()));
    return new Rows(indexes(engagements.size()), c);
  }

  private static Rows indicators(Portfolio portfolio) {
    Summary summary = Summary.of(portfolio);
    List<Indicator> indicators = portfolio.indicators();
    List<IndicatorSummary> derived = summary.indicators();
    Map<String, Function<Integer, String>> c = new LinkedHashMap<>();
    c.put("id", i -> indicators.get(i).id().value());
    c.put("name", i -> indicators.get(i).name());
    c.put("cluster", i -> text(indicators.get(i).cluster().map(Identifier::value)));
    c.put("engagement", i -> text(indicators.get(i).engagement().map(Identifier::value)));
    c.put("level", i -> indicators.get(i).level().code());
    c.put("measure", i -> indicators.get(i).measure().code());
    c.put("unit", i -> text(indicators.get(i).unit()));
    c.put("direction", i -> code(indicators.get(i).direction()));
    c.put("measurements", i -> Integer.toString(indicators.get(i).measurements().size()));
    c.put("baseline", i -> text(derived.get(i).baseline().map(p -> p.value().toString())));
    c.put("baseline_date", i -> text(derived.get(i).baseline().map(p -> p.date())));
    c.put("latest", i -> text(derived.get(i).latest().map(p -> p.value().toString())));
    c.put("latest_date", i -> text(derived.get(i).latest().map(p -> p.date())));
    c.put("target", i -> text(derived.get(i).target().map(p -> p.value().toString())));
    c.put("target_date", i -> text(derived.get(i).target().map(p -> p.date())));
    c.put("achieved", i -> decimal(derived.get(i).achieved()));
    c.put("target_met", i -> text(derived.get(i).targetMet()));
    return new Rows(indexes(indicators.size()), c);
  }

  private static List<Integer> indexes(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String code(Optional<? extends Coded> value) {
    return value.map(Coded::code).orElse("");
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  private static String ids(List<? extends Identifier> ids) {
    return ids.stream().map(Identifier::value).collect(Collectors.joining("; "));
  }
}
