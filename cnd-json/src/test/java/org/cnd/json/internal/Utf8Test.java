package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link Utf8#isWellFormed} judges bytes exactly as the platform's strict UTF-8 decoder does. */
class Utf8Test {
  // The bytes where UTF-8's rules change, and a few ordinary ones.
  private static final List<Integer> EDGES = List.of(0x00, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
      0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF);

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Gen<byte[]> bytes() {
    Gen<Integer> oneByte = Generate.pick(EDGES).mix(integers().between(0, 255), 30).mix(Generate.constant(0x61), 30);
    return lists().of(oneByte).ofSizeBetween(0, 24).map(list -> {
      byte[] b = new byte[list.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (int) list.get(i);
      }
      return b;
    });
  }

  @Test
  void agreesWithThePlatformsDecoder() {
    qt().withExamples(50_000).forAll(bytes()).checkAssert(b -> assertThat(Utf8.isWellFormed(b)).isEqualTo(decodes(b)));
  }

  @Test
  void agreesOnEveryTextTheWriterCanProduce() {
    qt().withExamples(5_000).forAll(integers().between(0, 0x10FFFF)).checkAssert(cp -> {
      String text = "ab" + new String(Character.toChars(cp)) + "cdefghij";
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8.isWellFormed(b)).as(Integer.toHexString(cp)).isEqualTo(decodes(b));
    });
  }

  @Test
  void checksSequencesThatCrossTheEightByteSteps() {
    byte[] ascii = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    for (int at = 0; at < ascii.length; at++) {
      byte[] b = ascii.clone();
      b[at] = (byte) 0xC3; // a lead byte whose continuation is ASCII: malformed wherever it is
      assertThat(Utf8.isWellFormed(b)).as("at " + at).isFalse();
    }
    assertThat(Utf8.isWellFormed("0123456é".getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void recognisesTheByteOrderMark() {
    assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'})).isTrue();
    assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB})).isFalse();
    assertThat(Utf8.startsWithByteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isTrue();
    assertThat(Utf8.startsWithByteOrderMark("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
