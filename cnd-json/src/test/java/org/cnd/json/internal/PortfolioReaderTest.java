package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.cnd.json.DocumentReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's paths to a portfolio: bytes by the fast path keep the checks that skipped properties need, a pipe
 * is read like a file, and validating a stream or reader reads no more than one unit past the size limit.
 */
class PortfolioReaderTest {
  private static final String EMPTY =
      "{\"format\": \"cnd-portfolio\", \"formatVersion\": " + CndJson.FORMAT_VERSION + "}";

  @TempDir Path dir;

  @Test
  void aRepeatedSkippedPropertyIsRefusedFromBytesAsFromText() {
    CndJson ignoring = CndJson.builder().ignoreUnknownProperties(true).build();
    String document = "{\"format\": \"cnd-portfolio\", \"formatVersion\": " + CndJson.FORMAT_VERSION
        + ", \"x\": 1, \"x\": 2}";
    for (Runnable read : new Runnable[] {() -> ignoring.read(document),
        () -> ignoring.read(document.getBytes(StandardCharsets.UTF_8))}) {
      CndJsonException e = catchThrowableOfType(CndJsonException.class, read::run);
      assertThat(e).isNotNull();
      assertThat(e.ruleId()).isEqualTo("json.duplicate-key");
    }
    assertThat(ignoring.read(EMPTY.getBytes(StandardCharsets.UTF_8))).isEqualTo(CndJson.create().read(EMPTY));
  }

  @Test
  void aDocumentThatIsNoObjectIsToldWhatARootLooksLike() {
    String example = "{\"format\": \"cnd-portfolio\", \"formatVersion\": " + CndJson.FORMAT_VERSION + "}";
    CndJsonException notAnObject = catchThrowableOfType(CndJsonException.class, () -> CndJson.create().read("[]"));
    assertThat(notAnObject.ruleId()).isEqualTo("json.root");
    assertThat(notAnObject.violation().message())
        .isEqualTo("Root is not an object: expected a JSON object such as " + example + ", found an array");
    CndJsonException empty = catchThrowableOfType(CndJsonException.class, () -> CndJson.create().read(" "));
    assertThat(empty.violation().message())
        .isEqualTo("Empty document: expected a JSON object such as " + example + ", found no JSON value at all");
  }

  @Test
  void aPipeIsReadLikeAFile() throws Exception {
    Path fifo = dir.resolve("pipe");
    try {
      assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    } catch (IOException noMkfifo) {
      assumeThat(noMkfifo).as("mkfifo").isNull();
    }
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(EMPTY.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    Portfolio read = CndJson.create().read(fifo);
    writer.join();
    assertThat(read).isEqualTo(CndJson.create().read(EMPTY));
  }

  @Test
  void validatingAReaderReadsAtMostOneCharacterPastTheLimit() throws IOException {
    CndJson small = CndJson.builder().maxDocumentLength(EMPTY.length()).build();
    StringReader exact = new StringReader(EMPTY);
    assertThat(small.validate(exact).problems()).isEmpty();
    StringReader longer = new StringReader(EMPTY + " ".repeat(20_000) + "rest");
    DocumentReport report = small.validate(longer);
    assertThat(report.problems()).extracting(p -> p.violation().ruleId()).containsExactly("json.size-limit");
    char[] left = new char[30_000];
    assertThat(longer.read(left)).isEqualTo(20_000 + 4 - 1);
  }

  @Test
  void validatingAReaderThatHandsOverLittleAtATimeReadsAtMostOneCharacterPastTheLimit() throws IOException {
    CndJson small = CndJson.builder().maxDocumentLength(EMPTY.length()).build();
    StringReader text = new StringReader(EMPTY + " ".repeat(20_000));
    // As a pipe or socket does: at most ten characters a call.
    java.io.Reader trickle = new java.io.FilterReader(text) {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 10));
      }
    };
    assertThat(small.validate(trickle).problems()).extracting(p -> p.violation().ruleId())
        .containsExactly("json.size-limit");
    char[] left = new char[30_000];
    assertThat(text.read(left)).isEqualTo(20_000 - 1);
  }

  @Test
  void validatingAStreamReadsAtMostOneBytePastTheLimit() {
    CndJson small = CndJson.builder().maxDocumentLength(EMPTY.length()).build();
    ByteArrayInputStream longer = new ByteArrayInputStream((EMPTY + " ".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
    assertThat(small.validate(longer).problems()).extracting(p -> p.violation().ruleId())
        .containsExactly("json.size-limit");
    assertThat(longer.available()).isEqualTo(20_000 - 1);
  }
}
