package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
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

  /**
   * The portfolio's collections, in the order they are written: each one array of the root. When the core describes
   * its entity kinds, this list is taken from those descriptions (name, accessor, builder), the codec of each kind
   * and the description beside it.
   */
  static final ImmutableList<Collection<?>> COLLECTIONS = ImmutableList.of(
      new Collection<>("organisations", ActorCodecs.ORGANISATION, Portfolio::organisations,
          Portfolio.Builder::addAllOrganisations, "the organisations"),
      new Collection<>("people", ActorCodecs.PERSON, Portfolio::people, Portfolio.Builder::addAllPeople, "the people"),
      new Collection<>("clusters", ClusterCodecs.CLUSTER, Portfolio::clusters, Portfolio.Builder::addAllClusters,
          "the clusters"),
      new Collection<>("programmes", ProgrammeCodecs.PROGRAMME, Portfolio::programmes,
          Portfolio.Builder::addAllProgrammes, "the programmes"),
      new Collection<>("engagements", LifecycleCodecs.ENGAGEMENT, Portfolio::engagements,
          Portfolio.Builder::addAllEngagements, "each one programme's work with one cluster"),
      new Collection<>("diagnosticStudies", DiagnosticCodecs.DIAGNOSTIC_STUDY, Portfolio::diagnosticStudies,
          Portfolio.Builder::addAllDiagnosticStudies, "the diagnostic studies"),
      new Collection<>("actionPlans", PlanCodecs.ACTION_PLAN, Portfolio::actionPlans,
          Portfolio.Builder::addAllActionPlans, "the action plans"),
      new Collection<>("indicators", MonitoringCodecs.INDICATOR, Portfolio::indicators,
          Portfolio.Builder::addAllIndicators, "the monitoring indicators"),
      new Collection<>("trainings", TrainingCodecs.TRAINING, Portfolio::trainings, Portfolio.Builder::addAllTrainings,
          "trainings, courses, workshops and review meetings"),
      new Collection<>("linkages", CollaborationCodecs.LINKAGE, Portfolio::linkages, Portfolio.Builder::addAllLinkages,
          "linkages made between organisations and clusters"),
      new Collection<>("reports", CollaborationCodecs.REPORT, Portfolio::reports, Portfolio.Builder::addAllReports,
          "reports produced"),
      new Collection<>("mappingDataSets", SelectionCodecs.MAPPING_DATA_SET, Portfolio::mappingDataSets,
          Portfolio.Builder::addAllMappingDataSets, "counts of employment and establishments by region and sector"),
      new Collection<>("selectionExercises", SelectionCodecs.SELECTION_EXERCISE, Portfolio::selectionExercises,
          Portfolio.Builder::addAllSelectionExercises, "how clusters were selected"),
      new Collection<>("networks", NetworkCodecs.NETWORK, Portfolio::networks, Portfolio.Builder::addAllNetworks,
          "networks of firms, horizontal and vertical"));

  /** The whole document. */
  public static final ObjectCodec<Portfolio, Draft> PORTFOLIO = define();

  private static ObjectCodec<Portfolio, Draft> define() {
    ObjectCodec.Definer<Portfolio, Draft> root =
        ObjectCodec.define(Portfolio.class, "portfolio document", Draft::new, d -> d.portfolio.build())
            .about("The root of a document: the format's name and version, then one array per collection, each "
                + "left out when empty.")
            .required("format", FORMAT, p -> FORMAT_NAME, (d, v) -> { }, FormatRule.FORMAT)
            .describe("the format's name")
            .required("formatVersion", VERSION, p -> FORMAT_VERSION, (d, v) -> { }, FormatRule.FORMAT_VERSION)
            .describe("the format version");
    for (Collection<?> collection : COLLECTIONS) {
      collection.addTo(root);
    }
    return root.build();
  }

  /**
   * One collection of the portfolio: its array's name, the codec of its elements, how the portfolio gives it and
   * how its builder takes it.
   *
   * @param <E> the entity
   */
  record Collection<E>(String name, ObjectCodec<E, ?> codec, Function<Portfolio, ? extends List<E>> get,
      BiConsumer<Portfolio.Builder, List<E>> addAll, String description) {
    void addTo(ObjectCodec.Definer<Portfolio, Draft> root) {
      root.list(name, codec, get, (d, v) -> addAll.accept(d.portfolio, v)).describe(description);
    }
  }

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
