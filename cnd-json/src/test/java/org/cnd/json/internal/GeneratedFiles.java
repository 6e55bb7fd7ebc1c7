package org.cnd.json.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleGroup;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files generated from the codecs' descriptions: the JSON Schema's objects and properties, merged with the
 * hand-written overlay ({@code src/main/schema/cnd-portfolio.overlay.json}: top-level keys, value forms, constraints
 * across properties, inline values), and FORMAT.md's property tables, between marker comments. {@link #main}
 * writes them; {@code GeneratedFilesTest} fails when a committed one is stale.
 */
public final class GeneratedFiles {
  /** The generated schema, shipped in the jar. */
  public static final Path SCHEMA = Path.of("src/main/resources/org/cnd/json/cnd-portfolio.schema.json");
  /** The hand-written part of the schema. */
  public static final Path OVERLAY = Path.of("src/main/schema/cnd-portfolio.overlay.json");
  /** The format's description, whose property tables are generated. */
  public static final Path FORMAT = Path.of("FORMAT.md");
  /** The rule catalogue at the repository's root, whose groups and lists of rules are generated. */
  public static final Path RULES = Path.of("../RULES.md");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern TABLE = Pattern.compile(
      "<!-- properties of (\\w+), generated from its codec: see TESTING\\.md -->\n(.*?)<!-- end of properties -->\n",
      Pattern.DOTALL);
  private static final Pattern MODEL_RULES = Pattern.compile(
      "(<!-- rules of the model, generated from org\\.cnd\\.core\\.validation\\.Rule: see TESTING\\.md -->\n)"
          + "(.*?)(<!-- end of rules -->\n)", Pattern.DOTALL);
  private static final Pattern FORMAT_RULE_TABLE = Pattern.compile(
      "(<!-- rules of the format, generated from org\\.cnd\\.json\\.FormatRule: see TESTING\\.md -->\n)"
          + "(.*?)(<!-- end of rules -->\n)", Pattern.DOTALL);
  private static final Pattern FORMAT_RULES = Pattern.compile(
      "(<!-- format rules, generated from org\\.cnd\\.json\\.FormatRule: see TESTING\\.md -->\n)"
          + "(.*?)(<!-- end of rules -->\n)", Pattern.DOTALL);

  private GeneratedFiles() {}

