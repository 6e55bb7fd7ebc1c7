package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The readers the parser is given: strict UTF-8, a leading byte order mark dropped, and at most the document length
 * allowed, counted in the unit of the input.
 */
class InputsTest {
  private static String readAll(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[3];
    for (int n = in.read(buffer, 0, 3); n >= 0; n = in.read(buffer, 0, 3)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static Reader bytes(long max, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Inputs.fromBytes(new ByteArrayInputStream(b), max);
  }

  @Test
  void charactersUpToTheLimitAreReadAndOneMoreIsRefused() throws IOException {
    assertThat(readAll(Inputs.fromChars(new StringReader("12345"), 5))).isEqualTo("12345");
    assertThatThrownBy(() -> readAll(Inputs.fromChars(new StringReader("123456"), 5)))
        .isInstanceOf(Inputs.DocumentTooLargeException.class)
        .hasMessage("Document too large: expected at most 5 characters, found more")
        .satisfies(e -> {
          assertThat(((Inputs.DocumentTooLargeException) e).limit()).isEqualTo(5);
          assertThat(((Inputs.DocumentTooLargeException) e).unit()).isEqualTo("characters");
        });
  }

  @Test
  void bytesUpToTheLimitAreReadAndOneMoreIsRefusedInBytes() throws IOException {
    // "é" is two bytes: four bytes, three characters.
    assertThat(readAll(bytes(4, 'a', 0xC3, 0xA9, 'b'))).isEqualTo("aéb");
    assertThatThrownBy(() -> readAll(bytes(3, 'a', 0xC3, 0xA9, 'b')))
        .isInstanceOf(Inputs.DocumentTooLargeException.class)
        .hasMessage("Document too large: expected at most 3 bytes, found more")
        .satisfies(e -> {
          assertThat(((Inputs.DocumentTooLargeException) e).limit()).isEqualTo(3);
          assertThat(((Inputs.DocumentTooLargeException) e).unit()).isEqualTo("bytes");
        });
  }

  @Test
  void charactersAreReadOneByOneAndIntoAnOffset() throws IOException {
    Reader in = bytes(10, 'a', 'b');
    char[] buffer = new char[4];
    assertThat(in.read(buffer, 2, 2)).isEqualTo(2);
    assertThat(new String(buffer, 2, 2)).isEqualTo("ab");
    assertThat(in.read(buffer, 0, 4)).isEqualTo(-1);
    Reader one = Inputs.fromChars(new StringReader("xy"), 10);
    assertThat(one.read()).isEqualTo('x');
    assertThat(one.read()).isEqualTo('y');
    assertThat(one.read()).isEqualTo(-1);
  }

  @Test
  void aLeadingByteOrderMarkIsDroppedAndNotCounted() throws IOException {
    assertThat(readAll(Inputs.fromChars(new StringReader("\uFEFFabc"), 3))).isEqualTo("abc");
    assertThat(readAll(bytes(6, 0xEF, 0xBB, 0xBF, 'a', 'b', 'c'))).isEqualTo("abc");
    // Only the first: a later one is a character of the document.
    assertThat(readAll(Inputs.fromChars(new StringReader("a\uFEFF"), 3))).isEqualTo("a\uFEFF");
  }

  @Test
  void aByteOrderMarkReadAloneIsFollowedByTheNextCharacter() throws IOException {
    // A reader that hands over one character at a time: the mark alone, then the document.
    Reader slow = new Reader() {
      private final String text = "\uFEFFab";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (at == text.length()) {
          return -1;
        }
        buffer[offset] = text.charAt(at++);
        return 1;
      }

      @Override
      public void close() {}
    };
    Reader in = Inputs.fromChars(slow, 2);
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isEqualTo('b');
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void skippingCountsTowardsTheLimit() throws IOException {
    Reader in = Inputs.fromChars(new StringReader("abcdef"), 5);
    assertThat(in.skip(2)).isEqualTo(2);
    assertThat(in.skip(0)).isEqualTo(0);
    assertThat(in.read()).isEqualTo('c');
    assertThatThrownBy(() -> in.skip(10)).isInstanceOf(Inputs.DocumentTooLargeException.class);
    assertThat(Inputs.fromChars(new StringReader(""), 5).skip(3)).isEqualTo(0);
  }

  @Test
  void aBadByteIsReportedAfterTheGoodCharactersBeforeIt() throws IOException {
    Reader in = bytes(100, 'a', 'b', 0xFF, 'c');
    char[] buffer = new char[10];
    assertThat(in.read(buffer, 0, 10)).isEqualTo(2);
    assertThat(new String(buffer, 0, 2)).isEqualTo("ab");
    assertThatThrownBy(() -> in.read(buffer, 0, 10)).isInstanceOf(Inputs.MalformedUtf8Exception.class)
        .hasMessage("Malformed UTF-8: expected a document encoded in UTF-8, found the byte 0xFF, which is not a "
            + "UTF-8 sequence");
    // And again: the failure stays.
    assertThatThrownBy(() -> in.read(buffer, 0, 10)).isInstanceOf(Inputs.MalformedUtf8Exception.class);
  }

  @Test
  void aBadSequenceOfSeveralBytesNamesThemAll() {
    // 0xF0 0x9F 0x98 then 'a': a four-byte sequence cut short; the decoder reports the three bytes it began.
    assertThatThrownBy(() -> readAll(bytes(100, 0xF0, 0x9F, 0x98, 'a')))
        .isInstanceOf(Inputs.MalformedUtf8Exception.class)
        .hasMessage("Malformed UTF-8: expected a document encoded in UTF-8, found the bytes 0xF0 0x9F 0x98, which "
            + "are not a UTF-8 sequence");
  }

  @Test
  void aSequenceCutShortByTheEndIsNamedUpToTheEnd() {
    assertThatThrownBy(() -> readAll(bytes(100, 'a', 0xE2, 0x82)))
        .isInstanceOf(Inputs.MalformedUtf8Exception.class)
        .hasMessageContaining("found the bytes 0xE2 0x82, which are not");
  }

  @Test
  void aLongDocumentIsReadAcrossTheBuffer() throws IOException {
    String text = "é".repeat(10_000);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(Inputs.fromBytes(new ByteArrayInputStream(utf8), utf8.length))).isEqualTo(text);
  }
}
