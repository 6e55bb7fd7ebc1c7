package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real entry point of the tool, {@link CndCommand#run}, and checks each contract the tool documents (its usage and exit codes). */
class CndCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run cnd(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CndCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path pakistan() throws IOException {
    return file("pakistan.json", CndJson.create().write(PakistanProgramme.portfolio()));
  }

  @Test
  void validateAcceptsTheExamplesWithExitZero() throws IOException {
    Path p = pakistan();
    Path tour = file("tour.json", cnd("example", "tour").out());
    Run run = cnd("validate", p.toString(), tour.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(p + ": valid").contains(tour + ": valid");
  }

  @Test
  void validatePrintsOneLinePerProblemWithRulePathLineAndColumn() throws IOException {
    Path bad = file("bad.json", "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\n\"clusters\":[{\"id\":\"X\"}]}");
    Run run = cnd("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip()).isEqualTo(bad + ": ERROR id.syntax at /clusters/0/id (line 2, column 19): "
        + "Invalid ClusterId: expected 1 to 64 characters of lower-case letters a-z, digits 0-9 and hyphens, "
        + "found \"X\"");
  }

  @Test
  void validateReportsRuleViolationsWithExitOne() throws IOException {
    String json = CndJson.create().write(PakistanProgramme.portfolio())
        .replace("\"funder\": \"tdap\"", "\"funder\": \"nobody\"");
    Path broken = file("broken.json", json);
    Run run = cnd("validate", broken.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(": ERROR reference.organisation at /programmes/").contains("/funder (line ");
  }

  @Test
  void validateSyntaxErrorIsExitOneWithoutStackTrace() throws IOException {
    Path truncated = file("truncated.json", "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"clusters\": [");
    Run run = cnd("validate", truncated.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR json.syntax at");
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validateMissingFileIsExitTwo() throws IOException {
    Path good = pakistan();
    Run run = cnd("validate", good.toString(), dir.resolve("missing.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing.json: cannot open: no such file");
  }

  @Test
  void validateJsonGivesOneDocument() throws IOException {
    Path good = pakistan();
    Path bad = file("bad.json", "[]");
    Run run = cnd("validate", "--json", good.toString(), bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("files")).hasSize(2);
    assertThat(root.get("files").get(0).get("valid").asBoolean()).isTrue();
    assertThat(root.get("files").get(0).get("problems")).isEmpty();
    JsonNode problem = root.get("files").get(1).get("problems").get(0);
    assertThat(root.get("files").get(1).get("valid").asBoolean()).isFalse();
    assertThat(problem.get("rule").asString()).isEqualTo("json.root");
    assertThat(problem.get("severity").asString()).isEqualTo("error");
    assertThat(problem.get("path").asString()).isEqualTo("");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("column").asInt()).isEqualTo(1);
    assertThat(problem.get("message").asString()).isNotBlank();
  }

  @Test
  void usageErrorsAreExitTwo() {
    assertThat(cnd().exit()).isEqualTo(2);
    assertThat(cnd("validate").exit()).isEqualTo(2);
    assertThat(cnd("frobnicate").exit()).isEqualTo(2);
    assertThat(cnd("example", "atlantis").exit()).isEqualTo(2);
    assertThat(cnd("validate", "--nope", "x.json").err()).contains("Unknown option");
  }

  @Test
  void helpAndVersion() {
    Run help = cnd("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("validate", "report", "map", "export", "example", "schema", "demo");
    for (String command : new String[] {"validate", "report", "map", "export", "example", "schema", "demo"}) {
      Run sub = cnd(command, "--help");
      assertThat(sub.exit()).as(command).isZero();
      assertThat(sub.out()).as(command).contains("Usage: cnd " + command);
    }
    assertThat(cnd("--version").out()).startsWith("cnd ");
  }

  @Test
  void eachCommandIsKnownByTheNameItsAnnotationGivesAndTheHelpListsThemAllInOrder() {
    StringBuilder order = new StringBuilder();
    CndCommand.COMMANDS.forEach((name, command) -> {
      assertThat(command.get().getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
      order.append(".*\\n  ").append(name).append(' ');
    });
    String help = cnd("--help").out();
    assertThat(help).containsPattern("(?s)" + order.substring(2));
    // Named first, a command is built alone; the help command and a mistyped one still see every command.
    assertThat(cnd("help", "export").out()).contains("Usage: cnd export");
    assertThat(cnd("valdate", "x.json").err()).contains("Did you mean: validate?");
    assertThat(cnd("validate").err()).contains("Missing required parameter");
  }

  @Test
  void reportSummarisesAPortfolio() throws IOException {
    Run run = cnd("report", pakistan().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Programmes", "Clusters by province", "Clusters by sector", "Timeline",
        "Funding by source", "PK-PB (16)");
  }

  @Test
  void reportOfAnUnreadableDocumentIsExitOne() throws IOException {
    Run run = cnd("report", file("bad.json", "{").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("json.syntax");
  }

  @Test
  void examplePrintsTheExampleAsReadableJson() {
    Run run = cnd("example", "pakistan");
    assertThat(run.exit()).isZero();
    assertThat(CndJson.create().read(run.out())).isEqualTo(PakistanProgramme.portfolio());
  }

  @Test
  void exampleTourPrintsTheTourPortfolio() {
    Run run = cnd("example", "TOUR");
    assertThat(run.exit()).isZero();
    assertThat(CndJson.create().read(run.out())).isEqualTo(org.cnd.examples.LifecycleTour.portfolio());
  }

  @Test
  void schemaPrintsTheSchema() {
    Run run = cnd("schema");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(CndJson.schema().endsWith("\n") ? CndJson.schema() : CndJson.schema() + "\n");
    assertThat(run.out()).contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void demoRunsEndToEnd() {
    Path out = dir.resolve("demo.json");
    Run run = cnd("demo", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("read back equals the portfolio built; no problem found");
    assertThat(out).exists();
    assertThat(run.out()).contains("Clusters by province");
    assertThat(run.out()).contains("5. Walk the lifecycle tour", "refused", "lifecycle.guard-exit", "now Exit");
  }
  @Test
  void exampleWritesDatesInTheSyntaxAskedForAndBothReadTheSame() {
    Run cnd = cnd("example", "pakistan");
    Run edtf = cnd("example", "pakistan", "--dates", "edtf");
    assertThat(edtf.exit()).isZero();
    assertThat(cnd.out()).contains("\"2007-Q1/2007-Q1\"").doesNotContain("2007-33");
    assertThat(edtf.out()).contains("\"2007-33/2007-33\"").doesNotContain("-Q1");
    assertThat(CndJson.create().read(edtf.out())).isEqualTo(CndJson.create().read(cnd.out()));
    Run wrong = cnd("example", "pakistan", "--dates", "iso");
    assertThat(wrong.exit()).isEqualTo(CndCommand.USAGE);
    assertThat(wrong.err()).contains("--dates must be cnd or edtf, found iso");
  }

  @Test
  void examplePakistanWritesTheSelectionOfTheFivePilotClusters() {
    JsonNode root = JsonMapper.builder().build().readTree(cnd("example", "pakistan").out());
    JsonNode pilot = null;
    for (JsonNode x : root.get("selectionExercises")) {
      if (x.get("id").asString().equals("pilot-clusters-2001")) {
        pilot = x;
      }
    }
    assertThat(pilot).as("the selection of the pilot clusters in the JSON").isNotNull();
    JsonNode decision = pilot.get("decision");
    assertThat(decision.get("date").asString()).isEqualTo("2001");
    assertThat(decision.get("decidingBody").asString()).isEqualTo("the Pakistani counterparts");
    assertThat(decision.get("reason").asString()).isEqualTo("for their export potential");
    assertThat(decision.get("selected").valueStream().map(JsonNode::asString).toList()).containsExactly(
        "gujrat-electric-fans", "wazirabad-cutlery", "lahore-ready-made-garments", "karachi-korangi-leather",
        "karachi-saddar-gems-jewellery");
    assertThat(pilot.get("prioritisationCriteria").get(0).get("name").asString()).isEqualTo("export potential");
  }
}
