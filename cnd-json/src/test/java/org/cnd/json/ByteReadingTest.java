package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cnd.core.Portfolio;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Byte arrays (and files) are read by Jackson's byte parser when they are well-formed UTF-8, and read again on the
 * character path when refused there: whatever the bytes, reading them gives what reading the same bytes as a stream
 * (always on the character path) gives, the same portfolio or the same problem, columns counted in characters.
 */
class ByteReadingTest {
  private static final CndJson STRICT = CndJson.create();
  private static final CndJson LENIENT = CndJson.builder().ignoreUnknownProperties(true).build();

  /** The outcome of reading: the portfolio, or the problem. */
  private static Object outcome(Supplier<Portfolio> read) {
    try {
      return read.get();
    } catch (CndJsonException e) {
      return e.problem();
    }
  }

  private static void sameAsAStream(CndJson json, byte[] bytes) {
    Object fromStream = outcome(() -> json.read(new ByteArrayInputStream(bytes)));
    Object fromBytes = outcome(() -> json.read(bytes));
    assertThat(fromBytes).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(fromStream);
  }

  private static void check(Portfolio p, MutatedDocumentTest.Mutation m1, MutatedDocumentTest.Mutation m2) {
    String text = MutatedDocumentTest.mutate(MutatedDocumentTest.mutate(STRICT.write(p), m1), m2);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sameAsAStream(STRICT, bytes);
    sameAsAStream(LENIENT, bytes);
  }

  @Test
  void mutatedDocumentsReadAsTheyDoFromAStream() {
    qt().withExamples(500).forAll(TestPortfolios.portfolios(), MutatedDocumentTest.mutations(),
        MutatedDocumentTest.mutations()).checkAssert(ByteReadingTest::check);
  }

  @Test
  void mutatedMethodologyDocumentsReadAsTheyDoFromAStream() {
    qt().withExamples(100).forAll(RoundTripTest.portfolios(), MutatedDocumentTest.mutations(),
        MutatedDocumentTest.mutations()).checkAssert(ByteReadingTest::check);
  }

  private static final String HEAD = "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1";

  // Numbers as BigDecimal with their scale, so that a number's text survives the tree (0.00 stays 0.00).
  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  // Every object's properties in reverse order, so that no name comes where the writer puts it.
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      Collections.reverse(properties);
      ObjectNode out = TREES.createObjectNode();
      properties.forEach(e -> out.set(e.getKey(), reversed(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = TREES.createArrayNode();
      node.forEach(element -> out.add(reversed(element)));
      return out;
    }
    return node;
  }

  // Property names are matched by the byte parser on the fast path; names it cannot match there (escaped, out of
  // order) must read the same.
  @Test
  void escapedAndReorderedPropertyNamesReadAsWritten() {
    qt().withExamples(100).forAll(RoundTripTest.portfolios()).checkAssert(p -> {
      String text = STRICT.write(p);
      String escaped = text.replace("\"id\":", "\"\\u0069d\":").replace("\"name\":", "\"n\\u0061me\":")
          .replace("\"clusters\":", "\"cluster\\u0073\":");
      String shuffled = TREES.writeValueAsString(reversed(TREES.readTree(text)));
      for (String doc : List.of(escaped, shuffled)) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(STRICT.read(bytes)).isEqualTo(p);
        sameAsAStream(STRICT, bytes);
      }
    });
  }

  @Test
  void duplicatePropertiesAreRefusedAtTheirPlace() {
    List<String> documents = List.of(
        HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"P\", \"name\": \"Q\"}]}",
        HEAD + ", \"people\": [], \"people\": []}",
        HEAD + ", \"formatVersion\": 1}",
        HEAD + ", \"clusters\": [{\"id\": \"c\", \"name\": \"Ré\", \"sector\": {\"name\": \"s\"}, "
            + "\"place\": {\"country\": \"PK\", \"country\": \"PK\"}}]}",
        HEAD + ", \"extra\": 1, \"extra\": 2}",
        HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"P\", \"x\": {\"a\": 1, \"a\": 2}}]}");
    for (String doc : documents) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      sameAsAStream(STRICT, bytes);
      sameAsAStream(LENIENT, bytes);
      assertThat(outcome(() -> STRICT.read(bytes))).as(doc).isInstanceOf(Problem.class);
    }
    CndJsonException lenient = org.assertj.core.api.Assertions.catchThrowableOfType(CndJsonException.class,
        () -> LENIENT.read(documents.get(5).getBytes(StandardCharsets.UTF_8)));
    assertThat(lenient.ruleId()).isEqualTo("json.duplicate-key");
  }

  @Test
  void columnsCountCharactersAfterMultiByteText() {
    String doc = HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"Ümit Çağlar 山田\", \"age\": 3}]}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    CndJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(CndJsonException.class,
        () -> STRICT.read(bytes));
    assertThat(e.ruleId()).isEqualTo("json.unknown-property");
    assertThat(e.column()).isEqualTo(doc.indexOf("\"age\"") + 1);
    sameAsAStream(STRICT, bytes);
  }

  @Test
  void validDocumentsWithMultiByteTextReadAlike() {
    String doc = HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"Ümit Çağlar 山田 \uD83D\uDE00\"}]}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(STRICT.read(bytes).people().get(0).name()).isEqualTo("Ümit Çağlar 山田 \uD83D\uDE00");
    sameAsAStream(STRICT, bytes);
    byte[] withBom = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8);
    assertThat(STRICT.read(withBom)).isEqualTo(STRICT.read(bytes));
  }
}
