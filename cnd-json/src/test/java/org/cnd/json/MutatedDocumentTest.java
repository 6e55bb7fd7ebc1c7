package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cnd.core.Portfolio;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever is done to a valid document, reading it gives a portfolio or a {@link CndJsonException} with a rule, a
 * path and a location: never another exception, never a half-built portfolio. And whatever the strict reader
 * accepts, the schema accepts too.
 */
class MutatedDocumentTest {
  private static final CndJson JSON = CndJson.create();
  private static final CndJson LENIENT = CndJson.builder().ignoreUnknownProperties(true).build();
  static final List<String> SNIPPETS = List.of("null", "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-1",
      "1e999", "1.5", "true", "\"x\"", "{}", "[]", "\"id\": \"x\"", "\uD800", "é", "\u0000", " ", "\"format\": 1",
      "\"formatVersion\": 2", "\"name\": \"\"", "\"kind\": \"zz\"", "\"@class\": \"java.lang.Object\"",
      "\"number\": 1e40", "\"text\": \"x\"", "\"phase\": \"exit\"", "\"date\": \"2099\"", "\"version\": 0");

  /** A mutation: where, how much, and with what. */
  record Mutation(int kind, int at, int length, String snippet) {}

  static Gen<Mutation> mutations() {
    return integers().between(0, 4).zip(integers().between(0, 100_000), integers().between(1, 40),
        Generate.pick(SNIPPETS), Mutation::new);
  }

  static String mutate(String text, Mutation m) {
    int at = m.at() % (text.length() + 1);
    int end = Math.min(text.length(), at + m.length());
    switch (m.kind()) {
      case 0:
        return text.substring(0, at) + text.substring(end);
      case 1:
        return text.substring(0, at) + m.snippet() + text.substring(at);
      case 2:
        return text.substring(0, at) + m.snippet() + text.substring(end);
      case 3:
        return text.substring(0, at);
      default:
        return text.substring(0, end) + text.substring(at);
    }
  }

  private static void readsOrRefusesCleanly(CndJson json, String text) {
    for (Object input : new Object[] {text, text.getBytes(StandardCharsets.UTF_8)}) {
      try {
        Portfolio p = input instanceof String s ? json.read(s) : json.read((byte[]) input);
        assertThat(p).isNotNull();
        assertThat(json.read(json.write(p))).isEqualTo(p);
      } catch (CndJsonException e) {
        assertThat(e.ruleId()).isNotBlank();
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.violation().message()).isNotBlank();
      }
    }
    DocumentReport report = json.validate(text);
    assertThat(report.isReadable() || report.problems().size() == 1).isTrue();
  }

  @Test
  void anyMutationReadsOrIsRefusedWithTheModulesException() {
    qt().withExamples(1000).forAll(TestPortfolios.portfolios(), mutations(), mutations())
        .checkAssert(MutatedDocumentTest::check);
  }

  @Test
  void anyMutationOfAMethodologyDocumentReadsOrIsRefusedWithTheModulesException() {
    // Larger documents, fewer of them: the same laws over every methodology type.
    qt().withExamples(200).forAll(RoundTripTest.portfolios(), mutations(), mutations())
        .checkAssert(MutatedDocumentTest::check);
  }

  private static void check(Portfolio p, Mutation first, Mutation second) {
    String text = mutate(mutate(JSON.write(p), first), second);
    readsOrRefusesCleanly(JSON, text);
    readsOrRefusesCleanly(LENIENT, text);
    if (JSON.validate(text).isReadable()) {
      // The schema is never stricter than the reader: what the reader accepts, the schema accepts.
      assertThat(SchemaSupport.errors(text)).as(text).isEmpty();
    }
  }
}
