package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Messages say what the parser is on, and quote texts up to 40 characters whole and longer ones cut. */
class ErrorsTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What {@link Errors#found} says after {@code tokens} tokens of the document. */
  private static String found(String document, int tokens) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      for (int i = 0; i < tokens; i++) {
        p.nextToken();
      }
      return Errors.found(p);
    }
  }

  @Test
  void theTokenFoundIsNamedAsJsonHasIt() {
    assertThat(found("{}", 0)).isEqualTo("the end of the document");
    assertThat(found("{}", 1)).isEqualTo("an object");
    assertThat(found("{}", 2)).isEqualTo("}");
    assertThat(found("[]", 1)).isEqualTo("an array");
    assertThat(found("[]", 2)).isEqualTo("]");
    assertThat(found("\"x\"", 1)).isEqualTo("the string \"x\"");
    assertThat(found("42", 1)).isEqualTo("the number 42");
    assertThat(found("-4.5e3", 1)).isEqualTo("the number -4.5e3");
    assertThat(found("true", 1)).isEqualTo("true");
    assertThat(found("false", 1)).isEqualTo("false");
    assertThat(found("null", 1)).isEqualTo("null");
    assertThat(found("{\"name\": 1}", 2)).isEqualTo("the property \"name\"");
  }

  @Test
  void aLongNumberIsCut() {
    String digits = "1".repeat(41);
    assertThat(found(digits, 1)).isEqualTo("the number " + "1".repeat(37) + "...");
    assertThat(found("1".repeat(40), 1)).isEqualTo("the number " + "1".repeat(40));
  }

  @Test
  void textsOfFortyCharactersAreQuotedWholeAndLongerOnesCutAndCounted() {
    String forty = "a".repeat(40);
    assertThat(Errors.quote(forty)).isEqualTo("\"" + forty + "\"");
    assertThat(Errors.quote(forty + "b")).isEqualTo("\"" + "a".repeat(37) + "...\" (41 characters)");
    assertThat(Errors.abbreviate(forty)).isEqualTo(forty);
    assertThat(Errors.abbreviate(forty + "b")).isEqualTo("a".repeat(37) + "...");
  }
}
