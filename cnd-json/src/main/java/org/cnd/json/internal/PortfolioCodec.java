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
   * The codec of each entity kind, with the description of its array, from the {@code COLLECTIONS} of each area's
   * codecs, where the kind's line is beside its codec. Every kind of {@link EntityKind#all()} has one ({@code
   * PortfolioCodecTest}); the root's arrays follow the kinds' order. A new area's codecs add their list here.
   */
  static final ImmutableMap<EntityKind<?, ?>, Collection<?>> BY_KIND = byKind(
      ActorCodecs.COLLECTIONS, ClusterCodecs.COLLECTIONS, ProgrammeCodecs.COLLECTIONS, LifecycleCodecs.COLLECTIONS,
      DiagnosticCodecs.COLLECTIONS, PlanCodecs.COLLECTIONS, MonitoringCodecs.COLLECTIONS, TrainingCodecs.COLLECTIONS,
      CollaborationCodecs.COLLECTIONS, SelectionCodecs.COLLECTIONS, NetworkCodecs.COLLECTIONS);

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

  @SafeVarargs
  private static ImmutableMap<EntityKind<?, ?>, Collection<?>> byKind(ImmutableList<Collection<?>>... areas) {
    ImmutableMap.Builder<EntityKind<?, ?>, Collection<?>> map = ImmutableMap.builder();
    for (ImmutableList<Collection<?>> area : areas) {
      for (Collection<?> collection : area) {
        map.put(collection.kind(), collection);
      }
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
