package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.Violation;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A JSON object described property by property: the descriptor of one object type of the format. It writes the
 * properties in the order they are defined, leaving out absent optional values and empty lists, and reads them in
 * any order through the core's public builder, so that the core's own checks judge the result.
 *
 * <p>Reading refuses unknown properties (unless told to skip them), duplicate properties, {@code null}, wrong JSON
 * types and missing required properties, each at the path of the offending node. A violation the builder throws is
 * relative to the object; it surfaces prefixed with the object's path, at the line and column of the node it names:
 * a property's value, an element of an array, or a property of an object one level down (of a property or of an
 * array's element), which the object keeps the locations of until it is built. Deeper nodes are located at their
 * nearest ancestor so kept.
 *
 * <p>Adding a type to the format is one definition, each property described beside it; the schema's object and
 * FORMAT.md's table are generated from it (see TESTING.md). Deferred, it is defined when first used:
 *
 * <pre>{@code
 * static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.deferred(() ->
 *     ObjectCodec.define(Person.class, "person", Person::builder, Person.Builder::build)
 *         .about("A person: a name and an affiliation, nothing more.")
 *         .required("id", ValueCodecs.own(ActorCodecs.PERSON_ID), Person::id, Person.Builder::id)
 *         .required("name", ValueCodecs.TEXT, Person::name, Person.Builder::name)
 *         .describe("the name as the person wants it recorded")
 *         .optional("affiliation", ActorCodecs.ORGANISATION_ID, Person::affiliation, Person.Builder::affiliation)
 *         .describe("the organisation the person works for")
 *         .build());
 * }</pre>
 *
 * @param <T> the Java type
 * @param <B> the builder (or draft) that reading fills
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  /** How a property appears. */
  public enum Kind {
    /** Always present. */
    REQUIRED,
    /** Left out when absent. */
    OPTIONAL,
    /** An array, left out when empty. */
    LIST
  }

  // Null once defined: a codec made by deferred(...) is defined when first used (see there).
  private final Supplier<ObjectCodec<T, B>> definition;
  // Written once, before defined is set; read after reading defined.
  private volatile boolean defined;
  private Class<T> type;
  private String name;
  private String noun;
  private String description;
  private Supplier<B> newBuilder;
  private Function<B, T> build;
  private ImmutableList<Property<T, B>> properties;
  private ImmutableList<CheckedRule> rules;
  private ImmutableMap<String, Integer> indexByName;
  private String expected;
  // The required properties, one bit each by index (an object type has at most 64 properties).
  private long required;
  // The property names, for the parser to match as it reads them: the byte parser matches a name's bytes, with no
  // String made or looked up. The index it returns is the property's. Last quads unpadded, as the JSON factory's own
  // matchers are (JsonFactory.constructNameMatcher).
  private PropertyNameMatcher matcher;

  private ObjectCodec(Definer<T, B> d) {
    this.definition = null;
    this.type = d.type;
    this.name = d.name;
    this.noun = d.noun;
    this.description = d.description;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.properties = ImmutableList.copyOf(d.properties);
    this.rules = ImmutableList.copyOf(d.rules);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < properties.size(); i++) {
      index.put(properties.get(i).name, i);
    }
    this.indexByName = index.buildOrThrow();
    this.matcher = BinaryNameMatcher.construct(properties.stream().map(property -> property.name).toList(), false);
    this.expected = "an object (" + article(noun) + ")";
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(type.getSimpleName() + " has more than " + Long.SIZE + " properties");
    }
    long bits = 0;
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).kind == Kind.REQUIRED) {
        bits |= 1L << i;
      }
    }
    this.required = bits;
    this.defined = true;
  }

  private ObjectCodec(Supplier<ObjectCodec<T, B>> definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
  }

  /**
   * An object codec defined when it is first used (read, written or asked about), by the definition given, which
   * returns {@code define(...)...build()}: the codecs of the object types a document does not hold are never
   * defined. Defining one links a method reference per accessor and per builder method, which costs a run of the
   * command line on a small document more than reading it does.
   */
  public static <T, B> ObjectCodec<T, B> deferred(Supplier<ObjectCodec<T, B>> definition) {
    return new ObjectCodec<>(definition);
  }

  private ObjectCodec<T, B> defined() {
    if (!defined) {
      define();
    }
    return this;
  }

  private synchronized void define() {
    if (defined) {
      return;
    }
    ObjectCodec<T, B> d = definition.get().defined();
    this.type = d.type;
    this.name = d.name;
    this.noun = d.noun;
    this.description = d.description;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.properties = d.properties;
    this.rules = d.rules;
    this.indexByName = d.indexByName;
    this.expected = d.expected;
    this.required = d.required;
    this.matcher = d.matcher;
    this.defined = true;
  }

  /**
   * Starts the description of an object type.
   *
   * @param noun what the object is, for messages: {@code organisation}
   * @param newBuilder a new, empty builder
   * @param build builds the value; may throw {@link RuleViolationException} with a path relative to the object
   */
  public static <T, B> Definer<T, B> define(Class<T> type, String noun, Supplier<B> newBuilder, Function<B, T> build) {
    return new Definer<>(type, noun, newBuilder, build);
  }

  @Override
  public Class<T> type() {
    return defined().type;
  }

  /** The name of the object type in the schema and in FORMAT.md: the Java type's simple name unless named otherwise. */
  public String name() {
    return defined().name;
  }

  /** What the object is: {@code organisation}. */
  public String noun() {
    return defined().noun;
  }

  /** The object type's description, for the schema: {@code A body that funds, ...}; empty when none was given. */
  public String description() {
    return defined().description;
  }

  @Override
  public String schemaName() {
    return name();
  }

  @Override
  public String docType() {
    return name();
  }

  /** The properties, in the order they are written. */
  public ImmutableList<Property<T, B>> properties() {
    return defined().properties;
  }

  @Override
  public String expected() {
    return defined().expected;
  }

  @Override
  public ImmutableList<CheckedRule> rules() {
    return defined().rules;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    defined();
    g.writeStartObject(value);
    // Indexed loops, here and over list elements: an iterator per object written shows in the profile.
    for (int i = 0, n = properties.size(); i < n; i++) {
      properties.get(i).write(g, value);
    }
    g.writeEndObject();
  }

  @Override
  public T read(JsonParser p, ReadOptions options) {
    return read(p, options, null);
  }

  /**
   * Reads a value, and hands the locations of its own properties (not of their contents) to {@code located}, for
   * the enclosing object to locate violations of its own builder with.
   *
   * <p>One loop for both kinds of reading: with {@linkplain ReadOptions#located() locations}, each node's location
   * is recorded in a {@link LocationTable}; without, nothing is recorded (nearly half of what reading allocated) and
   * a refusal has the same rule, path and message but the location of the parser when it refused, not of the node
   * (the caller reads the document again, with locations, to report it). Names are matched by the parser: the byte
   * parser matches a name's bytes, with no String made or looked up.
   */
  private T read(JsonParser p, ReadOptions options, Consumer<LocationTable> located) {
    defined();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Errors.wrongType(p, expected);
    }
    TokenStreamLocation start = options.located() ? p.currentTokenLocation() : null;
    LocationTable table = start == null ? null : new LocationTable(indexByName, start, properties.size());
    B builder = newBuilder.get();
    long seen = 0;
    for (int index = p.nextNameMatch(matcher); p.currentToken() == JsonToken.PROPERTY_NAME;
        index = p.nextNameMatch(matcher)) {
      if (index < 0) {
        if (!options.ignoreUnknownProperties()) {
          throw Errors.at(p, FormatRule.UNKNOWN_PROPERTY, "Unknown property " + Errors.quote(p.currentName()) + " in "
              + article(noun) + ": expected one of " + Errors.list(propertyNames()));
        }
        p.nextToken();
        p.skipChildren();
        continue;
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        // The parser's duplicate detection normally refuses this first; this holds for parsers without it.
        throw Errors.at(p, FormatRule.DUPLICATE_KEY, "Duplicate property " + Errors.quote(p.currentName()) + " in "
            + article(noun) + ": expected each property once");
      }
      seen |= bit;
      Property<T, B> property = properties.get(index);
      p.nextToken();
      if (table != null) {
        table.value(index, p.currentTokenLocation());
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw Errors.at(p, FormatRule.NULL, "Null for " + Errors.quote(property.name) + " in " + article(noun)
            + ": expected " + property.expected()
            + (property.kind == Kind.REQUIRED ? "" : ", or the property left out when absent"));
      }
      property.read(p, options, builder, table, index);
    }
    // The parser is on the object's end: paths computed now are the object's own.
    if ((seen & required) != required) {
      Property<T, B> missing = properties.get(Long.numberOfTrailingZeros(required & ~seen));
      Violation violation = missing.missingRule.violation(Errors.path(p), missing.missingMessage(noun));
      throw start == null ? Errors.at(violation, p.currentLocation()) : Errors.at(violation, start);
    }
    T value;
    try {
      value = build.apply(builder);
    } catch (RuleViolationException e) {
      Violation violation = e.violation().withPathPrefix(Errors.path(p));
      if (table == null) {
        throw Errors.at(violation, p.currentLocation());
      }
      long at = table.locate(Pointers.tokens(e.violation().path()), 0);
      throw Errors.at(violation, LocationTable.line(at), LocationTable.column(at));
    }
    if (located != null) {
      located.accept(table.ownLevel());
    }
    return value;
  }

  private ImmutableList<String> propertyNames() {
    return defined().indexByName.keySet().asList();
  }

  static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  @Override
  public String toString() {
    return name() + propertyNames();
  }

  /**
   * One property of an object type.
   *
   * @param <T> the object's Java type
   * @param <B> its builder
   */
  public abstract static class Property<T, B> {
    final String name;
    final SerializableString serializedName;
    final Kind kind;
    final Codec<?> codec;
    final FormatRule missingRule;
    // Set while the object type is defined, never after.
    String description = "";
    String qualifier = "";

    Property(String name, Kind kind, Codec<?> codec, FormatRule missingRule) {
      this.name = Objects.requireNonNull(name, "name");
      this.serializedName = new SerializedString(name);
      this.kind = kind;
      this.codec = Objects.requireNonNull(codec, "codec");
      this.missingRule = missingRule;
    }

    /** The property's name: the core accessor's name. */
    public String name() {
      return name;
    }

    /** Required, optional or a list. */
    public Kind kind() {
      return kind;
    }

    /** The codec of the value, or of each element of a list. */
    public Codec<?> codec() {
      return codec;
    }

    /** What the property means, for FORMAT.md and the schema: {@code the full name}; empty when evident. */
    public String description() {
      return description;
    }

    /**
     * What the property's value must be beyond its codec's form, such as {@code not negative}: FORMAT.md writes it
     * after the type; empty when nothing.
     */
    public String qualifier() {
      return qualifier;
    }

    String expected() {
      return kind == Kind.LIST ? "an array, each element " + codec.expected() : codec.expected();
    }

    String missingMessage(String noun) {
      return "Missing property " + Errors.quote(name) + " in " + article(noun) + ": expected " + expected();
    }

    abstract void write(JsonGenerator g, T value);

    /**
     * Reads the value into the builder, recording where its parts are in the table at the property's index (when
     * reading with locations; else the table is null).
     */
    abstract void read(JsonParser p, ReadOptions options, B builder, LocationTable table, int index);
  }

  private static final class Single<T, B, V> extends Property<T, B> {
    private final Codec<V> valueCodec;
    // One of the two: a required value is written without wrapping it in an Optional first.
    private final Function<T, V> getRequired;
    private final Function<T, Optional<V>> get;
    private final BiConsumer<B, V> set;

    Single(String name, Kind kind, Codec<V> codec, Function<T, V> getRequired, Function<T, Optional<V>> get,
        BiConsumer<B, V> set, FormatRule missingRule) {
      super(name, kind, codec, missingRule);
      this.valueCodec = codec;
      this.getRequired = getRequired;
      this.get = get;
      this.set = Objects.requireNonNull(set, "set");
    }

    @Override
    void write(JsonGenerator g, T value) {
      V v = getRequired != null ? getRequired.apply(value) : get.apply(value).orElse(null);
      if (v != null) {
        g.writeName(serializedName);
        valueCodec.write(g, v);
      }
    }

    @Override
    void read(JsonParser p, ReadOptions options, B builder, LocationTable table, int index) {
      V value = table != null && valueCodec instanceof ObjectCodec<V, ?> object
          ? object.read(p, options, located -> table.object(index, located))
          : valueCodec.read(p, options);
      set.accept(builder, value);
    }
  }

  private static final class Many<T, B, V> extends Property<T, B> {
    private final Codec<V> elementCodec;
    private final Function<T, ? extends List<V>> get;
    private final BiConsumer<B, List<V>> set;

    Many(String name, Codec<V> codec, Function<T, ? extends List<V>> get, BiConsumer<B, List<V>> set) {
      super(name, Kind.LIST, codec, FormatRule.MISSING_PROPERTY);
      this.elementCodec = codec;
      this.get = Objects.requireNonNull(get, "get");
      this.set = Objects.requireNonNull(set, "set");
    }

    @Override
    void write(JsonGenerator g, T value) {
      List<V> list = get.apply(value);
      if (list.isEmpty()) {
        return;
      }
      g.writeName(serializedName);
      g.writeStartArray(list, list.size());
      for (int i = 0, n = list.size(); i < n; i++) {
        elementCodec.write(g, list.get(i));
      }
      g.writeEndArray();
    }

    @Override
    void read(JsonParser p, ReadOptions options, B builder, LocationTable table, int index) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw Errors.wrongType(p, expected());
      }
      ObjectCodec<V, ?> object = table != null && elementCodec instanceof ObjectCodec<V, ?> o ? o : null;
      List<V> values = new ArrayList<>();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (table != null) {
          table.element(index, p.currentTokenLocation());
        }
        if (token == JsonToken.VALUE_NULL) {
          throw Errors.at(p, FormatRule.NULL, "Null in the array " + Errors.quote(name) + ": expected "
              + elementCodec.expected());
        }
        values.add(object == null ? elementCodec.read(p, options)
            : object.read(p, options, located -> table.elementObject(index, located)));
      }
      set.accept(builder, values);
    }
  }

  /**
   * Describes the properties of an object type, in the order they are written.
   *
   * @param <T> the Java type
   * @param <B> its builder
   */
  public static final class Definer<T, B> {
    private final Class<T> type;
    private final String noun;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private final List<CheckedRule> rules = new ArrayList<>();
    private String description = "";
    private String name;

    private Definer(Class<T> type, String noun, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = Objects.requireNonNull(type, "type");
      this.noun = Objects.requireNonNull(noun, "noun");
      this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
      this.build = Objects.requireNonNull(build, "build");
      this.name = type.getSimpleName();
    }

    /**
     * Names the object type in the schema and FORMAT.md when it is not the Java type's simple name: a second form of
     * one Java type, such as money that may be negative.
     */
    public Definer<T, B> named(String schemaName) {
      this.name = Objects.requireNonNull(schemaName, "schemaName");
      return this;
    }

    /** Describes the object type, for the schema: a sentence or two. */
    public Definer<T, B> about(String text) {
      this.description = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Names rules of the model that check this object: those its type checks when it is built, and those the
     * validator checks over it and the objects it holds (see {@link Codec#rules()}).
     */
    public Definer<T, B> rules(Rule... checked) {
      for (Rule rule : checked) {
        add(CheckedRule.of(rule));
      }
      return this;
    }

    /** Names rules of the format that check this object beyond those every object meets. */
    public Definer<T, B> rules(FormatRule... checked) {
      for (FormatRule rule : checked) {
        add(CheckedRule.of(rule));
      }
      return this;
    }

    private void add(CheckedRule rule) {
      if (rules.contains(rule)) {
        throw new IllegalArgumentException(type.getSimpleName() + " names the rule " + rule.id() + " twice");
      }
      rules.add(rule);
    }

    /** Describes the property defined last: what it means, in a lower-case phrase (FORMAT.md's "meaning"). */
    public Definer<T, B> describe(String meaning) {
      last().description = Objects.requireNonNull(meaning, "meaning");
      return this;
    }

    /** What the value of the property defined last must be beyond its codec's form: {@code not negative}. */
    public Definer<T, B> qualify(String qualifier) {
      last().qualifier = Objects.requireNonNull(qualifier, "qualifier");
      return this;
    }

    private Property<T, B> last() {
      if (properties.isEmpty()) {
        throw new IllegalStateException(type.getSimpleName() + " has no property yet");
      }
      return properties.get(properties.size() - 1);
    }

    /** A property that is always present. */
    public <V> Definer<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return required(name, codec, get, set, FormatRule.MISSING_PROPERTY);
    }

    /** A property that is always present, refused under a rule of its own when missing. */
    public <V> Definer<T, B> required(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, FormatRule whenMissing) {
      Objects.requireNonNull(get, "get");
      return add(new Single<>(name, Kind.REQUIRED, codec, get, null, set, whenMissing));
    }

    /** A property left out when absent. */
    public <V> Definer<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Single<>(name, Kind.OPTIONAL, codec, null, Objects.requireNonNull(get, "get"), set,
          FormatRule.MISSING_PROPERTY));
    }

    /** An optional whole number. */
    public Definer<T, B> optionalLong(
        String name, Codec<Long> codec, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      Objects.requireNonNull(get, "get");
      Objects.requireNonNull(set, "set");
      return optional(name, codec,
          t -> {
            OptionalLong v = get.apply(t);
            return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
          },
          (b, v) -> set.accept(b, v));
    }

    /** An array, left out when empty. */
    public <V> Definer<T, B> list(
        String name, Codec<V> codec, Function<T, ? extends List<V>> get, BiConsumer<B, List<V>> set) {
      return add(new Many<>(name, codec, get, set));
    }

    private Definer<T, B> add(Property<T, B> property) {
      for (Property<T, B> existing : properties) {
        if (existing.name.equals(property.name)) {
          throw new IllegalArgumentException("Property " + property.name + " of " + type.getSimpleName() + " is defined twice");
        }
      }
      properties.add(property);
      return this;
    }

    /** The object codec. */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