  /** Writes the generated files, in the module's directory (the working directory, or the first argument). */
  public static void main(String[] args) {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    write(module.resolve(SCHEMA), schema(read(module.resolve(OVERLAY))));
    write(module.resolve(FORMAT), format(read(module.resolve(FORMAT))));
    write(module.resolve(RULES), rules(read(module.resolve(RULES))));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the schema -------------------------------------------------------------------------------------------

  /** The schema: the overlay's top-level keys, then the objects, the overlay's value forms, the code lists. */
  static String schema(String overlayText) {
    ObjectNode overlay = (ObjectNode) MAPPER.readTree(overlayText);
    ObjectNode overlayDefs = (ObjectNode) overlay.get("$defs");
    ObjectNode schema = NODES.objectNode();
    overlay.properties().forEach(e -> {
      if (!e.getKey().equals("$defs") && !e.getKey().equals("$comment")) {
        schema.set(e.getKey(), e.getValue());
      }
    });
    ObjectNode defs = schema.putObject("$defs");
    for (ObjectCodec<?, ?> codec : objectsFromTheRoot()) {
      ObjectNode def = object(codec);
      JsonNode extra = overlayDefs.get(codec.name());
      if (extra != null) {
        merge(def, extra, "$defs/" + codec.name());
        checkBranches(codec, extra);
        defineRequired(def);
      }
      for (ObjectCodec.Property<?, ?> property : codec.properties()) {
        JsonNode p = def.get("properties").get(property.name());
        JsonNode value = property.kind() == ObjectCodec.Kind.LIST ? p.get("items") : p;
        if (!value.has("$ref") && !value.has("type") && !value.has("const")) {
          throw new IllegalStateException(codec.name() + "." + property.name() + " has neither a definition nor an "
              + "inline schema in the overlay");
        }
      }
      defs.set(codec.name(), def);
    }
    for (Codec<?> codec : Registry.VALUES) {
      if (codec instanceof TextCodec<?> text && text.definition() != null) {
        if (overlayDefs.has(text.schemaName())) {
          throw new IllegalStateException("The overlay defines " + text.schemaName() + ", which its codec defines");
        }
        ObjectNode def = defs.putObject(text.schemaName());
        def.put("description", text.definition().description());
        def.put("type", "string");
        def.put("pattern", text.definition().pattern());
      }
    }
    overlayDefs.properties().forEach(e -> {
      if (!defs.has(e.getKey())) {
        defs.set(e.getKey(), e.getValue());
      }
    });
    for (CodeCodec<?> codec : Registry.CODES) {
      ObjectNode def = defs.putObject(codec.schemaName());
      def.put("description", codec.description());
      def.put("type", "string");
      ArrayNode codes = def.putArray("enum");
      codec.codes().forEach(codes::add);
    }
    for (Codec<?> codec : Registry.ALL) {
      if (codec.schemaName() != null && !defs.has(codec.schemaName())) {
        throw new IllegalStateException("No definition " + codec.schemaName() + " of " + codec + " in the overlay");
      }
    }
    valueRules(defs);
    anchorPatterns(schema, "");
    return pretty(schema);
  }

  // --- single-value rules from the core's own sets ------------------------------------------------------------

  /**
   * The value rules the core decides from a set or a character class, written from the core's decisions: the
   * assigned country codes and the currency codes are those {@code CountryCode} and {@code Money} accept (every
   * two and three upper-case letters asked), blank text is what {@link String#isBlank()} calls blank, days that do
   * not exist are refused by a second pattern beside each date form's own (so the forms' patterns stay simple).
   */
  static void valueRules(ObjectNode defs) {
    ArrayNode countries = NODES.arrayNode();
    countryCodes().forEach(countries::add);
    add(defs, ValueCodecs.COUNTRY.schemaName(), "enum", countries);
    add(defs, ValueCodecs.SUBDIVISION.schemaName(), "pattern",
        NODES.stringNode("^(" + String.join("|", countryCodes()) + ")-[A-Z0-9]{1,3}$"));
    ArrayNode currencies = NODES.arrayNode();
    currencyCodes().forEach(currencies::add);
    add(defs, ValueCodecs.CURRENCY.schemaName(), "enum", currencies);
    add(defs, ValueCodecs.TEXT.schemaName(), "pattern", NODES.stringNode(notBlank()));
    for (String date : List.of(ValueCodecs.PARTIAL_DATE.schemaName(), ValueCodecs.DATE_RANGE.schemaName())) {
      ObjectNode not = NODES.objectNode();
      not.put("type", "string");
      not.put("pattern", "^([\\s\\S]*/)?" + NO_SUCH_DAY + "(/[\\s\\S]*)?$");
      add(defs, date, "not", not);
    }
  }

  /**
   * A day that does not exist, years 1000 to 9999: the 29th of February of a year that is not a leap year (a leap
   * year is divisible by 4, and by 400 when by 100), the 30th and 31st of February, the 31st of a 30-day month.
   */
  static final String NO_SUCH_DAY = "(?!([1-9][0-9](0[48]|[2468][048]|[13579][26])|([13579][26]|[2468][048])00)-02-29)"
      + "[1-9][0-9]{3}-(02-(29|3[01])|(0[469]|11)-31)";

  private static void add(ObjectNode defs, String name, String key, JsonNode value) {
    ObjectNode def = (ObjectNode) defs.get(name);
    if (def == null || def.has(key)) {
      throw new IllegalStateException("The overlay's $defs/" + name + " is missing or has its own " + key
          + ", which is generated from the core");
    }
    def.set(key, value);
  }

  /** The two-letter codes the core's {@code CountryCode} accepts. */
  static List<String> countryCodes() {
    List<String> codes = new ArrayList<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        if (org.cnd.core.place.CountryCode.isAssigned("" + a + b)) {
          codes.add("" + a + b);
        }
      }
    }
    return codes;
  }

  /** The three-letter codes the core's {@code Money} accepts as currencies. */
  static List<String> currencyCodes() {
    List<String> codes = new ArrayList<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          String code = "" + a + b + c;
          try {
            org.cnd.core.money.Money.currency(code);
            codes.add(code);
          } catch (org.cnd.core.validation.RuleViolationException e) {
            // not a currency the core knows
          }
        }
      }
    }
    return codes;
  }

  /**
   * Text with a character that is not white space as {@link String#isBlank()} sees it ({@link
   * Character#isWhitespace}), the class spelled out: {@code \s} differs between ECMA-262, Python and Java.
   */
  static String notBlank() {
    StringBuilder white = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isWhitespace(c)) {
        if (Character.isSupplementaryCodePoint(c)) {
          throw new IllegalStateException("White space beyond the BMP: " + c);
        }
        white.append(String.format("\\u%04x", c));
      }
    }
    return "^[" + white + "]*[^" + white + "][\\s\\S]*$";
  }

  // --- patterns alike in every engine --------------------------------------------------------------------------

  /**
   * How every pattern ends: no character follows. {@code $} alone also matches before a final line break in Python
   * ({@code re.search}) and Java, and {@code (?!\n)$} still does in Java before {@code \r} or U+2028; {@code \z}
   * is not ECMA-262. A negative look-ahead of any character means the end of the text in all three.
   */
  public static final String END = "(?![\\s\\S])";

  private static final Pattern ENGINE_DEPENDENT = Pattern.compile(
      "\\\\[dDwWbBsSpPzZAuUx]|(?<!\\\\)\\.|\\(\\?[<P]|\\$.");

  /**
   * Rewrites each pattern of the schema, written {@code ^...$} in the overlay, to end with {@link #END}; refuses
   * a pattern not anchored at both ends or using what the engines read differently ({@code .}, {@code \d}, {@code
   * \w}, {@code \s}, {@code \b}, Unicode properties, look-behind, named groups), {@code [\s\S]}
   * (any character) excepted.
   */
  static void anchorPatterns(JsonNode node, String where) {
    if (node instanceof ObjectNode object) {
      for (String key : new ArrayList<>(object.propertyNames())) {
        JsonNode value = object.get(key);
        if (key.equals("pattern") && value.isString()) {
          object.put(key, anchor(value.asString(), where));
        } else {
          anchorPatterns(value, where + "/" + key);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        anchorPatterns(array.get(i), where + "/" + i);
      }
    }
  }

  static String anchor(String pattern, String where) {
    if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
      throw new IllegalStateException("The pattern at " + where + " is not written ^...$: " + pattern);
    }
    String body = pattern.substring(1, pattern.length() - 1);
    if (ENGINE_DEPENDENT.matcher(body.replace("[\\s\\S]", "").replaceAll("\\\\u[0-9a-f]{4}", ""))
        .find()) {
      throw new IllegalStateException("The pattern at " + where + " uses what ECMA-262, Python and Java read "
          + "differently: " + pattern);
    }
    return "^" + body + END;
  }

  /** Every object type, the root first, then each as it is first referred to, depth first. */
  static List<ObjectCodec<?, ?>> objectsFromTheRoot() {
    return Registry.OBJECTS;
  }

  private static ObjectNode object(ObjectCodec<?, ?> codec) {
    ObjectNode def = NODES.objectNode();
    def.put("title", codec.name());
    if (!codec.description().isEmpty()) {
      def.put("description", codec.description());
    }
    def.put("type", "object");
    ObjectNode properties = def.putObject("properties");
    List<String> required = new ArrayList<>();
    for (ObjectCodec.Property<?, ?> property : codec.properties()) {
      ObjectNode p = properties.putObject(property.name());
      String description = sentence(property);
      if (!description.isEmpty()) {
        p.put("description", description);
      }
      ObjectNode value = p;
      if (property.kind() == ObjectCodec.Kind.LIST) {
        p.put("type", "array");
        value = p.putObject("items");
      }
      if (property.codec().schemaName() != null) {
        value.put("$ref", "#/$defs/" + property.codec().schemaName());
      }
      if (property.kind() == ObjectCodec.Kind.REQUIRED) {
        required.add(property.name());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = def.putArray("required");
      required.forEach(names::add);
    }
    def.put("additionalProperties", false);
    return def;
  }

  /** The property's description as a sentence: {@code The full name: Trade Development Authority of Pakistan.} */
  static String sentence(ObjectCodec.Property<?, ?> property) {
    String text = property.description();
    if (!property.qualifier().isEmpty()) {
      text = text.isEmpty() ? property.qualifier() : text + "; " + property.qualifier();
    }
    if (text.isEmpty()) {
      return "";
    }
    text = text.replace("`", "");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
  }

  /**
   * Adds the overlay to what was generated. The overlay may add keys and properties' inline schemas; it may not name
   * a property the codec does not define, nor replace a generated value with another.
   */
  static void merge(ObjectNode into, JsonNode overlay, String where) {
    overlay.properties().forEach(e -> {
      String key = e.getKey();
      JsonNode existing = into.get(key);
      String at = where + "/" + key;
      if (existing == null) {
        if (where.endsWith("/properties")) {
          throw new IllegalStateException("The overlay describes " + at + ", which the codec does not define");
        }
        into.set(key, e.getValue());
      } else if (existing instanceof ObjectNode object && e.getValue().isObject()) {
        merge(object, e.getValue(), at);
      } else if (!existing.equals(e.getValue())) {
        throw new IllegalStateException("The overlay replaces the generated " + at + ": " + existing + " with "
            + e.getValue());
      }
    });
  }

  /** The properties the overlay's branches require must be the object's: a renamed property fails here. */
  private static void checkBranches(ObjectCodec<?, ?> codec, JsonNode extra) {
    Set<String> names = new LinkedHashSet<>();
    codec.properties().forEach(p -> names.add(p.name()));
    for (String keyword : new String[] {"anyOf", "oneOf", "allOf", "if", "then", "else"}) {
      JsonNode node = extra.get(keyword);
      if (node != null) {
        checkRequired(node, names, codec.name() + "/" + keyword);
      }
    }
  }

  private static void checkRequired(JsonNode node, Set<String> names, String where) {
    if (node.isArray()) {
      node.values().forEach(branch -> checkRequired(branch, names, where));
      return;
    }
    node.path("required").values().forEach(name -> {
      if (!names.contains(name.asString())) {
        throw new IllegalStateException("The overlay's " + where + " requires " + name + ", not a property");
      }
    });
    node.path("properties").propertyNames().forEach(name -> {
      if (!names.contains(name)) {
        throw new IllegalStateException("The overlay's " + where + " constrains " + name + ", not a property");
      }
    });
    for (String keyword : new String[] {"anyOf", "oneOf", "allOf", "if", "then", "else"}) {
      if (node.has(keyword)) {
        checkRequired(node.get(keyword), names, where + "/" + keyword);
      }
    }
  }

  /**
   * Names each property a branch of the object requires in the branch's own {@code properties} (as {@code true}:
   * the object's definition of it holds anyway), for validators in a strict mode that want a required property
   * defined beside it (Ajv's {@code strictRequired}).
   */
  private static void defineRequired(ObjectNode def) {
    for (String keyword : new String[] {"anyOf", "oneOf", "allOf", "if", "then", "else"}) {
      JsonNode node = def.get(keyword);
      if (node instanceof ArrayNode branches) {
        branches.values().forEach(branch -> defineRequiredIn((ObjectNode) branch));
      } else if (node instanceof ObjectNode branch) {
        defineRequiredIn(branch);
      }
    }
  }

  private static void defineRequiredIn(ObjectNode branch) {
    JsonNode required = branch.get("required");
    if (required != null) {
      ObjectNode properties = branch.has("properties")
          ? (ObjectNode) branch.get("properties") : branch.putObject("properties");
      required.values().forEach(name -> {
        if (!properties.has(name.asString())) {
          properties.put(name.asString(), true);
        }
      });
    }
    defineRequired(branch);
  }

  private static String pretty(JsonNode node) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withRootSeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.writer().with(printer).createGenerator(out)) {
      MAPPER.writeTree(g, node);
    }
    return out + "\n";
  }

  // --- FORMAT.md --------------------------------------------------------------------------------------------

  /** FORMAT.md with each object's property table generated, between its markers; the rest as it is. */
  static String format(String text) {
    Map<String, ObjectCodec<?, ?>> byName = new LinkedHashMap<>();
    Registry.OBJECTS.forEach(codec -> byName.put(codec.name(), codec));
    Set<String> done = new LinkedHashSet<>();
    Matcher m = TABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      ObjectCodec<?, ?> codec = byName.get(m.group(1));
      if (codec == null || !done.add(m.group(1))) {
        throw new IllegalStateException("FORMAT.md has a table of " + m.group(1) + ", no object or a second table");
      }
      // From the groups' positions, not String.replace: a new object's table starts empty.
      String marked = m.group(0);
      m.appendReplacement(out, Matcher.quoteReplacement(marked.substring(0, m.start(2) - m.start()) + table(codec)
          + marked.substring(m.end(2) - m.start())));
    }
    m.appendTail(out);
    if (!done.equals(byName.keySet())) {
      Set<String> missing = new LinkedHashSet<>(byName.keySet());
      missing.removeAll(done);
      throw new IllegalStateException("FORMAT.md has no marked table of " + missing);
    }
    return replaceOnce(out.toString(), FORMAT_RULE_TABLE, formatRuleTable(), "FORMAT.md");
  }

  /**
   * The object's property table, then the rules that check it: its own (named by its codec) and those of its
   * properties' values (named by their codecs), each once, with the properties it checks.
   */
  static String table(ObjectCodec<?, ?> codec) {
    return properties(codec) + "\n" + rules(codec);
  }

  static String rules(ObjectCodec<?, ?> codec) {
    StringBuilder t = new StringBuilder();
    if (codec.rules().isEmpty()) {
      t.append("Rules of ").append(ObjectCodec.article(codec.noun())).append(": none of its own.\n");
    } else {
      t.append("Rules of ").append(ObjectCodec.article(codec.noun())).append(":\n\n")
          .append("| rule | severity | what it requires |\n|---|---|---|\n");
      codec.rules().forEach(rule -> t.append("| `").append(rule.id()).append("` | ").append(rule.severity().code())
          .append(" | ").append(rule.description().replace("|", "\\|")).append(" |\n"));
    }
    // The values' rules, one line per form of value, its properties together; an object value's are in its section.
    Map<List<CheckedRule>, List<String>> byRules = new LinkedHashMap<>();
    Map<List<CheckedRule>, String> forms = new LinkedHashMap<>();
    for (ObjectCodec.Property<?, ?> property : codec.properties()) {
      Codec<?> value = property.codec();
      if (value instanceof ObjectCodec<?, ?> || value.rules().isEmpty()) {
        continue;
      }
      byRules.computeIfAbsent(value.rules(), r -> new ArrayList<>()).add("`" + property.name() + "`");
      forms.putIfAbsent(value.rules(), value.docType());
    }
    if (!byRules.isEmpty()) {
      t.append("\nRules of its values (their text is in [RULES.md](../RULES.md)):\n\n");
      byRules.forEach((rules, names) -> {
        t.append("- ").append(String.join(", ", names)).append(" (").append(forms.get(rules)).append("): ");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add("`" + rule.id() + "`"));
        t.append(String.join(", ", ids)).append("\n");
      });
    }
    return t.toString();
  }

  /** The format's rules, each with where it applies: everywhere, or the objects whose codecs name it. */
  static String formatRuleTable() {
    StringBuilder t = new StringBuilder("| rule | applies to | what it requires |\n|---|---|---|\n");
    for (FormatRule rule : FormatRule.values()) {
      CheckedRule checked = CheckedRule.of(rule);
      List<String> objects = new ArrayList<>();
      for (ObjectCodec<?, ?> codec : objectsFromTheRoot()) {
        if (codec.rules().contains(checked)) {
          objects.add(codec.name());
        }
      }
      String where = Registry.DOCUMENT_WIDE.contains(checked) ? "the whole document"
          : objects.isEmpty() ? "nothing" : String.join(", ", objects);
      t.append("| `").append(rule.id()).append("` | ").append(where).append(" | ")
          .append(rule.description().replace("|", "\\|")).append(" |\n");
    }
    return t.toString();
  }

  static String properties(ObjectCodec<?, ?> codec) {
    StringBuilder t = new StringBuilder("| property | type | required | meaning |\n|---|---|---|---|\n");
    for (ObjectCodec.Property<?, ?> property : codec.properties()) {
      String type = property.kind() == ObjectCodec.Kind.LIST
          ? "array of " + property.codec().docTypes() : property.codec().docType();
      if (!property.qualifier().isEmpty()) {
        type += ", " + property.qualifier();
      }
      t.append("| `").append(property.name()).append("` | ").append(type).append(" | ")
          .append(property.kind() == ObjectCodec.Kind.REQUIRED ? "yes " : "").append("| ")
          .append(property.description().isEmpty() ? "" : property.description() + " ").append("|\n");
    }
    return t.toString();
  }

  // --- RULES.md ---------------------------------------------------------------------------------------------

  /**
   * RULES.md with the model's rules, group by group ({@link RuleGroup}: heading, introduction, a table of its rules),
   * and the format's rules ({@link FormatRule}) generated, each between its markers; the prose around them as it is.
   */
  static String rules(String text) {
    return replaceOnce(replaceOnce(text, MODEL_RULES, modelRules(), "RULES.md"), FORMAT_RULES, formatRules(), "RULES.md");
  }

  static String modelRules() {
    StringBuilder out = new StringBuilder();
    for (RuleGroup group : RuleGroup.values()) {
      out.append("## ").append(group.title()).append("\n\n").append(group.introduction()).append("\n\n")
          .append("| id | severity | description |\n|---|---|---|\n");
      for (Rule rule : group.rules()) {
        out.append("| `").append(rule.id()).append("` | ").append(rule.severity().code()).append(" | ")
            .append(rule.description()).append(" |\n");
      }
      out.append("\n");
    }
    return out.toString();
  }

  static String formatRules() {
    StringBuilder out = new StringBuilder();
    for (FormatRule rule : FormatRule.values()) {
      out.append("- `").append(rule.id()).append("` \u2014 ").append(rule.severity().code()).append(" \u2014 ")
          .append(rule.description()).append("\n");
    }
    return out.toString();
  }

  private static String replaceOnce(String text, Pattern markers, String generated, String file) {
    Matcher m = markers.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(file + " lacks the markers " + markers.pattern());
    }
    String result = text.substring(0, m.start(2)) + generated + text.substring(m.end(2));
    if (markers.matcher(result.substring(m.start(2) + generated.length())).find()) {
      throw new IllegalStateException(file + " has the markers " + markers.pattern() + " twice");
    }
    return result;
  }
}
