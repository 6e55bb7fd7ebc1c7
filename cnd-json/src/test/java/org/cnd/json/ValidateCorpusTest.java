package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of {@code src/test/resources/validate} reads without error, and {@link CndJson#validate} reports
 * exactly the rule violations across entities that {@code index.tsv} lists for it, in order, each located at the
 * line and column of the node its path names (none for a row of severity {@code none}: a clean document); from
 * every input kind alike.
 */
class ValidateCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/validate");
  private static final CndJson JSON = CndJson.create();

  record Expected(String severity, String rule, String path, int line, int column, String message) {}

  record Case(String file, List<Expected> problems) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    Map<String, List<Expected>> byFile = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(CORPUS.resolve("index.tsv"), StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.startsWith("#") && !l.startsWith("file\t") && !l.isBlank())
          .map(l -> l.split("\t", -1))
          .forEach(c -> {
            List<Expected> problems = byFile.computeIfAbsent(c[0], f -> new ArrayList<>());
            // A document that validates clean has one row of severity "none" and no problem.
            if (!c[1].equals("none")) {
              problems.add(new Expected(c[1], c[2], c[3], Integer.parseInt(c[4]), Integer.parseInt(c[5]), c[6]));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byFile.entrySet().stream().map(e -> new Case(e.getKey(), e.getValue())).collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void validateReportsEveryViolationWhereItIs(Case c) throws IOException {
    DocumentReport report = JSON.validate(CORPUS.resolve(c.file()));
    assertThat(report.isReadable()).as(c.file() + " reads").isTrue();
    assertThat(report.problems()).as(report.toString()).hasSize(c.problems().size());
    for (int i = 0; i < c.problems().size(); i++) {
      Expected expected = c.problems().get(i);
      Problem problem = report.problems().get(i);
      String what = c.file() + " problem " + i;
      assertThat(problem.violation().severity().code()).as(what).isEqualTo(expected.severity());
      assertThat(problem.ruleId()).as(what).isEqualTo(expected.rule());
      assertThat(problem.path()).as(what).isEqualTo(expected.path());
      assertThat(problem.line()).as(what).hasValue(expected.line());
      assertThat(problem.column()).as(what).hasValue(expected.column());
      assertThat(problem.violation().message()).as(what).contains(expected.message());
    }
    boolean errors = c.problems().stream().anyMatch(p -> p.severity().equals("error"));
    assertThat(report.isValid()).isEqualTo(!errors);
    assertThat(report.toValidationReport()).isEqualTo(report.portfolio().orElseThrow().validate());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyInputKindGivesTheSameReport(Case c) throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(c.file()));
    String text = new String(bytes, StandardCharsets.UTF_8);
    DocumentReport expected = JSON.validate(CORPUS.resolve(c.file()));
    assertThat(JSON.validate(bytes)).isEqualTo(expected);
    assertThat(JSON.validate(text)).isEqualTo(expected);
    assertThat(JSON.validate(new java.io.ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.validate(new java.io.StringReader(text))).isEqualTo(expected);
    // Reading alone does not judge rules across entities.
    assertThat(JSON.read(text)).isEqualTo(expected.portfolio().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theSchemaAcceptsWhatOnlyTheValidatorRefuses(Case c) throws IOException {
    assertThat(SchemaSupport.errors(Files.readString(CORPUS.resolve(c.file()), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void theIndexListsEveryFile() throws IOException {
    Set<String> listed = cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    Set<String> files;
    try (Stream<Path> all = Files.list(CORPUS)) {
      files = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).isEqualTo(files);
  }
}
