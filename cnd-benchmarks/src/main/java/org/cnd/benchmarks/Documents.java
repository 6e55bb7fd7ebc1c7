package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.cnd.json.CndJson;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The document every benchmark works on, at one scale: the synthetic portfolio's JSON bytes as the library writes
 * them. The states that need more ({@link Loaded}, {@link Records}) derive it from these bytes, so that each forked
 * JVM holds only what its benchmark uses.
 */
@State(Scope.Benchmark)
public class Documents {
  /** The number of clusters. */
  @Param({"1000", "10000", "100000"})
  public int clusters;

  /** The document. */
  public byte[] json;

  /** The library's reader and writer, strict, with its size limit raised for the largest documents. */
  public CndJson cnd;

  // The document of the last scale set up in this JVM: benchmarks run without a fork (the quick mode) share it.
  private static int lastClusters;
  private static byte[] lastJson;

  /** Generates the document, or takes it from the cache. */
  @Setup(Level.Trial)
  public void setUp() {
    cnd = library();
    json = document(clusters);
  }

  /**
   * The library as the benchmarks use it: the defaults (strict, pretty output), with the document size limit raised
   * from 64 MiB to 2 GiB so that the largest synthetic documents can be read.
   */
  public static CndJson library() {
    return CndJson.builder().maxDocumentLength(Integer.MAX_VALUE).build();
  }

  /** The document of the synthetic portfolio of this many clusters, as {@link #library()} writes it. */
  public static synchronized byte[] document(int clusters) {
    if (lastJson != null && lastClusters == clusters) {
      return lastJson;
    }
    Path cached = cacheFile(clusters);
    byte[] json;
    try {
      if (cached != null && Files.isRegularFile(cached)) {
        json = Files.readAllBytes(cached);
      } else {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        library().write(SyntheticPortfolio.generate(clusters), out);
        json = out.toByteArray();
        if (cached != null) {
          store(cached, json);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lastClusters = clusters;
    lastJson = json;
    return json;
  }

  // Generating 100,000 clusters and writing them takes longer than a benchmark's measurement, and every fork needs
  // them: forks run from the benchmarks jar share the document through a file, named after the jar's size and time,
  // so that a rebuilt jar (a changed generator or writer) never reads an old document. Run from classes (the tests),
  // nothing is cached.
  private static Path cacheFile(int clusters) {
    try {
      Path jar = Path.of(Documents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
      return Path.of(System.getProperty("java.io.tmpdir"), "cnd-benchmarks", key, "portfolio-" + clusters + ".json");
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static void store(Path file, byte[] json) throws IOException {
    Path dir = file.getParent();
    // Documents of older jars are deleted: they would never be read again.
    if (Files.isDirectory(dir.getParent())) {
      try (Stream<Path> keys = Files.list(dir.getParent())) {
        for (Path old : (Iterable<Path>) keys.filter(k -> !k.equals(dir))::iterator) {
          try (Stream<Path> files = Files.list(old)) {
            for (Path f : (Iterable<Path>) files::iterator) {
              Files.deleteIfExists(f);
            }
          }
          Files.deleteIfExists(old);
        }
      }
    }
    Files.createDirectories(dir);
    Path part = Files.createTempFile(dir, "portfolio-", ".part");
    Files.write(part, json);
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
