package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the corpus ({@code src/test/resources/invalid}, listed in {@code index.tsv}) is refused with
 * the right rule at the right path, line and column, whatever the input kind; the schema agrees where it can see.
 */
class InvalidCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/invalid");
  private static final CndJson JSON = CndJson.create();

  record Case(String file, String rule, String path, int line, int column, String schema, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    try (Stream<String> lines = Files.lines(CORPUS.resolve("index.tsv"), StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.startsWith("#") && !l.startsWith("file\t") && !l.isBlank())
          .map(l -> l.split("\t", -1))
          .map(c -> new Case(c[0], c[1], "(root)".equals(c[2]) ? "" : c[2], Integer.parseInt(c[3]),
              Integer.parseInt(c[4]), c[5], c[6]))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void isRefusedWithTheRightRuleAtTheRightPlace(Case c) throws IOException {
    Path file = CORPUS.resolve(c.file());
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> JSON.read(file));
    assertThat(e).as(c.file() + " must be refused").isNotNull();
    assertThat(e.ruleId()).as("rule of " + c.file()).isEqualTo(c.rule());
    assertThat(e.path()).as("path of " + c.file()).isEqualTo(c.path());
    assertThat(e.line()).as("line of " + c.file()).isEqualTo(c.line());
    assertThat(e.column()).as("column of " + c.file()).isEqualTo(c.column());
    assertThat(e.violation().message()).as("message of " + c.file()).contains(c.message());
    assertThat(e.violation().severity().code()).isEqualTo("error");
    assertThat(e.getMessage()).startsWith(c.rule() + " at " + (c.path().isEmpty() ? "/" : c.path())
        + " (line " + c.line() + ", column " + c.column() + "): ");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void isRefusedAlikeFromBytesTextStreamsAndReaders(Case c) throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(c.file()));
    Problem expected = catchThrowableOfType(CndJsonException.class, () -> JSON.read(bytes)).problem();
    assertThat(catchThrowableOfType(CndJsonException.class,
        () -> JSON.read(new java.io.ByteArrayInputStream(bytes))).problem()).isEqualTo(expected);
    if (!c.file().equals("syntax-bad-utf8.json")) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(catchThrowableOfType(CndJsonException.class, () -> JSON.read(text)).problem()).isEqualTo(expected);
      assertThat(catchThrowableOfType(CndJsonException.class,
          () -> JSON.read(new java.io.StringReader(text))).problem()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void validateReportsTheSameSingleProblem(Case c) {
    Path file = CORPUS.resolve(c.file());
    DocumentReport report = JSON.validate(file);
    assertThat(report.isReadable()).isFalse();
    assertThat(report.isValid()).isFalse();
    assertThat(report.problems()).hasSize(1);
    Problem problem = report.problems().get(0);
    assertThat(problem.ruleId()).isEqualTo(c.rule());
    assertThat(problem.path()).isEqualTo(c.path());
    assertThat(problem.line()).hasValue(c.line());
    assertThat(problem.column()).hasValue(c.column());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theSchemaAgreesWhereItCanSee(Case c) throws IOException {
    if (c.schema().equals("-")) {
      return;
    }
    String text = Files.readString(CORPUS.resolve(c.file()), StandardCharsets.UTF_8);
    if (c.schema().equals("rejects")) {
      assertThat(SchemaSupport.errors(text)).as("schema errors of " + c.file()).isNotEmpty();
    } else {
      assertThat(c.schema()).isEqualTo("accepts");
      assertThat(SchemaSupport.errors(text)).as("schema errors of " + c.file()).isEmpty();
    }
  }

  @Test
  void theIndexListsEveryFileOnce() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (Case c : cases()) {
      assertThat(listed.add(c.file())).as(c.file() + " listed twice").isTrue();
    }
    Set<String> files;
    try (Stream<Path> all = Files.list(CORPUS)) {
      files = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(listed).isEqualTo(files);
  }

  @Test
  void theCorpusCoversEveryFormatRuleThatDefaultLimitsCanMeet() {
    Set<String> rules = cases().stream().map(Case::rule).collect(Collectors.toSet());
    for (FormatRule rule : FormatRule.values()) {
      // Nesting deeper than 64 is refused as a wrong type before the limit is reached (the format nests < 10 deep),
      // and strings over 1 MiB and documents over 64 MiB are too big to keep as files: LimitsTest covers them.
      if (rule == FormatRule.DEPTH_LIMIT || rule == FormatRule.STRING_LIMIT || rule == FormatRule.SIZE_LIMIT) {
        continue;
      }
      assertThat(rules).as("corpus rules").contains(rule.id());
    }
  }

  @Test
  void aMissingFileIsAnIoFailureNotAFormatError() {
    assertThatThrownBy(() -> JSON.read(CORPUS.resolve("no-such-file.json"))).isInstanceOf(UncheckedIOException.class);
  }
}
