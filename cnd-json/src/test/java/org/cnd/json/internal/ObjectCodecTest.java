package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
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
}
