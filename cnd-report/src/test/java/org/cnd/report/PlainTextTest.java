package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link PlainText}: escaping and counts. */
class PlainTextTest {
  /** Text of any UTF-16 code units, control characters and lone surrogates included. */
  private static final Gen<String> TEXT = SourceDSL.strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 40);

  private static boolean safe(int c) {
    return !(c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate((char) c));
  }

  @Test
  void escapedTextHasNoControlCharacterAndNoLoneSurrogate() {
    qt().withExamples(2000).forAll(TEXT).checkAssert(s -> {
      String escaped = PlainText.escape(s);
      for (int i = 0; i < escaped.length(); i++) {
        char c = escaped.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < escaped.length() && Character.isLowSurrogate(escaped.charAt(i + 1))) {
          i++;
          continue;
        }
        assertThat(safe(c)).as("U+%04X in %s", (int) c, escaped).isTrue();
      }
    });
  }

  @Test
  void safeTextIsUnchanged() {
    qt().withExamples(2000).forAll(TEXT.map(s -> s.codePoints().filter(c -> safe(c)).collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString())).checkAssert(s ->
        assertThat(PlainText.escape(s)).isSameAs(s));
    assertThat(PlainText.escape("Mekelle \uD83E\uDDF5 é")).isEqualTo("Mekelle \uD83E\uDDF5 é");
  }

  @Test
  void controlCharactersBecomeEscapes() {
    assertThat(PlainText.escape("a\nb\rc\td\u001b[2Ke\u007f\u009b\u2028\u202e\uD800"))
        .isEqualTo("a\\nb\\rc\\td\\u001b[2Ke\\u007f\\u009b\\u2028\\u202e\\ud800");
  }

  @Test
  void oneTakesTheSingularAndEveryOtherCountThePlural() {
    assertThat(PlainText.count(1, "report", "reports")).isEqualTo("1 report");
    assertThat(PlainText.count(0, "report", "reports")).isEqualTo("0 reports");
    assertThat(PlainText.count(2, "diagnostic study", "diagnostic studies")).isEqualTo("2 diagnostic studies");
    assertThat(PlainText.count(1, "person", "people")).isEqualTo("1 person");
    assertThat(PlainText.count(-1, "degree", "degrees")).isEqualTo("-1 degrees");
    assertThat(PlainText.count(12345, "firm", "firms")).isEqualTo("12345 firms");
  }

  @Test
  void theCountIsTheNumberInDigitsFollowedByTheNounWhateverTheNoun() {
    Gen<String> nouns = SourceDSL.strings().allPossible().ofLengthBetween(0, 12);
    qt().withExamples(500).forAll(SourceDSL.longs().all(), nouns, nouns).checkAssert((n, one, many) ->
        assertThat(PlainText.count(n, one, many)).isEqualTo(n + " " + (n == 1 ? one : many)));
  }
}
