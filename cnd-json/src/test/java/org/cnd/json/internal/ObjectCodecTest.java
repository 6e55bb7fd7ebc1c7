package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cnd.core.Portfolio;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Object codecs read the same with locations and without, from every kind of parser. Without locations, the parser
 * matches property names against the codec's as it reads them (the byte parser by their bytes, a character parser
 * by their text), also in a factory that does not intern the names it reads.
 */
class ObjectCodecTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonFactory NOT_INTERNING =
      JsonFactory.builder().disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
  private static final CndJson CND = CndJson.create();
  // As CndJson reads: with duplicate detection (the located path) and without (the byte fast path).
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static Portfolio read(JsonParser p, ReadOptions options) {
    try (p) {
      p.nextToken();
      return PortfolioCodec.PORTFOLIO.read(p, options);
    }
  }

  @Test
  void readsTheSameFromBytesAndCharactersWithAndWithoutLocations() {
    qt().withExamples(100).forAll(MethodologyGen.portfolios()).checkAssert(portfolio -> {
      String text = CND.write(portfolio);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (ReadOptions options : new ReadOptions[] {new ReadOptions(false), new ReadOptions(false).unlocated()}) {
        for (JsonFactory factory : new JsonFactory[] {FACTORY, NOT_INTERNING}) {
          assertThat(read(factory.createParser(ObjectReadContext.empty(), bytes), options)).isEqualTo(portfolio);
          assertThat(read(factory.createParser(ObjectReadContext.empty(), text), options)).isEqualTo(portfolio);
          assertThat(read(factory.createParser(ObjectReadContext.empty(), new StringReader(text)), options))
              .isEqualTo(portfolio);
        }
      }
    });
  }

  /**
   * Every document of the corpora (invalid, validate) and the examples: cnd-json's own, and those the fuzzer starts
   * from.
   */
  static Stream<Path> corpus() throws IOException {
    List<Path> documents = new ArrayList<>();
    for (Path folder : new Path[] {Path.of("src/test/resources/invalid"), Path.of("src/test/resources/validate"),
        Path.of("../cnd-fuzz/src/test/resources/org/cnd/fuzz/ReadFuzzTestInputs")}) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.getFileName().toString().endsWith(".json"))
            .filter(f -> !f.getFileName().toString().matches("(invalid|validate)-.*")).sorted().forEach(documents::add);
      }
    }
    assertThat(documents).hasSizeGreaterThan(80);
    return documents.stream();
  }

  /** What reading one document gave: the portfolio, or the refusal's rule, path and message. */
  private record Outcome(Portfolio portfolio, String rule, String path, String message) {}

  private static Outcome outcome(JsonFactory factory, byte[] bytes, ReadOptions options) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      p.nextToken();
      return new Outcome(PortfolioCodec.PORTFOLIO.read(p, options), null, null, null);
    } catch (CndJsonException e) {
      return new Outcome(null, e.ruleId(), e.path(), e.problem().message());
    } catch (JacksonException e) {
      // The parser's own refusals (syntax, malformed UTF-8): the same in both, whatever the codec does.
      return new Outcome(null, e.getClass().getName(), null, e.getOriginalMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void readsEveryCorpusDocumentToTheSameResultOrRefusalWithAndWithoutLocations(Path document) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonFactory factory : new JsonFactory[] {FACTORY, STRICT}) {
      Outcome located = outcome(factory, bytes, new ReadOptions(false));
      Outcome unlocated = outcome(factory, bytes, new ReadOptions(false).unlocated());
      assertThat(unlocated).as(document.toString()).isEqualTo(located);
      Outcome lenient = outcome(factory, bytes, new ReadOptions(true));
      assertThat(outcome(factory, bytes, new ReadOptions(true).unlocated())).as(document + ", unknown skipped")
          .isEqualTo(lenient);
    }
  }
}
