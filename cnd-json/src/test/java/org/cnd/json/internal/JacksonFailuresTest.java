package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/**
 * What the parser refuses is told in the format's words: where the input ended, what closes it, which limit was
 * passed and by how much.
 */
class JacksonFailuresTest {
  private static final CndJson JSON = CndJson.create();
  // Unknown properties skipped: their values reach the parser's own checks, not the codecs'.
  private static final CndJson IGNORING = CndJson.builder().ignoreUnknownProperties(true).build();

  private static CndJsonException refusal(CndJson json, String document) {
    return catchThrowableOfType(CndJsonException.class, () -> json.read(document));
  }

  @Test
  void aDocumentEndingInsideAnObjectNeedsItsClosingBrace() {
    CndJsonException e = refusal(JSON, "{\"format\": \"cnd-portfolio\"");
    assertThat(e.ruleId()).isEqualTo("json.syntax");
    assertThat(e.violation().message()).isEqualTo("Truncated document: the input ends inside an object: expected "
        + "the rest of it and its closing '}'");
  }

  @Test
  void aDocumentEndingInsideAnArrayNeedsItsClosingBracket() {
    CndJsonException e = refusal(JSON, "{\"clusters\": [");
    assertThat(e.violation().message()).isEqualTo("Truncated document: the input ends inside an array: expected "
        + "the rest of it and its closing ']'");
    assertThat(e.path()).isEqualTo("/clusters");
  }

  @Test
  void aDocumentEndingInsideATopLevelStringNeedsItsQuote() {
    CndJsonException e = refusal(JSON, "\"cnd-portf");
    assertThat(e.violation().message()).isEqualTo("Truncated document: the input ends inside a value: expected "
        + "the rest of it and its closing quote or bracket");
  }

  @Test
  void aMissingCommaBetweenElementsNamesTheArrayAndWhatWasFound() {
    CndJsonException e = refusal(IGNORING, "{\"notes\": [1 2]}");
    assertThat(e.violation().message())
        .isEqualTo("Malformed JSON: expected a comma or ']' after an element of an array, found '2'");
  }

  @Test
  void aMissingCommaBetweenPropertiesNamesTheObjectAndWhatWasFound() {
    CndJsonException e = refusal(JSON, "{\"format\": \"cnd-portfolio\" \"formatVersion\": 1}");
    assertThat(e.violation().message())
        .isEqualTo("Malformed JSON: expected a comma or '}' after a property of an object, found '\"'");
  }

  @Test
  void otherComplaintsOfTheParserArePassedOnWithoutItsFeatureNames() {
    assertThat(JacksonFailures.inJsonWords("Unexpected end of stuff")).isEqualTo("Unexpected end of stuff");
    assertThat(JacksonFailures.inJsonWords("Illegal thing (JsonReadFeature.ALLOW_THING not enabled)"))
        .isEqualTo("Illegal thing");
    assertThat(JacksonFailures.inJsonWords("Illegal thing: enable `JsonReadFeature.ALLOW_THING` to allow"))
        .isEqualTo("Illegal thing");
    assertThat(JacksonFailures.inJsonWords("Illegal thing, see ALLOW_THING")).isEqualTo("not JSON");
    assertThat(JacksonFailures.inJsonWords("Illegal thing, see SomeFeature")).isEqualTo("not JSON");
  }

  @Test
  void nestingTooDeepSaysHowDeep() {
    CndJsonException e = refusal(IGNORING.toBuilder().maxNestingDepth(3).build(), "{\"a\": [[[[1]]]]}");
    assertThat(e.ruleId()).isEqualTo("json.depth-limit");
    assertThat(e.violation().message())
        .isEqualTo("Nesting too deep: expected objects and arrays nested at most 3 deep, found 4 levels");
  }

  @Test
  void aNumberTooLongSaysHowLong() {
    CndJsonException e = refusal(CndJson.builder().maxNumberLength(5).build(), "{\"formatVersion\": 12345678}");
    assertThat(e.ruleId()).isEqualTo("json.number-limit");
    assertThat(e.violation().message()).isEqualTo("Number too long: expected at most 5 characters, found 8");
  }

  @Test
  void aStringTooLongSaysItHoldsAtLeastTheCountReached() {
    CndJsonException e = refusal(CndJson.builder().maxStringLength(6).build(), "{\"format\": \"cnd-portfolio\"}");
    assertThat(e.ruleId()).isEqualTo("json.string-limit");
    assertThat(e.violation().message()).startsWith("String too long: expected at most 6 characters, found at least ");
  }

  @Test
  void aPropertyNameTooLongIsToldAsAName() {
    CndJsonException e = refusal(CndJson.builder().maxStringLength(5).build(), "{\"formatVersion\": 1}");
    assertThat(e.ruleId()).isEqualTo("json.string-limit");
    assertThat(e.violation().message()).startsWith("Property name too long: expected at most 5 characters, found ");
  }
}
