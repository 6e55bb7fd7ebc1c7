package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JSON Schema validators nobody here wrote, Ajv 8 (Node, {@code strict: true}) and python-jsonschema (Draft
 * 2020-12), give the reader's verdict on every document of the corpora wherever the schema can decide: the invalid
 * corpus (its index's {@code schema} column), the validate corpus, sample and generated portfolios as written, and
 * single-point mutations of a sample. The rules the schema cannot carry are FORMAT.md's list. A validator that is
 * not installed ({@code npm ci} in {@code src/test/conformance}, Debian's {@code python3-jsonschema}; {@code
 * .ci/run} installs both) is skipped, with the reason. See TESTING.md.
 */
class ConformanceTest {
  private static final Path TOOLS = Path.of("src/test/conformance");
  private static final Path INVALID = Path.of("src/test/resources/invalid");
  private static final Path VALIDATE = Path.of("src/test/resources/validate");
  private static final Path SCHEMA = Path.of("src/main/resources/org/cnd/json/cnd-portfolio.schema.json");
  private static final CndJson JSON = CndJson.create();
  private static final tools.jackson.databind.json.JsonMapper STRICT = tools.jackson.databind.json.JsonMapper.builder()
      .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern LIST = Pattern.compile(
      "<!-- rules the schema cannot carry: read by ConformanceTest -->\n(.*?)<!-- end of rules -->", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z.-]+)` \\|", Pattern.MULTILINE);

  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) static Path temp;

  /** Each document and what the schema must say of it: true valid, false invalid. */
  private static final Map<Path, Boolean> EXPECTED = new LinkedHashMap<>();
  /** Why: the rule the reader refused a document by. */
  private static final Map<Path, String> RULE = new LinkedHashMap<>();

  @BeforeAll
  static void corpora() throws IOException {
    Set<String> cannot = rulesTheSchemaCannotCarry();
    for (InvalidCorpusTest.Case c : InvalidCorpusTest.cases()) {
      if (!c.schema().equals("-")) {
        EXPECTED.put(INVALID.resolve(c.file()).toAbsolutePath(), c.schema().equals("accepts"));
      }
    }
    try (Stream<Path> files = Files.list(VALIDATE)) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> expect(f.toAbsolutePath(), cannot));
    }
    List<String> written = new ArrayList<>();
    written.add(JSON.write(Samples.pakistan()));
    qt().withExamples(20).forAll(TestPortfolios.portfolios()).checkAssert(p -> written.add(JSON.write(p)));
    qt().withExamples(20).forAll(MethodologyPortfolios.portfolios()).checkAssert(p -> written.add(JSON.write(p)));
    String sample = written.get(0);
    Random random = new Random(17);
    for (int i = 0; i < 1000; i++) {
      written.add(MutatedDocumentTest.mutate(sample, new MutatedDocumentTest.Mutation(random.nextInt(5),
          random.nextInt(100_000), 1 + random.nextInt(40), MutatedDocumentTest.SNIPPETS.get(
              random.nextInt(MutatedDocumentTest.SNIPPETS.size())))));
    }
    for (int i = 0; i < written.size(); i++) {
      Path file = temp.resolve("document-" + i + ".json");
      Files.write(file, written.get(i).getBytes(StandardCharsets.UTF_8));
      expect(file, cannot);
    }
  }

  /**
   * The reader's verdict on the file, when the schema can decide it: not for a text that is not JSON or has a
   * duplicate key (where the reader may report the fault of the member a validator never sees).
   */
  private static void expect(Path file, Set<String> cannot) {
    try {
      STRICT.readTree(file.toFile());
    } catch (tools.jackson.core.JacksonException e) {
      return;
    }
    try {
      JSON.read(file);
      EXPECTED.put(file, true);
    } catch (CndJsonException e) {
      if (!cannot.contains(e.ruleId())) {
        EXPECTED.put(file, false);
        RULE.put(file, e.ruleId() + " at " + e.path());
      }
    }
  }

  /** The rule ids of FORMAT.md's list of what the schema cannot carry. */
  static Set<String> rulesTheSchemaCannotCarry() {
    try {
      Matcher m = LIST.matcher(Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8));
      assertThat(m.find()).as("FORMAT.md's list of the rules the schema cannot carry").isTrue();
      Set<String> ids = new LinkedHashSet<>();
      Matcher row = ROW.matcher(m.group(1));
      while (row.find()) {
        ids.add(row.group(1));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void ajvInStrictModeGivesTheReadersVerdict() {
    assumeTrue(Files.isDirectory(TOOLS.resolve("node_modules/ajv")) && runs("node", "--version"),
        "skipped: Node or Ajv is not installed (npm ci in cnd-json/src/test/conformance)");
    agrees("ajv", run("node", TOOLS.resolve("validate.js").toString()));
  }

  @Test
  void pythonJsonschemaGivesTheReadersVerdict() {
    String python = Stream.of("python3", "/usr/bin/python3")
        .filter(p -> runs(p, "-c", "import jsonschema")).findFirst().orElse(null);
    assumeTrue(python != null, "skipped: no python3 with the jsonschema package (Debian: python3-jsonschema)");
    agrees("python-jsonschema", run(python, TOOLS.resolve("validate.py").toString()));
  }

  @Test
  void theInvalidCorpusSaysAcceptsOnlyForRulesTheSchemaCannotCarry() {
    Set<String> cannot = rulesTheSchemaCannotCarry();
    for (InvalidCorpusTest.Case c : InvalidCorpusTest.cases()) {
      if (!c.schema().equals("rejects")) {
        assertThat(cannot).as(c.file() + ": the schema " + c.schema()).contains(c.rule());
      }
    }
  }

  @Test
  void everyListedRuleIsARule() {
    Set<String> known = new LinkedHashSet<>();
    for (FormatRule rule : FormatRule.values()) {
      known.add(rule.id());
    }
    for (org.cnd.core.validation.Rule rule : org.cnd.core.validation.Rule.values()) {
      known.add(rule.id());
    }
    assertThat(known).containsAll(rulesTheSchemaCannotCarry());
  }

  private static void agrees(String validator, Map<Path, Boolean> verdicts) {
    assertThat(verdicts.keySet()).as("the documents " + validator + " judged").isEqualTo(EXPECTED.keySet());
    List<String> disagreements = new ArrayList<>();
    EXPECTED.forEach((file, valid) -> {
      if (!valid.equals(verdicts.get(file))) {
        disagreements.add(file + ": the reader says " + (valid ? "valid" : "invalid (" + RULE.get(file) + ")")
            + ", " + validator + " " + (verdicts.get(file) ? "valid" : "invalid or not JSON"));
      }
    });
    assertThat(disagreements).as(validator + " against the reader").isEmpty();
    System.out.println("ConformanceTest: " + validator + " gives the reader's verdict on " + EXPECTED.size()
        + " documents (" + EXPECTED.values().stream().filter(v -> v).count() + " valid)");
    assertThat(EXPECTED).as("documents on both sides").containsValue(true).containsValue(false);
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the validator over every document, the file names in a file of arguments' stead: one verdict a file. */
  private static Map<Path, Boolean> run(String program, String script) {
    List<String> command = new ArrayList<>(List.of(program, script, SCHEMA.toAbsolutePath().toString()));
    EXPECTED.keySet().forEach(f -> command.add(f.toString()));
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(program + " finished").isTrue();
      assertThat(p.exitValue()).as(program + " " + script + " exit status").isZero();
      Map<Path, Boolean> verdicts = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          String[] parts = line.split("\t", 2);
          // A text the validator cannot parse as JSON is refused as surely as an invalid document.
          verdicts.put(Path.of(parts[1]), parts[0].equals("valid"));
        }
      }
      return verdicts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
