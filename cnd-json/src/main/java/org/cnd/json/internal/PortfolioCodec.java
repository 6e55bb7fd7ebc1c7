package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.cnd.core.EntityKind;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.Rule;
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
   * The codec of each entity kind, with the description of its array. Every kind of {@link EntityKind#all()} has one
   * ({@code PortfolioCodecTest}); the root's arrays follow the kinds' order.
   */
  static final ImmutableMap<EntityKind<?, ?>, Collection<?>> BY_KIND = byKind(
      new Collection<>(EntityKind.ORGANISATIONS, ActorCodecs.ORGANISATION, "the organisations"),
      new Collection<>(EntityKind.PEOPLE, ActorCodecs.PERSON, "the people"),
      new Collection<>(EntityKind.CLUSTERS, ClusterCodecs.CLUSTER, "the clusters"),
      new Collection<>(EntityKind.PROGRAMMES, ProgrammeCodecs.PROGRAMME, "the programmes"),
      new Collection<>(EntityKind.ENGAGEMENTS, LifecycleCodecs.ENGAGEMENT,
          "each one programme's work with one cluster"),
      new Collection<>(EntityKind.DIAGNOSTIC_STUDIES, DiagnosticCodecs.DIAGNOSTIC_STUDY, "the diagnostic studies"),
      new Collection<>(EntityKind.ACTION_PLANS, PlanCodecs.ACTION_PLAN, "the action plans"),
      new Collection<>(EntityKind.INDICATORS, MonitoringCodecs.INDICATOR, "the monitoring indicators"),
      new Collection<>(EntityKind.TRAININGS, TrainingCodecs.TRAINING,
          "trainings, courses, workshops and review meetings"),
      new Collection<>(EntityKind.LINKAGES, CollaborationCodecs.LINKAGE,
          "linkages made between organisations and clusters"),
      new Collection<>(EntityKind.REPORTS, CollaborationCodecs.REPORT, "reports produced"),
      new Collection<>(EntityKind.MAPPING_DATA_SETS, SelectionCodecs.MAPPING_DATA_SET,
          "counts of employment and establishments by region and sector"),
      new Collection<>(EntityKind.SELECTION_EXERCISES, SelectionCodecs.SELECTION_EXERCISE, "how clusters were selected"),
      new Collection<>(EntityKind.NETWORKS, NetworkCodecs.NETWORK, "networks of firms, horizontal and vertical"));

  /** The portfolio's collections, in the order they are written: the order of {@link EntityKind#all()}. */
  static final ImmutableList<Collection<?>> COLLECTIONS = EntityKind.all().stream()
      .map(kind -> {
        Collection<?> collection = BY_KIND.get(kind);
        if (collection == null) {
          throw new IllegalStateException("No codec for the entity kind " + kind);
        }
        return collection;
      })
      .collect(ImmutableList.toImmutableList());

  private static ImmutableMap<EntityKind<?, ?>, Collection<?>> byKind(Collection<?>... collections) {
    ImmutableMap.Builder<EntityKind<?, ?>, Collection<?>> map = ImmutableMap.builder();
    for (Collection<?> collection : collections) {
      map.put(collection.kind(), collection);
    }
    return map.buildOrThrow();
  }

  /** The whole document. */
  public static final ObjectCodec<Portfolio, Draft> PORTFOLIO = define();

  private static ObjectCodec<Portfolio, Draft> define() {
    ObjectCodec.Definer<Portfolio, Draft> root =
        ObjectCodec.define(Portfolio.class, "portfolio document", Draft::new, d -> d.portfolio.build())
            .about("The root of a document: the format's name and version, then one array per collection, each "
                + "left out when empty.")
            .rules(FormatRule.FORMAT, FormatRule.FORMAT_VERSION)
            .rules(Rule.PORTFOLIO_DUPLICATE_ID)
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
   * One collection of the portfolio: its entity kind (which names its array and gives the portfolio's list and the
   * builder's), the codec of its elements and the description of its array.
   *
   * @param <E> the entity
   */
  record Collection<E>(EntityKind<E, ?> kind, ObjectCodec<E, ?> codec, String description) {
    void addTo(ObjectCodec.Definer<Portfolio, Draft> root) {
      root.list(kind.collection(), codec, kind::items, (d, v) -> d.portfolio.addAll(kind, v)).describe(description);
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
