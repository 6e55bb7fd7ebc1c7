package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cnd.core.validation.Rule;
import org.cnd.json.FormatRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.cnd.json.CndJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules the codecs name ({@link Codec#rules()}, which FORMAT.md lists for each object) are the catalogues'
 * rules, each named somewhere or document-wide, and they are the rules the corpora meet: every problem of the
 * invalid documents and of the validated ones is named by the codec at its path (the value there, the object there
 * or an object that holds it), resolved through the codecs from the root.
 */
class CodecRulesTest {
  private static final CndJson JSON = CndJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A problem a corpus records: its rule and its JSON Pointer path. */
  record Problem(String corpus, String file, String rule, String path) {
    @Override
    public String toString() {
      return rule + " at " + path + " (" + corpus + "/" + file + ")";
    }
  }

  static List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    // invalid: file, rule, path, ...; validate: file, severity, rule, path, ...
    rows("invalid").forEach(c -> out.add(new Problem("invalid", c[0], c[1], "(root)".equals(c[2]) ? "" : c[2])));
    rows("validate").stream().filter(c -> !c[1].equals("none"))
        .forEach(c -> out.add(new Problem("validate", c[0], c[2], c[3])));
    return out;
  }

  private static List<String[]> rows(String corpus) {
    try (Stream<String> lines = Files.lines(Path.of("src/test/resources", corpus, "index.tsv"), StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.startsWith("#") && !l.startsWith("file\t") && !l.isBlank())
          .map(l -> l.split("\t", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codecs along a path from the root: each object the path enters, then the value it ends at, if any. */
  static List<Codec<?>> codecsAt(String path) {
    List<Codec<?>> along = new ArrayList<>();
    Codec<?> at = PortfolioCodec.PORTFOLIO;
    along.add(at);
    List<String> tokens = Pointers.tokens(path);
    for (int i = 0; i < tokens.size(); i++) {
      if (!(at instanceof ObjectCodec<?, ?> object)) {
        break; // inside a value: no codec below it
      }
      String name = tokens.get(i);
      ObjectCodec.Property<?, ?> property =
          object.properties().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
      if (property == null) {
        break; // an unknown property: the object is the last codec
      }
      if (property.kind() == ObjectCodec.Kind.LIST && i + 1 < tokens.size()) {
        i++; // the element's index
      }
      at = property.codec();
      along.add(at);
    }
    return along;
  }

  /** Whether the rule is named document-wide or by a codec along the path. */
  static boolean named(String rule, String path) {
    return Stream.concat(Registry.DOCUMENT_WIDE.stream(), codecsAt(path).stream().flatMap(c -> c.rules().stream()))
        .anyMatch(r -> r.id().equals(rule));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void everyProblemOfTheCorporaIsNamedByTheCodecAtItsPathOrAnObjectHoldingIt(Problem problem) {
    assertThat(named(problem.rule(), problem.path()))
        .as("%s: no codec along the path names the rule; codecs along it: %s", problem, codecsAt(problem.path()))
        .isTrue();
  }

  /**
   * The problems of single-point changes to valid documents (the validated corpus and FORMAT.md's example): each
   * string replaced by an identifier nothing has, an early and a late date; each number by -1 and a large one. A
   * change breaks a rule at its own path or elsewhere (a period moved leaves status changes outside it), read or
   * validated.
   */
  static Set<Problem> problemsOfChanges() {
    List<String> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/validate"))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> documents.add(GeneratedFiles.read(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String format = GeneratedFiles.read(GeneratedFiles.FORMAT);
    int start = format.indexOf("```json\n") + "```json\n".length();
    documents.add(format.substring(start, format.indexOf("```", start)));
    Set<Problem> out = new LinkedHashSet<>();
    for (String document : documents) {
      JsonNode root = MAPPER.readTree(document);
      List<String> leaves = new ArrayList<>();
      leaves(root, "", leaves);
      for (String leaf : leaves) {
        JsonNode value = root.at(leaf);
        List<JsonNode> replacements = value.isString()
            ? List.of(NODES.stringNode("nothing-has-this-id"), NODES.stringNode("1000"), NODES.stringNode("9999-12-31"))
            : List.of(NODES.numberNode(-1), NODES.numberNode(1_000_000_000L));
        for (JsonNode replacement : replacements) {
          JsonNode changed = root.deepCopy();
          JsonNode parent = changed.at(leaf.substring(0, leaf.lastIndexOf('/')));
          String last = leaf.substring(leaf.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
          if (parent instanceof ObjectNode object) {
            object.set(last, replacement);
          } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
          }
          for (org.cnd.json.Problem problem : JSON.validate(changed.toString()).problems()) {
            out.add(new Problem("changed", leaf, problem.ruleId(), problem.path()));
          }
        }
      }
    }
    return out;
  }

  private static void leaves(JsonNode node, String path, List<String> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> leaves(e.getValue(),
          path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), path + "/" + i, into);
      }
    } else if (node.isString() || node.isNumber()) {
      into.add(path);
    }
  }

  @Test
  void everyProblemOfAChangedDocumentIsNamedByTheCodecAtItsPathOrAnObjectHoldingIt() {
    Set<Problem> problems = problemsOfChanges();
    Set<String> rules = new TreeSet<>();
    problems.forEach(p -> rules.add(p.rule()));
    assertThat(rules).as("the rules the changes break").hasSizeGreaterThan(40);
    assertThat(problems.stream().filter(p -> !named(p.rule(), p.path())).map(Problem::toString).toList())
        .as("problems whose rule no codec along their path names").isEmpty();
  }

  @Test
  void theCorporaHoldProblemsOfEveryKind() {
    Set<String> rules = new TreeSet<>();
    problems().forEach(p -> rules.add(p.rule()));
    assertThat(rules).hasSizeGreaterThan(80);
  }

  @Test
  void aRuleNamedByAnotherObjectIsNotNamedAtThePath() {
    // The check can fail: the programme's rule at a cluster, a place's at an organisation, a reference to a cluster
    // at a reference to an organisation.
    assertThat(named(Rule.PROGRAMME_STATUS_PERIOD.id(), "/programmes/0/statusHistory/1/date")).isTrue();
    assertThat(named(Rule.PROGRAMME_STATUS_PERIOD.id(), "/clusters/0/name")).isFalse();
    assertThat(named(Rule.PLACE_AREA.id(), "/clusters/0/place/area")).isTrue();
    assertThat(named(Rule.PLACE_AREA.id(), "/organisations/0/country")).isFalse();
    assertThat(named(Rule.REFERENCE_CLUSTER.id(), "/programmes/0/targetClusters/3")).isTrue();
    assertThat(named(Rule.REFERENCE_CLUSTER.id(), "/people/0/affiliation")).isFalse();
    assertThat(named(Rule.MONEY_NEGATIVE.id(), "/programmes/0/budget")).isTrue();
    assertThat(named(Rule.MONEY_NEGATIVE.id(), "/programmes/0/transactions/0/value")).isFalse();
  }

  @Test
  void everyRuleOfBothCataloguesIsNamedByACodecOrDocumentWideAndNoneIsBoth() {
    Set<String> named = new LinkedHashSet<>();
    for (ObjectCodec<?, ?> codec : GeneratedFiles.objectsFromTheRoot()) {
      codec.rules().forEach(r -> named.add(r.id()));
      codec.properties().forEach(p -> p.codec().rules().forEach(r -> named.add(r.id())));
    }
    Set<String> wide = new TreeSet<>();
    Registry.DOCUMENT_WIDE.forEach(r -> wide.add(r.id()));
    Set<String> notInDocuments = new TreeSet<>();
    Registry.NOT_IN_DOCUMENTS.forEach(r -> notInDocuments.add(r.id()));
    assertThat(wide).as("both named by a codec and document-wide").doesNotContainAnyElementsOf(named);
    assertThat(notInDocuments).as("both named by a codec and not in documents").doesNotContainAnyElementsOf(named)
        .doesNotContainAnyElementsOf(wide);
    Set<String> catalogue = new TreeSet<>();
    Stream.of(Rule.values()).forEach(r -> catalogue.add(r.id()));
    Stream.of(FormatRule.values()).forEach(r -> catalogue.add(r.id()));
    Set<String> all = new TreeSet<>(named);
    all.addAll(wide);
    all.addAll(notInDocuments);
    assertThat(all).as("the rules named").isEqualTo(catalogue);
  }
}
