package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.cli.Cli.cnd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.iati.testing.OfficialIati;
import org.cnd.report.CsvExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cnd export --format csv|iati ... FILE}, through the tool's entry point. */
class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void writesEachCollectionAsItsTable() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    for (CsvExport.Table table : CsvExport.Table.values()) {
      Cli.Run run = cnd("export", "--format", "csv", "--collection", table.code(), file);
      assertThat(run.exit()).as(table + ": " + run.err()).isZero();
      assertThat(run.out()).isEqualTo(CsvExport.toCsv(LifecycleTour.portfolio(), table));
      assertThat(run.out()).contains("\r\n");
    }
  }

  @Test
  void theClustersTableHasOneRowPerClusterAfterItsHeader() throws IOException {
    Cli.Run run = cnd("export", "--format", "csv", "--collection", "clusters",
        Cli.write(dir, "p.json", PakistanProgramme.portfolio()));
    assertThat(run.out().split("\r\n")).hasSize(1 + PakistanProgramme.portfolio().clusters().size());
  }

  @Test
  void anUnknownCollectionOrFormatIsAUsageError() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    Cli.Run collection = cnd("export", "--format", "csv", "--collection", "studies", file);
    assertThat(collection.exit()).isEqualTo(2);
    assertThat(collection.err()).contains("Unknown collection \"studies\"", "clusters, programmes, engagements, indicators");
    Cli.Run missing = cnd("export", "--format", "csv", file);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing --collection");
    Cli.Run format = cnd("export", "--format", "xlsx", "--collection", "clusters", file);
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "xlsx", "CSV");
    assertThat(cnd("export", "--collection", "clusters", file).exit()).isEqualTo(2);
  }

  // The first project of the Pakistan programme (US/PAK/01/099) with the DAC purpose IATI requires, which the record
  // does not give (PakistanProgramme.withIllustrativePurpose), and its start "mid-2001" approximated.
  private String pakistanWithPurpose() throws IOException {
    return Cli.write(dir, "p.json", PakistanProgramme.withIllustrativePurpose(PakistanProgramme.portfolio()));
  }

  private static final String[] FIRST_PROJECT = {"--programme", "us-pak-01-099", "--approximate-dates"};

  private static String[] args(String[] head, String... tail) {
    String[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void thePakistanFirstProjectExportsAsOneActivityThatTheOfficialSchemaAccepts() throws IOException {
    String file = pakistanWithPurpose();
    Cli.Run run = cnd(args(new String[] {"export", "--format", "iati"}, args(FIRST_PROJECT, file)));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<?xml").contains("<iati-identifier>XM-DAC-41123-US-PAK-01-099</iati-identifier>");
    assertThat(run.out().split("<iati-activity ", -1)).hasSize(2);
    // The warnings, as validate prints problems: what the export left out, and why.
    assertThat(run.err().lines().map(l -> l.substring(0, l.indexOf(": ", file.length() + 2)))).containsExactly(
        file + ": WARNING iati.budget-undated at /programmes/2/budget",
        file + ": WARNING iati.related-activity at /programmes/2/relatedProgrammes/0");
    assertThat(OfficialIati.schemaErrors(run.out().getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void writeWhatItCanWritesTheRecordAsItIsAndStillExitsOne() throws IOException {
    String file = Cli.write(dir, "p.json", PakistanProgramme.portfolio());
    Cli.Run run = cnd(args(new String[] {"export", "--format", "iati", "--write-what-it-can"}, args(FIRST_PROJECT, file)));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(file + ": ERROR iati.sector at /programmes/2/purposes: ");
    assertThat(run.out()).contains("<iati-identifier>XM-DAC-41123-US-PAK-01-099</iati-identifier>");
    assertThat(OfficialIati.schemaErrors(run.out().getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aRefusedExportWritesNothingAndPrintsItsReasonsAsProblems() throws IOException {
    String file = pakistanWithPurpose();
    // Without --approximate-dates the first project's start, a month, is no actual date: no start date at all.
    Cli.Run run = cnd("export", "--format", "iati", "--programme", "us-pak-01-099", file);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().filter(l -> l.contains(": ERROR ")).map(l -> l.substring(0, l.indexOf(": ",
        file.length() + 2)))).containsExactly(file + ": ERROR iati.start-date at /programmes/2/period");
    assertThat(run.err()).contains(file + ": WARNING iati.actual-date-precision at /programmes/2/period: ");
  }

  @Test
  void withJsonTheProblemsAreTheValidateReportAndARefusalLeavesTheOldFileAsItWas() throws IOException {
    String file = pakistanWithPurpose();
    Path xml = Files.writeString(dir.resolve("old.xml"), "old", StandardCharsets.UTF_8);
    Tool.Run refused = Tool.run("export", "--format", "iati", "--json", "--out", xml.toString(),
        "--programme", "us-pak-01-099", file);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(Files.readString(xml)).isEqualTo("old");
    JsonOutputTest.assertConforms(refused.out());
    JsonNode report = JsonMapper.builder().build().readTree(refused.out());
    assertThat(report.get("exitCode").asInt()).isEqualTo(1);
    JsonNode only = report.get("files").get(0);
    assertThat(only.get("valid").asBoolean()).isFalse();
    assertThat(only.get("activitiesWritten").asInt()).isZero();
    assertThat(only.get("problems").findValuesAsString("rule")).contains("iati.start-date", "iati.actual-date-precision");
    assertThat(refused.err()).isEmpty();

    Tool.Run missing = Tool.run("export", "--format", "iati", "--json", "--out", xml.toString(),
        dir.resolve("missing.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    JsonOutputTest.assertConforms(missing.out());
    assertThat(JsonMapper.builder().build().readTree(missing.out()).get("files").get(0).get("error").asString())
        .isEqualTo("cannot open: no such file");

    Tool.Run written = Tool.run(args(new String[] {"export", "--format", "iati", "--json", "--out", xml.toString()},
        args(FIRST_PROJECT, file)));
    assertThat(written.exit()).isZero();
    JsonOutputTest.assertConforms(written.out());
    JsonNode ok = JsonMapper.builder().build().readTree(written.out()).get("files").get(0);
    assertThat(ok.get("valid").asBoolean()).isTrue();
    assertThat(ok.get("activitiesWritten").asInt()).isEqualTo(1);
    assertThat(Files.readString(xml)).startsWith("<?xml").contains("XM-DAC-41123-US-PAK-01-099");
    try (var entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString())).as("no temporary file left")
          .containsExactlyInAnyOrder("p.json", "old.xml");
    }
  }

  @Test
  void aDocumentWithErrorsIsNotExportedAndItsProblemsKeepTheirLines() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"),
        "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\n\"programmes\":[{\"id\":\"p\",\"title\":\"t\","
            + "\"targetClusters\":[\"nowhere\"]}]}");
    Cli.Run run = cnd("export", "--format", "iati", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(bad + ": ERROR reference.cluster at /programmes/0/targetClusters/0 (line 2, ");
  }

  @Test
  void optionsOfTheWrongFormatAndInvalidIdsAreUsageErrors() throws IOException {
    String file = pakistanWithPurpose();
    List<List<String>> usage = List.of(
        List.of("export", "--format", "iati", "--collection", "clusters", file),
        List.of("export", "--format", "csv", "--collection", "clusters", "--approximate-dates", file),
        List.of("export", "--format", "csv", "--collection", "clusters", "--reporting-org", "unido", file),
        List.of("export", "--format", "iati", "--programme", "Not An Id!", file),
        List.of("export", "--format", "iati", "--reporting-org", "UNIDO", file),
        List.of("export", "--format", "iati", "--language", "english", file),
        List.of("export", "--format", "iati", "--aproximate-dates", file));
    for (List<String> command : usage) {
      Cli.Run run = cnd(command.toArray(String[]::new));
      assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(2);
      assertThat(run.out()).as(command.toString()).isEmpty();
      assertThat(run.err()).as(command.toString()).contains("Try 'cnd export --help'");
    }
    Tool.Run jsonWithoutOut = Tool.run("export", "--format", "iati", "--json", file);
    assertThat(jsonWithoutOut.exit()).isEqualTo(2);
    assertThat(jsonWithoutOut.err()).contains("--json prints the problems on standard output: expected --out FILE");
    JsonOutputTest.assertConforms(jsonWithoutOut.out());
    assertThat(cnd("export", "--format", "iati", "--language", "english", file).err())
        .contains("Invalid --language \"english\": expected an ISO 639-1 code");
    assertThat(cnd("export", "--format", "iati", "--aproximate-dates", file).err())
        .contains("Did you mean: --approximate-dates?");
    // An unknown programme is the export's own refusal (iati.programme), not a usage error.
    Cli.Run unknown = cnd("export", "--format", "iati", "--programme", "no-such-programme", file);
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains(": ERROR iati.programme at /: ");
  }

  @Test
  void anOutFileThatCannotBeWrittenIsExitTwoWithThePathNamed() throws IOException {
    String file = pakistanWithPurpose();
    Path target = dir.resolve("no-such-dir/out.xml");
    Cli.Run run = cnd(args(new String[] {"export", "--format", "iati", "--out", target.toString()},
        args(FIRST_PROJECT, file)));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cnd export: Cannot write " + target);
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  void csvGoesIntoOutTooWhenAsked() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    Path csv = dir.resolve("clusters.csv");
    Cli.Run run = cnd("export", "--format", "csv", "--collection", "clusters", "--out", csv.toString(), file);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(csv)).isEqualTo(CsvExport.toCsv(LifecycleTour.portfolio(), CsvExport.Table.CLUSTERS));
  }
}
