package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class EscapeTest {
  /** Text of any UTF-16 code units, control characters and lone surrogates included. */
  private static final Gen<String> TEXT = SourceDSL.strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 40);

  private static boolean safe(int c) {
    return !(c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate((char) c));
  }

  @Test
  void escapedTextHasNoControlCharacterAndNoLoneSurrogate() {
    qt().withExamples(2000).forAll(TEXT).checkAssert(s -> {
      String escaped = Escape.text(s);
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
        assertThat(Escape.text(s)).isSameAs(s));
    assertThat(Escape.text("Mekelle \uD83E\uDDF5 é")).isEqualTo("Mekelle \uD83E\uDDF5 é");
  }

  @Test
  void controlCharactersBecomeEscapes() {
    assertThat(Escape.text("a\nb\rc\td\u001b[2Ke\u007f\u009b\u2028\u202e\uD800"))
        .isEqualTo("a\\nb\\rc\\td\\u001b[2Ke\\u007f\\u009b\\u2028\\u202e\\ud800");
  }
}
