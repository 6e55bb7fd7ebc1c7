package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A standard output that cannot be written is an error of its own ("write error: ..."), for every command. */
class OutputErrorsTest {
  @TempDir Path dir;
  private Path pakistan;

  @BeforeEach
  void pakistan() throws IOException {
    pakistan = Files.writeString(dir.resolve("pakistan.json"), CndJson.create().write(PakistanProgramme.portfolio()),
        StandardCharsets.UTF_8);
  }

  /** Every command that prints, with what it prints on standard output. */
  private List<String[]> commands() {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"example", "pakistan"});
    commands.add(new String[] {"schema"});
    commands.add(new String[] {"validate", pakistan.toString()});
    commands.add(new String[] {"validate", "--json", pakistan.toString()});
    commands.add(new String[] {"report", pakistan.toString()});
    commands.add(new String[] {"export", "--format", "csv", "--collection", "clusters", pakistan.toString()});
    // Written although the record lacks a sector (exit 1 on a good stream): the write error's 2 wins.
    commands.add(new String[] {"export", "--format", "iati", "--programme", "us-pak-01-099", "--approximate-dates",
        "--write-what-it-can", pakistan.toString()});
    commands.add(new String[] {"demo", "--out", dir.resolve("demo.json").toString()});
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"validate", "--help"});
    commands.add(new String[] {"--version"});
    return commands;
  }

  /** A disk that is full from the first byte on. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aFailingStreamIsAWriteErrorWithExitTwo() {
    for (String[] args : commands()) {
      Tool.Run run = Tool.toStream(new FullDisk(), args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).endsWith("cnd: write error: No space left on device\n");
    }
  }

  @Test
  void devFullIsAWriteError() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "/dev/full exists on Linux only");
    for (String[] args : commands()) {
      try (FileOutputStream out = new FileOutputStream(full.toFile())) {
        Tool.Run run = Tool.toStream(out, args);
        assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).as(String.join(" ", args)).endsWith("cnd: write error: No space left on device\n");
      }
    }
  }

  @Test
  void aClosedStandardOutputIsAWriteError() throws IOException {
    FileOutputStream closed = new FileOutputStream(dir.resolve("closed").toFile());
    closed.close();
    Tool.Run run = Tool.toStream(closed, "example", "pakistan");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("cnd: write error: ").hasLineCount(1);
  }

  @Test
  void aFailingPrintWriterIsAWriteErrorToo() {
    PrintWriter failing = new PrintWriter(new java.io.OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    int exit = CndCommand.run(new String[] {"schema"}, failing, new PrintWriter(err));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("cnd: write error: the output stream failed\n");
  }

  @Test
  void aWriteErrorDoesNotHideAnInvalidFileOrAnInternalFailure() throws IOException {
    Path invalid = Files.writeString(dir.resolve("invalid.json"), "[]");
    assertThat(Tool.toStream(new FullDisk(), "validate", invalid.toString()).exit()).isEqualTo(2);
    assertThat(Tool.toStream(new FullDisk(), "validate", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
  }

  @Test
  void aWorkingStreamIsNoError() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Tool.Run run = Tool.toStream(out, "schema");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CndJson.schema().endsWith("\n") ? CndJson.schema()
        : CndJson.schema() + "\n");
  }
}
