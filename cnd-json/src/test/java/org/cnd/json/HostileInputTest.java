package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.testing.CollidingIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Issue 16: inputs made to hurt, and disks that fail. */
class HostileInputTest {
  private static final CndJson JSON = CndJson.create();
  private static final String HEAD = "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1";

  @TempDir Path dir;

  private static String cluster(String id) {
    return "{\"id\": \"" + id + "\", \"name\": \"Cluster " + id + "\", \"sector\": {\"name\": \"Fans\"}, "
        + "\"place\": {\"country\": \"PK\"}}";
  }

  private static String clusters(List<String> ids) {
    StringBuilder out = new StringBuilder(HEAD).append(", \"clusters\": [");
    for (int i = 0; i < ids.size(); i++) {
      out.append(i == 0 ? "" : ",\n").append(cluster(ids.get(i)));
    }
    return out.append("]}").toString();
  }

  /** Finding 1: ids that all share String.hashCode (timing is JMH's, HashFloodBenchmarks; see TESTING.md). */
  @Test
  void twentyThousandCollidingClusterIdsReadAndValidate() {
    List<String> ids = CollidingIds.texts("c-", 20_000);
    DocumentReport report = JSON.validate(clusters(ids).getBytes(StandardCharsets.UTF_8));
    assertThat(report.isClean()).as(report.toString()).isTrue();
    Portfolio p = report.portfolio().orElseThrow();
    assertThat(p.clusters()).hasSize(20_000);
    assertThat(ids).allMatch(id -> p.contains(ClusterId.of(id)));
  }

