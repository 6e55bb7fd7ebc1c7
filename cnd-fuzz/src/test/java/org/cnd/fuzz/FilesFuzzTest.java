package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;

/**
 * Reading and writing through files: {@code CndJson.read(Path)} and {@code validate(Path)} say what {@code
 * read(byte[])} and {@code validate(byte[])} say of the same bytes, and {@code write(portfolio, path)} replaces the
 * file whole, leaving nothing else in its directory. Seeds: {@code FilesFuzzTestInputs/} (copies of the reader's).
 */
class FilesFuzzTest {
  private static final CndJson JSON = CndJson.create();
  private static final Path DIR = directory();

  private static Path directory() {
    try {
      return Files.createTempDirectory("cnd-files-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same answer from a file as from its bytes, and a write that replaces the file whole. */
  @FuzzTest(maxDuration = "10m")
  void files(byte[] document) throws IOException {
    Path file = DIR.resolve("portfolio.json");
    Files.write(file, document);
    Portfolio fromBytes = null;
    String refusal = null;
    try {
      fromBytes = JSON.read(document);
    } catch (CndJsonException e) {
      refusal = e.getMessage();
    }
    try {
      Portfolio fromFile = JSON.read(file);
      assertThat(fromFile).isEqualTo(fromBytes);
    } catch (CndJsonException e) {
      assertThat(e.getMessage()).isEqualTo(refusal);
    }
    assertThat(JSON.validate(file)).isEqualTo(JSON.validate(document));
    if (fromBytes != null) {
      JSON.write(fromBytes, file);
      assertThat(Files.readString(file)).isEqualTo(JSON.write(fromBytes));
      assertThat(JSON.read(file)).isEqualTo(fromBytes);
      try (var listing = Files.list(DIR)) {
        assertThat(listing).containsExactly(file);
      }
    }
  }
}
