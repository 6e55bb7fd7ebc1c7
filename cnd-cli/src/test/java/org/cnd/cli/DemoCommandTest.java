package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnd demo}'s file: written atomically, the old one kept on failure, no temporary file left behind. */
class DemoCommandTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void outReplacesTheFileAndLeavesNothingElse() throws IOException {
    Path target = Files.writeString(dir.resolve("demo.json"), "old content");
    Tool.Run run = Tool.run("demo", "--out", target.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(target)).isEqualTo(CndJson.create().write(PakistanProgramme.portfolio()));
    assertThat(names()).containsExactly("demo.json");
  }

  @Test
  void aReaderOfTheOldFileKeepsItWhole() throws IOException {
    // Issue 16, finding 4: a write that truncated the file in place handed an open reader the new bytes.
    Path target = Files.writeString(dir.resolve("demo.json"), "old content, read by someone else meanwhile");
    byte[] before = Files.readAllBytes(target);
    try (InputStream reader = Files.newInputStream(target)) {
      Tool.Run run = Tool.run("demo", "--out", target.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(reader.readAllBytes()).isEqualTo(before);
    }
    assertThat(Files.readString(target)).isEqualTo(CndJson.create().write(PakistanProgramme.portfolio()));
  }

  @Test
  void aFailedWriteKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
    // A directory in the way: the new file is written beside it, then cannot be moved over it.
    Path target = Files.createDirectory(dir.resolve("demo.json"));
    Files.writeString(target.resolve("kept.txt"), "kept");
    Tool.Run run = Tool.run("demo", "--out", target.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("cnd demo: cannot write " + target + ": a directory is in the way\n");
    assertThat(Files.readString(target.resolve("kept.txt"))).isEqualTo("kept");
    assertThat(names()).containsExactly("demo.json");

    Tool.Run nowhere = Tool.run("demo", "--out", dir.resolve("no/such/dir/demo.json").toString());
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).endsWith(": no such directory\n");
  }

  @Test
  void withoutOutTheDemoRemovesItsOwnFile() {
    Tool.Run run = Tool.run("demo");
    assertThat(run.exit()).as(run.err()).isZero();
    Matcher written = Pattern.compile("^   (\\S+) \\(\\d+ bytes\\)$", Pattern.MULTILINE).matcher(run.out());
    assertThat(written.find()).as(run.out()).isTrue();
    Path file = Path.of(written.group(1));
    assertThat(file).doesNotExist();
    assertThat(file.getParent()).doesNotExist();
  }
}
