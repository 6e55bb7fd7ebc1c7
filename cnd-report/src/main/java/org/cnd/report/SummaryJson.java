package org.cnd.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.id.Identifier;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Coded;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The {@link Summary} as one JSON document, described by its JSON Schema ({@link #schema()}, draft 2020-12; see
 * REPORT.md). Deterministic: the same summary always gives the same bytes (UTF-8, two-space indentation, properties
 * in a fixed order, lists in the summary's order, absent values omitted). Codes are the core's lower_snake_case codes,
 * dates and amounts their text forms as in the portfolio format.
 */
public final class SummaryJson {
  /** The {@code format} property of every summary document. */
  public static final String FORMAT = "cnd-summary";

  /** The version of the summary format this class writes. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private SummaryJson() {}

  /** Writes the summary to the stream, which is left open. */
  public static void write(Summary summary, OutputStream out) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(out, "out");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
        return pretty;
      }
    };
    try (JsonGenerator g = FACTORY.createGenerator(context, nonClosing(out))) {
      new Writer(g).summary(summary);
      g.writeRaw('\n');
    }
  }

  /** The summary as a JSON string. */
  public static String toJson(Summary summary) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(summary, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The JSON Schema (draft 2020-12) of the summary, as shipped in this module. */
  public static String schema() {
    try (InputStream in = SummaryJson.class.getResourceAsStream("summary.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("summary.schema.json: expected beside SummaryJson in org.cnd.report, found none");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  private record Writer(JsonGenerator g) {
    void summary(Summary s) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("formatVersion", VERSION);
      Summary.Counts c = s.counts();
      g.writeObjectPropertyStart("counts");
      g.writeNumberProperty("organisations", c.organisations());
      g.writeNumberProperty("people", c.people());
      g.writeNumberProperty("clusters", c.clusters());
      g.writeNumberProperty("programmes", c.programmes());
      g.writeNumberProperty("engagements", c.engagements());
      g.writeNumberProperty("diagnosticStudies", c.diagnosticStudies());
      g.writeNumberProperty("actionPlans", c.actionPlans());
      g.writeNumberProperty("indicators", c.indicators());
      g.writeNumberProperty("trainings", c.trainings());
      g.writeNumberProperty("linkages", c.linkages());
      g.writeNumberProperty("reports", c.reports());
      g.writeEndObject();
      array("programmes", s.programmes(), this::programme);
      array("clusters", s.clusters(), this::cluster);
      array("engagements", s.engagements(), this::engagement);
      array("diagnosticStudies", s.studies(), this::study);
      array("actionPlans", s.plans(), this::plan);
      array("indicators", s.indicators(), this::indicator);
      array("fundingBySource", s.fundingBySource(), this::source);
      array("timeline", s.timeline(), this::item);
      g.writeEndObject();
    }

    void programme(ProgrammeSummary p) {
      g.writeStartObject();
      id("id", p.id());
      g.writeStringProperty("title", p.title());
      string("code", p.code());
      p.status().ifPresent(v -> code("status", v));
      text("statusSince", p.statusSince());
      p.period().ifPresent(this::period);
      p.budget().ifPresent(b -> money("budget", b));
      array("funding", p.funding(), this::fundingTotal);
      CounterpartShare cs = p.counterparts();
      g.writeObjectPropertyStart("counterpartShare");
      cs.share().ifPresent(v -> decimal("share", v));
      cs.ofKnownAmounts().ifPresent(v -> decimal("ofKnownAmounts", v));
      g.writeBooleanProperty("complete", cs.isComplete());
      g.writeNumberProperty("commitments", cs.commitments());
      g.writeNumberProperty("commitmentsOfUnknownAmount", cs.commitmentsOfUnknownAmount());
      g.writeNumberProperty("counterpartCommitments", cs.counterpartCommitments());
      g.writeNumberProperty("counterpartCommitmentsOfUnknownAmount", cs.counterpartCommitmentsOfUnknownAmount());
      g.writeEndObject();
      ids("targetClusters", p.targetClusters());
      string("targetDescription", p.targetDescription());
      g.writeEndObject();
    }

    void fundingTotal(FundingTotal f) {
      g.writeStartObject();
      id("funder", f.funder());
      code("kind", f.kind());
      f.amount().ifPresent(a -> money("amount", a));
      g.writeBooleanProperty("amountKnown", f.amount().isPresent());
      g.writeNumberProperty("commitments", f.commitments());
      g.writeEndObject();
    }

    void cluster(ClusterSummary c) {
      g.writeStartObject();
      id("id", c.id());
      g.writeStringProperty("name", c.name());
      g.writeStringProperty("country", c.country().toString());
      text("subdivision", c.subdivision());
      g.writeStringProperty("sector", c.sector());
      text("isic", c.isic());
      codes("phases", c.phases());
      ids("programmes", c.programmes());
      g.writeEndObject();
    }

    void engagement(EngagementSummary e) {
      g.writeStartObject();
      id("id", e.id());
      id("programme", e.programme());
      id("cluster", e.cluster());
      e.phase().ifPresent(v -> code("phase", v));
      text("since", e.since());
      e.resumesTo().ifPresent(v -> code("resumesTo", v));
      g.writeEndObject();
    }

    void study(StudySummary s) {
      g.writeStartObject();
      id("id", s.id());
      id("cluster", s.cluster());
      string("title", s.title());
      code("status", s.status());
      text("since", s.since());
      g.writeEndObject();
    }

    void plan(PlanSummary p) {
      g.writeStartObject();
      id("id", p.id());
      id("cluster", p.cluster());
      g.writeNumberProperty("version", p.version());
      code("status", p.status());
      text("since", p.since());
      g.writeStringProperty("horizon", p.horizon().toString());
      p.supersedes().ifPresent(v -> id("supersedes", v));
      g.writeEndObject();
    }

    void indicator(IndicatorSummary i) {
      g.writeStartObject();
      id("id", i.id());
      g.writeStringProperty("name", i.name());
      i.cluster().ifPresent(v -> id("cluster", v));
      i.engagement().ifPresent(v -> id("engagement", v));
      code("measure", i.measure());
      string("unit", i.unit());
      i.baseline().ifPresent(v -> point("baseline", v));
      i.latest().ifPresent(v -> point("latest", v));
      i.target().ifPresent(v -> point("target", v));
      i.achieved().ifPresent(v -> decimal("achieved", v));
      i.targetMet().ifPresent(v -> g.writeBooleanProperty("targetMet", v));
      g.writeEndObject();
    }

    void point(String name, IndicatorSummary.Point p) {
      g.writeObjectPropertyStart(name);
      value(p.value());
      g.writeStringProperty("date", p.date().toString());
      g.writeEndObject();
    }

    void value(IndicatorValue v) {
      if (v.number().isPresent()) {
        g.writeStringProperty("number", v.number().get().toPlainString());
      } else {
        g.writeStringProperty("text", v.text().orElseThrow());
      }
    }

    void source(SourceSummary s) {
      g.writeStartObject();
      id("funder", s.funder());
      g.writeArrayPropertyStart("known");
      s.known().forEach(m -> {
        g.writeStartObject();
        moneyFields(m);
        g.writeEndObject();
      });
      g.writeEndArray();
      g.writeNumberProperty("commitments", s.commitments());
      g.writeNumberProperty("commitmentsOfUnknownAmount", s.commitmentsOfUnknownAmount());
      g.writeEndObject();
    }

    void item(TimelineItem t) {
      g.writeStartObject();
      g.writeStringProperty("date", t.date().toString());
      g.writeStringProperty("kind", t.kind());
      id("subject", t.subject());
      g.writeStringProperty("description", t.description());
      g.writeEndObject();
    }

    void period(DateRange r) {
      g.writeObjectPropertyStart("period");
      g.writeStringProperty("start", r.start().toString());
      r.end().ifPresent(e -> g.writeStringProperty("end", e.toString()));
      g.writeEndObject();
    }

    void money(String name, Money m) {
      g.writeObjectPropertyStart(name);
      moneyFields(m);
      g.writeEndObject();
    }

    void moneyFields(Money m) {
      g.writeStringProperty("currency", m.currencyCode());
      g.writeStringProperty("amount", m.amount().toPlainString());
    }

    void decimal(String name, BigDecimal v) {
      // A string, like amounts: a decimal keeps its digits exactly, whatever the reader's number type.
      g.writeStringProperty(name, v.toPlainString());
    }

    <T> void array(String name, Collection<T> values, java.util.function.Consumer<T> each) {
      g.writeArrayPropertyStart(name);
      values.forEach(each);
      g.writeEndArray();
    }

    void ids(String name, Collection<? extends Identifier> values) {
      g.writeArrayPropertyStart(name);
      values.forEach(v -> g.writeString(v.value()));
      g.writeEndArray();
    }

    void codes(String name, Collection<? extends Coded> values) {
      g.writeArrayPropertyStart(name);
      values.forEach(v -> g.writeString(v.code()));
      g.writeEndArray();
    }

    void id(String name, Identifier id) {
      g.writeStringProperty(name, id.value());
    }

    void code(String name, Coded code) {
      g.writeStringProperty(name, code.code());
    }

    void string(String name, Optional<String> value) {
      value.ifPresent(v -> g.writeStringProperty(name, v));
    }

    void text(String name, Optional<?> value) {
      value.ifPresent(v -> g.writeStringProperty(name, v.toString()));
    }
  }
}
