package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.cnd.core.Portfolio;
import org.junit.jupiter.api.Test;

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
