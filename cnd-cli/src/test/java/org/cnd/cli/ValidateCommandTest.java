package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnd validate} through the tool's entry point: conventions of issues 16 and 17. */
class ValidateCommandTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  private Path valid(String name) throws IOException {
    return file(name, CndJson.create().write(PakistanProgramme.portfolio()));
  }

  /** A document of one programme that targets {@code n} clusters the portfolio lacks: n reference errors. */
  private static String unresolved(int n) {
    String ids = IntStream.range(0, n).mapToObj(i -> "\"c-" + i + "\"").collect(Collectors.joining(","));
    return "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"programmes\":[{\"id\":\"p\",\"title\":\"t\","
        + "\"targetClusters\":[" + ids + "]}]}";
  }

  private static long lines(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).count();
  }

  @Test
  void eachFilesReportIsPrintedBeforeTheNextFileIsRead() throws IOException {
    Path first = valid("first.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] seenWhenStdinWasRead = new String[1];
    InputStream stdin = new InputStream() {
      private final InputStream doc = new java.io.ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        if (seenWhenStdinWasRead[0] == null) {
          seenWhenStdinWasRead[0] = out.toString(StandardCharsets.UTF_8);
        }
        return doc.read();
      }
    };
    int exit = CndCommand.run(new String[] {"validate", first.toString(), "-"}, stdin, out, new ByteArrayOutputStream());
    assertThat(exit).isEqualTo(1);
    assertThat(seenWhenStdinWasRead[0]).isEqualTo(first + ": valid\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("-: ERROR json.root at / (line 1, column 1): "
        + lineOfJsonRoot());
  }

  private static String lineOfJsonRoot() {
    String line = Tool.withInput("[]".getBytes(StandardCharsets.UTF_8), "validate", "-").out();
    return line.substring(line.indexOf("(line 1, column 1): ") + "(line 1, column 1): ".length());
  }

  @Test
  void dashReadsStandardInputForValidateAndReport() {
    byte[] pakistan = CndJson.create().write(PakistanProgramme.portfolio()).getBytes(StandardCharsets.UTF_8);
    Tool.Run validate = Tool.withInput(pakistan, "validate", "-");
    assertThat(validate.exit()).as(validate.err()).isZero();
    assertThat(validate.out()).isEqualTo("-: valid\n");
    Tool.Run report = Tool.withInput(pakistan, "report", "-");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).contains("Clusters by province", "PK-PB (16)");
    Tool.Run empty = Tool.withInput(new byte[0], "validate", "-");
    assertThat(empty.exit()).isEqualTo(1);
    assertThat(empty.out()).startsWith("-: ERROR json.");
  }

  @Test
  void theHighestExitCodeOfTheFilesWinsInAnyOrder() throws IOException {
    String good = valid("good.json").toString();
    String invalid = file("invalid.json", "[]").toString();
    String missing = dir.resolve("missing.json").toString();
    assertThat(Tool.run("validate", good, good).exit()).isEqualTo(0);
    assertThat(Tool.run("validate", good, invalid).exit()).isEqualTo(1);
    assertThat(Tool.run("validate", invalid, good).exit()).isEqualTo(1);
    assertThat(Tool.run("validate", invalid, missing).exit()).isEqualTo(2);
    assertThat(Tool.run("validate", missing, invalid).exit()).isEqualTo(2);
    assertThat(Tool.run("validate", "--json", missing, invalid, good).exit()).isEqualTo(2);
    // Every file is still validated and reported after the one that could not be opened.
    Tool.Run run = Tool.run("validate", missing, invalid, good);
    assertThat(run.err()).contains("missing.json: cannot open: no such file");
    assertThat(run.out()).contains(invalid + ": ERROR json.root").contains(good + ": valid");
  }

  @Test
  void aDirectoryStandsForItsJsonFilesSortedAndRecursiveGoesDown() throws IOException {
    valid("b.json");
    valid("a.json");
    file("notes.txt", "not a document");
    valid("sub/c.json");
    file("sub/z.json", "[]");
    Tool.Run flat = Tool.run("validate", dir.toString());
    assertThat(flat.exit()).isZero();
    assertThat(flat.out().lines()).containsExactly(dir.resolve("a.json") + ": valid", dir.resolve("b.json") + ": valid");
    Tool.Run deep = Tool.run("validate", "--recursive", dir.toString());
    assertThat(deep.exit()).isEqualTo(1);
    assertThat(deep.out().lines().map(l -> l.substring(0, l.indexOf(".json:") + 5)))
        .containsExactly(dir.resolve("a.json").toString(), dir.resolve("b.json").toString(),
            dir.resolve("sub/c.json").toString(), dir.resolve("sub/z.json").toString());
    assertThat(Tool.run("validate", "-r", dir.toString()).out()).isEqualTo(deep.out());
  }

  @Test
  void aDirectoryWithoutJsonFilesCannotBeOpened() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Tool.Run run = Tool.run("validate", empty.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(empty + ": cannot open: a directory with no *.json file\n");
  }

  @Test
  void atMostMaxProblemsArePrintedAndTheRestCounted() throws IOException {
    Path many = file("many.json", unresolved(1005));
    Tool.Run byDefault = Tool.run("validate", many.toString());
    assertThat(byDefault.exit()).isEqualTo(1);
    assertThat(lines(byDefault.out(), ": ERROR reference.cluster at ")).isEqualTo(ValidateCommand.DEFAULT_MAX_PROBLEMS);
    assertThat(byDefault.out()).endsWith(many + ": 5 more problems not shown (--max-problems 1000)\n");
    Tool.Run three = Tool.run("validate", "--max-problems", "3", many.toString());
    assertThat(lines(three.out(), ": ERROR reference.cluster at ")).isEqualTo(3);
    assertThat(three.out()).endsWith(many + ": 1002 more problems not shown (--max-problems 3)\n");
    assertThat(Tool.run("validate", "--max-problems", "1004", many.toString()).out())
        .endsWith(many + ": 1 more problem not shown (--max-problems 1004)\n");
    Tool.Run all = Tool.run("validate", "--max-problems", "1005", many.toString());
    assertThat(lines(all.out(), ": ERROR reference.cluster at ")).isEqualTo(1005);
    assertThat(all.out()).doesNotContain("not shown");
    Tool.Run zero = Tool.run("validate", "--max-problems", "0", many.toString());
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-problems must be at least 1, found 0");
  }

  @Test
  void controlCharactersInMessagesAndPathsCannotForgeALine() throws IOException {
    String forged = "x\u001b[1A\u001b[2K\r\n/etc/passwd: valid\n\u009b31m";
    Path hostile = file("hostile.json", "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"" + forged.replace("\n", "\\n")
        .replace("\r", "\\r").replace("\u001b", "\\u001b").replace("\u009b", "\\u009b") + "\":1}");
    Tool.Run run = Tool.run("validate", hostile.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1).allMatch(l -> l.startsWith(hostile + ": ERROR "));
    assertThat(run.out()).contains("x\\u001b[1A\\u001b[2K\\r\\n/etc/passwd: valid\\n\\u009b31m");
    assertThat(run.out().chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f)).isEmpty();

    Path named = dir.resolve("evil\n/etc/passwd: valid\u001b[0m.json");
    Tool.Run missing = Tool.run("validate", named.toString());
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).contains("evil\\n/etc/passwd: valid\\u001b[0m.json: cannot open: no such file");
  }

  @Test
  void aSymbolicLinkLoopIsReportedAsSuch() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
    Tool.Run run = Tool.run("validate", a.toString(), dangling.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(a + ": cannot open: symbolic link loop (")
        .contains(dangling + ": cannot open: dangling symbolic link");
    assertThat(Tool.run("report", a.toString()).err()).contains(a + ": cannot open: symbolic link loop (");
  }

  @Test
  void aNonAsciiFileNameIsValidatedUnderTheLocaleTheLauncherSetsAndExplainedUnderPosix() throws IOException {
    assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the JVM takes its file name encoding from "
        + "the locale on Linux");
    Path file = valid("pakistan-é-ü.json");
    // What ./cnd sets under the POSIX locale: C.UTF-8.
    Tool.Run utf8 = Tool.child(List.of(), Map.of("LC_ALL", "C.UTF-8"), dir, "validate", file.getFileName().toString());
    assertThat(utf8.exit()).as(utf8.err()).isZero();
    assertThat(utf8.out()).isEqualTo("pakistan-é-ü.json: valid\n");
    // Run as plain java under the POSIX locale, the name arrives as U+FFFD: the tool says why and what to do.
    Map<String, String> posix = new java.util.HashMap<>();
    posix.put("LC_ALL", "C");
    posix.put("LANG", null);
    Tool.Run ascii = Tool.child(List.of(), posix, dir, "validate", file.getFileName().toString());
    assertThat(ascii.exit()).isEqualTo(2);
    assertThat(ascii.err()).contains("sun.jnu.encoding=ANSI_X3.4-1968").contains("LC_ALL=C.UTF-8")
        .doesNotContain("no such file");
  }

  @Test
  void outOfMemoryIsExitThreeWithOneLineAndNoStackTrace() throws IOException {
    // 300,000 organisations, 21 MB: valid, and far more than a 32 MiB heap holds.
    StringBuilder doc = new StringBuilder("{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"organisations\":[");
    for (int i = 0; i < 300_000; i++) {
      doc.append(i == 0 ? "" : ",").append("{\"id\":\"o-").append(i).append("\",\"name\":\"Organisation ").append(i)
          .append("\",\"kind\":\"sme_agency\"}");
    }
    Path big = file("big.json", doc.append("]}").toString());
    Tool.Run run = Tool.child(List.of("-Xmx32m"), Map.of(), dir, "validate", big.toString());
    assertThat(run.exit()).isEqualTo(CndCommand.INTERNAL);
    // The JVM counts the heap it can use, a little less than -Xmx (one survivor space is left out).
    assertThat(run.err()).matches("cnd: internal error: out of memory \\(maximum heap [23][0-9] MiB\\); run java "
        + "-Xmx<size> -jar cnd.jar with a larger heap\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsSuggestTheNearestCommandOrOption() {
    Tool.Run command = Tool.run("valdate", "x.json");
    assertThat(command.exit()).isEqualTo(2);
    assertThat(command.err()).isEqualTo("cnd: unknown command 'valdate'\nDid you mean: validate?\n"
        + "Try 'cnd --help' for more information.\n");
    Tool.Run option = Tool.run("validate", "--jsno", "x.json");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err()).isEqualTo("cnd: Unknown option: '--jsno'\nDid you mean: --json?\n"
        + "Try 'cnd validate --help' for more information.\n");
    assertThat(Arrays.asList(Tool.run("frobnicate").err().split("\n"))).doesNotContain("Did you mean: ?");
  }
}