  private static String unresolvedStudies(int count) {
    StringBuilder out = new StringBuilder(HEAD).append(", \"diagnosticStudies\": [");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",\n").append("{\"id\": \"s-").append(i).append("\", \"cluster\": \"nowhere\"}");
    }
    return out.append("]}").toString();
  }

  /** Finding 2: a report keeps at most maxProblems problems and counts the rest. */
  @Test
  void aReportKeepsTheFirstThousandProblemsAndCountsTheRest() {
    String doc = unresolvedStudies(1500);
    DocumentReport all = JSON.toBuilder().maxProblems(Integer.MAX_VALUE).build().validate(doc);
    DocumentReport capped = JSON.validate(doc);
    assertThat(all.problems()).hasSizeGreaterThanOrEqualTo(1500);
    assertThat(capped.problems()).hasSize(CndJson.DEFAULT_MAX_PROBLEMS)
        .isEqualTo(all.problems().subList(0, CndJson.DEFAULT_MAX_PROBLEMS));
    assertThat(capped.omitted()).isEqualTo(all.problems().size() - CndJson.DEFAULT_MAX_PROBLEMS);
    assertThat(capped.omittedErrors()).isEqualTo(capped.omitted());
    assertThat(capped.isValid()).isFalse();
    assertThat(capped.toString()).endsWith("... and " + capped.omitted() + " more problems not shown\n");
    DocumentReport ten = JSON.toBuilder().maxProblems(10).build().validate(doc);
    assertThat(ten.problems()).hasSize(10);
    assertThat(ten.omitted()).isEqualTo(all.problems().size() - 10);
    assertThat(ten.toValidationReport().omitted()).isEqualTo(ten.omitted());
  }

  @Test
  void theTokenCountIsLimited() {
    CndJson few = JSON.toBuilder().maxTokenCount(50).build();
    assertThat(few.maxTokenCount()).isEqualTo(50);
    assertThatThrownBy(() -> few.read(unresolvedStudies(20))).isInstanceOfSatisfying(CndJsonException.class, e -> {
      assertThat(e.problem().violation().ruleId()).isEqualTo("json.size-limit");
      assertThat(e.getMessage()).contains("Too many JSON tokens: expected at most 50");
    });
    assertThat(few.read(unresolvedStudies(1)).diagnosticStudies()).hasSize(1);
  }

  /** Finding 10: the parser's count of a long string is where it stopped, a lower bound. */
  @Test
  void aStringOverTheLimitIsReportedWithALowerBoundNotAWrongLength() {
    CndJson small = JSON.toBuilder().maxStringLength(1000).build();
    String doc = clusters(List.of("a")).replace("Cluster a", "x".repeat(100_000));
    assertThatThrownBy(() -> small.read(doc)).isInstanceOfSatisfying(CndJsonException.class, e -> {
      assertThat(e.problem().violation().ruleId()).isEqualTo("json.string-limit");
      assertThat(e.getMessage()).containsPattern("found at least \\d+").doesNotContain("found 100000");
    });
  }

  /** Finding 10: text.blank quoted the whole text. */
  @Test
  void aLongBlankTextIsCountedNotQuoted() {
    String doc = clusters(List.of("a")).replace("Cluster a", " ".repeat(500_000));
    assertThatThrownBy(() -> JSON.read(doc)).isInstanceOfSatisfying(CndJsonException.class, e -> {
      assertThat(e.problem().violation().ruleId()).isEqualTo("text.blank");
      assertThat(e.getMessage()).hasSizeLessThan(400).contains("500000 characters");
    });
  }

  /** Finding 3: five million tiny strings held five million String objects, 12 times the document's bytes. */
  @Test
  void repeatedShortStringsShareOneInstance() {
    String many = String.join(", ", java.util.Collections.nCopies(10_000, "\"a\""));
    String doc = clusters(List.of("a")).replace("\"country\": \"PK\"", "\"country\": \"PK\", \"localities\": [" + many + "]");
    List<String> localities = JSON.read(doc.getBytes(StandardCharsets.UTF_8)).clusters().get(0).place().localities();
    assertThat(localities).hasSize(10_000).allMatch(l -> l == localities.get(0));
    String longText = "x".repeat(100);
    String longDoc = clusters(List.of("a")).replace("\"country\": \"PK\"",
        "\"country\": \"PK\", \"localities\": [\"" + longText + "\", \"" + longText + "\"]");
    List<String> two = JSON.read(longDoc).clusters().get(0).place().localities();
    assertThat(two.get(0)).isEqualTo(two.get(1)).isNotSameAs(two.get(1));
  }

  // --- writes that never lose a file ---------------------------------------------------------------------------

  private static Portfolio small() {
    return JSON.read(clusters(List.of("a", "b")));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  /** Finding 4: a write that fails half-way leaves the old file whole and no temporary file. */
  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAsItWas() throws IOException {
    Path target = dir.resolve("portfolio.json");
    JSON.write(small(), target);
    byte[] before = Files.readAllBytes(target);
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("{\"format\": \"cnd-port".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    })).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(target.toString()).hasMessageContaining("No space left on device");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aPortfolioWriteThatFailsInItsStreamLeavesTheOldFileAsItWas() throws IOException {
    Path target = dir.resolve("portfolio.json");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> JSON.write(small(), new FailingAfter(out, 100))))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(target.toString());
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(files()).containsExactly(target);
  }

  /**
   * Finding 4: the new file is moved over the old one, never written into it, so that whoever has the old file open
   * keeps reading it whole (a write in place truncated it under the reader).
   */
  @Test
  void aReaderOfTheOldFileKeepsItWhole() throws IOException {
    Path target = dir.resolve("portfolio.json");
    Files.writeString(target, "old content, read by someone else while the file is replaced");
    byte[] before = Files.readAllBytes(target);
    try (InputStream reader = Files.newInputStream(target)) {
      JSON.write(small(), target);
      assertThat(reader.readAllBytes()).isEqualTo(before);
    }
    assertThat(Files.readString(target)).isEqualTo(JSON.write(small()));
  }

  @Test
  void aWriteReplacesTheFileWhole() throws IOException {
    Path target = dir.resolve("portfolio.json");
    Files.writeString(target, "old and longer than nothing");
    JSON.write(small(), target);
    assertThat(Files.readString(target)).isEqualTo(JSON.write(small()));
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aWriteIntoAMissingDirectoryNamesThePath() {
    Path target = dir.resolve("missing").resolve("portfolio.json");
    assertThatThrownBy(() -> JSON.write(small(), target)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(target.toString());
  }

  /** Passes the first bytes, then fails as a full disk does. */
  private static final class FailingAfter extends OutputStream {
    private final OutputStream out;
    private int left;

    FailingAfter(OutputStream out, int bytes) {
      this.out = out;
      this.left = bytes;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("No space left on device");
      }
      out.write(b);
    }
  }

  // --- reading files of every kind -----------------------------------------------------------------------------

  /** Finding 7 of the issue: /dev/zero has size 0 and no end. */
  @Test
  void readingAnEndlessDeviceIsBounded() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.isReadable(zero)).as("/dev/zero").isTrue();
    assertThatThrownBy(() -> JSON.toBuilder().maxDocumentLength(1000).build().read(zero))
        .isInstanceOf(CndJsonException.class);
  }

  /**
   * Finding 7: a pipe, which has no size, is read only up to the size limit. The writer offers 10 MB (so that the
   * test also ends on a reader that reads everything) and counts what the reader took: the limit, a buffer and what
   * the pipe holds, not the 10 MB.
   */
  @Test
  void readingAnEndlessPipeStopsAtTheSizeLimit() throws Exception {
    Path fifo = dir.resolve("pipe");
    try {
      assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    } catch (IOException noMkfifo) {
      assumeThat(noMkfifo).as("mkfifo").isNull();
    }
    AtomicLong written = new AtomicLong();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write('{');
        byte[] spaces = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        while (written.get() < 10_000_000) {
          out.write(spaces);
          written.addAndGet(spaces.length);
        }
      } catch (IOException closedByTheReader) {
        // the reader stopped, as it should
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThatThrownBy(() -> JSON.toBuilder().maxDocumentLength(100_000).build().read(fifo))
        .isInstanceOfSatisfying(CndJsonException.class,
            e -> assertThat(e.problem().violation().ruleId()).isEqualTo("json.size-limit"));
    writer.join(10_000);
    assertThat(written.get()).as("bytes the reader took from the pipe").isLessThan(1_000_000);
  }

  @Test
  void aSymbolicLinkLoopIsReportedAsOne() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    try {
      Files.createSymbolicLink(a, b);
      Files.createSymbolicLink(b, a);
    } catch (UnsupportedOperationException | IOException noLinks) {
      assumeThat(noLinks).as("symbolic links").isNull();
    }
    for (Runnable read : List.<Runnable>of(() -> JSON.read(a), () -> JSON.validate(a))) {
      assertThatThrownBy(read::run).isInstanceOf(UncheckedIOException.class)
          .satisfies(e -> assertThat(e.getCause()).isInstanceOf(FileSystemException.class)
              .isNotInstanceOf(NoSuchFileException.class))
          .hasMessageContaining(a.toString()).hasMessageContaining("symbolic link");
    }
  }

  // --- lone surrogates -----------------------------------------------------------------------------------------

  @Test
  void aLoneSurrogateIsRefusedWithItsOwnRule() {
    for (String lone : List.of("\\ud800", "x\\udc00y", "\\ud800\\ud800\\udc00")) {
      String doc = clusters(List.of("a")).replace("Cluster a", lone);
      for (Runnable read : List.<Runnable>of(() -> JSON.read(doc),
          () -> JSON.read(doc.getBytes(StandardCharsets.UTF_8)), () -> JSON.read(new StringReader(doc)))) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(CndJsonException.class, e -> {
          assertThat(e.problem().violation().ruleId()).isEqualTo("json.lone-surrogate");
          assertThat(e.problem().violation().path()).isEqualTo("/clusters/0/name");
        });
      }
    }
    assertThat(JSON.read(clusters(List.of("a")).replace("Cluster a", "\\ud83d\\ude00")).clusters().get(0).name())
        .isEqualTo("\uD83D\uDE00");
  }

  private static Gen<String> texts() {
    Gen<Character> chars = SourceDSL.integers().between(0, 9).zip(SourceDSL.integers().between(0, 0xFFFF),
        (kind, code) -> (char) switch (kind) {
          case 0 -> 0xD800 + code % 0x800;
          case 1 -> code % 0x20;
          case 2 -> "\"\\/".charAt(code % 3);
          default -> code;
        });
    Gen<String> astral = SourceDSL.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    Gen<String> pieces = SourceDSL.integers().between(0, 2).zip(chars, astral,
        (k, c, a) -> k == 0 ? a : String.valueOf(c));
    return SourceDSL.lists().of(pieces).ofSizeBetween(0, 12).map(l -> "n" + String.join("", l));
  }

  /** Finding 8: the text writer and the byte writer give the same bytes, whatever the text. */
  @Test
  void theTextAndByteWritersAgreeByteForByte() {
    qt().withExamples(300).forAll(texts()).checkAssert(name -> {
      Portfolio p = Portfolio.builder().addClusters(Cluster.builder().id(ClusterId.of("a")).name(name)
          .sector(Sector.of("Fans")).place(Place.builder().country(CountryCode.of("PK")).build()).build()).build();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(p, bytes);
      assertThat(JSON.write(p).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes.toByteArray());
    });
  }

  // --- the symbol table's collision guard ----------------------------------------------------------------------

  /**
   * 2<sup>blocks</sup> property names of {@code blocks} two-character blocks, each {@code zero} or {@code one} by
   * the bits of the name's number: "Aa" and "B@" collide in Jackson's character symbol table (hash * 33 + c).
   */
  private static String manyNames(int blocks, String zero, String one) {
    StringBuilder out = new StringBuilder(HEAD);
    for (int n = 0; n < 1 << blocks; n++) {
      out.append(", \"");
      for (int b = blocks - 1; b >= 0; b--) {
        out.append((n >> b & 1) == 0 ? zero : one);
      }
      out.append("\": 0");
    }
    return out.append('}').toString();
  }

  private void readAlikeOnEveryPath(String doc) throws IOException {
    CndJson lenient = JSON.toBuilder().ignoreUnknownProperties(true).build();
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("names.json");
    Files.write(file, bytes);
    List<Portfolio> read = new ArrayList<>();
    read.add(lenient.read(doc));
    read.add(lenient.read(bytes));
    read.add(lenient.read(new StringReader(doc)));
    read.add(lenient.read(new ByteArrayInputStream(bytes)));
    read.add(lenient.read(file));
    assertThat(read).allMatch(p -> p.equals(Portfolio.builder().build()));
    assertThat(lenient.validate(doc).isClean()).isTrue();
    assertThat(lenient.validate(bytes).isClean()).isTrue();
  }

  /**
   * Finding 9: with Jackson's guard on, the character reader refused 4,096 names colliding in its table ("Longest
   * collision chain in symbol table ... exceeds maximum, 150") while the byte reader read them. With the guard off the
   * character table stops sharing names once a bucket has overflowed twice, so reading stays linear (TESTING.md,
   * "Hostile input", has the measurement), and every path reads the document.
   */
  @Test
  void propertyNamesMadeToCollideReadAlikeOnEveryPath() throws IOException {
    readAlikeOnEveryPath(manyNames(12, "Aa", "B@"));
  }
}
