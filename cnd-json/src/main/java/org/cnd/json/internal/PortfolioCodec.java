package org.cnd.json.internal;

import org.cnd.core.Portfolio;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The root of a document: the format's name and version, then one array per collection of the {@link Portfolio},
 * in the portfolio's order, each left out when empty.
 */
public final class PortfolioCodec {
  /** The name of the format, the value of the root's {@code format}. */
  public static final String FORMAT_NAME = "cnd-portfolio";

  /** The format version this library writes, and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  /** The oldest format version this library reads. */
  public static final int OLDEST_FORMAT_VERSION = 1;

  private PortfolioCodec() {}

  /** The root's {@code format}. */
  public static final Codec<String> FORMAT = new FormatNameCodec();

  /** The root's {@code formatVersion}. */
  public static final Codec<Integer> VERSION = new FormatVersionCodec();

  /** The whole document. */
  public static final ObjectCodec<Portfolio, Draft> PORTFOLIO =
      ObjectCodec.define(Portfolio.class, "portfolio document", Draft::new, d -> d.portfolio.build())
          .about("The root of a document: the format's name and version, then one array per collection, each left "
              + "out when empty.")
          .required("format", FORMAT, p -> FORMAT_NAME, (d, v) -> { }, FormatRule.FORMAT)
          .describe("the format's name")
          .required("formatVersion", VERSION, p -> FORMAT_VERSION, (d, v) -> { }, FormatRule.FORMAT_VERSION)
          .describe("the format version")
          .list("organisations", ActorCodecs.ORGANISATION, Portfolio::organisations,
              (d, v) -> d.portfolio.addAllOrganisations(v))
          .describe("the organisations")
          .list("people", ActorCodecs.PERSON, Portfolio::people, (d, v) -> d.portfolio.addAllPeople(v))
          .describe("the people")
          .list("clusters", ClusterCodecs.CLUSTER, Portfolio::clusters, (d, v) -> d.portfolio.addAllClusters(v))
          .describe("the clusters")
          .list("programmes", ProgrammeCodecs.PROGRAMME, Portfolio::programmes,
              (d, v) -> d.portfolio.addAllProgrammes(v))
          .describe("the programmes")
          .list("engagements", LifecycleCodecs.ENGAGEMENT, Portfolio::engagements,
              (d, v) -> d.portfolio.addAllEngagements(v))
          .describe("each one programme's work with one cluster")
          .list("diagnosticStudies", DiagnosticCodecs.DIAGNOSTIC_STUDY, Portfolio::diagnosticStudies,
              (d, v) -> d.portfolio.addAllDiagnosticStudies(v))
          .describe("the diagnostic studies")
          .list("actionPlans", PlanCodecs.ACTION_PLAN, Portfolio::actionPlans, (d, v) -> d.portfolio.addAllActionPlans(v))
          .describe("the action plans")
          .list("indicators", MonitoringCodecs.INDICATOR, Portfolio::indicators, (d, v) -> d.portfolio.addAllIndicators(v))
          .describe("the monitoring indicators")
          .list("trainings", TrainingCodecs.TRAINING, Portfolio::trainings, (d, v) -> d.portfolio.addAllTrainings(v))
          .describe("trainings, courses, workshops and review meetings")
          .list("linkages", CollaborationCodecs.LINKAGE, Portfolio::linkages, (d, v) -> d.portfolio.addAllLinkages(v))
          .describe("linkages made between organisations and clusters")
          .list("reports", CollaborationCodecs.REPORT, Portfolio::reports, (d, v) -> d.portfolio.addAllReports(v))
          .describe("reports produced")
          .build();

  /** A portfolio while it is read. */
  static final class Draft {
    final Portfolio.Builder portfolio = Portfolio.builder();
  }

  static String supportedVersions() {
    return OLDEST_FORMAT_VERSION == FORMAT_VERSION
        ? "format version " + FORMAT_VERSION
        : "format versions " + OLDEST_FORMAT_VERSION + " to " + FORMAT_VERSION;
  }

  private static final class FormatNameCodec implements Codec<String> {
    @Override
    public Class<String> type() {
      return String.class;
    }

    @Override
    public String docType() {
      return "the string `\"" + FORMAT_NAME + "\"`";
    }

    @Override
    public String expected() {
      return "the string \"" + FORMAT_NAME + "\"";
    }

    @Override
    public void write(JsonGenerator g, String value) {
      g.writeString(value);
    }

    @Override
    public String read(JsonParser p, ReadOptions options) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Errors.wrongType(p, expected());
      }
      String name = p.getString();
      if (!FORMAT_NAME.equals(name)) {
        throw Errors.at(p, FormatRule.FORMAT,
            "Unknown format " + Errors.quote(name) + ": expected \"" + FORMAT_NAME + "\", the format this library reads");
      }
      return name;
    }
  }

  private static final class FormatVersionCodec implements Codec<Integer> {
    @Override
    public Class<Integer> type() {
      return Integer.class;
    }

    @Override
    public String docType() {
      return "integer `" + FORMAT_VERSION + "`";
    }

    @Override
    public String expected() {
      return "an integer, the format version (" + FORMAT_VERSION + ")";
    }

    @Override
    public void write(JsonGenerator g, Integer value) {
      g.writeNumber(value.intValue());
    }

    @Override
    public Integer read(JsonParser p, ReadOptions options) {
      Long read = Integers.read(p);
      boolean fits = read != null && read >= Integer.MIN_VALUE && read <= Integer.MAX_VALUE;
      int version = fits ? read.intValue() : 0;
      if (!fits || version < OLDEST_FORMAT_VERSION || version > FORMAT_VERSION) {
        String hint = fits && version > FORMAT_VERSION
            ? "; the document was written by a newer version of cnd-json, which is needed to read it"
            : "";
        throw Errors.at(p, FormatRule.FORMAT_VERSION, "Unsupported format version " + p.getString()
            + ": expected " + supportedVersions() + ", which this library reads" + hint);
      }
      return version;
    }
  }
}
