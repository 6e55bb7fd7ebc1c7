package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.core.id.ClusterId;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/**
 * Values with a text form: how FORMAT.md and the schema name them, what a wrong value is told, how they are written
 * (lone surrogates escaped by both writers alike), and short repeated strings shared.
 */
class TextCodecTest {
  // Made anew for each test, not once in a static field: what is tested is the codec as made.
  private final TextCodec<ClusterId> cluster =
      TextCodec.of(ClusterId.class, "cluster id", "a cluster id such as sialkot-surgical", ClusterId::of, ClusterId::toString);

  @Test
  void aTextCodecIsNamedForTheDocumentsAndMessages() {
    assertThat(cluster.type()).isEqualTo(ClusterId.class);
    assertThat(cluster.schemaName()).isEqualTo("ClusterId");
    assertThat(cluster.docType()).isEqualTo("cluster id");
    assertThat(cluster.docTypes()).isEqualTo("cluster ids");
    assertThat(cluster.expected()).isEqualTo("a string (a cluster id such as sialkot-surgical)");
    TextCodec<String> text = TextCodec.text();
    assertThat(text.type()).isEqualTo(String.class);
    assertThat(text.schemaName()).isEqualTo("Text");
    assertThat(text.docType()).isEqualTo("text");
    assertThat(text.docTypes()).isEqualTo("text");
    assertThat(text.expected()).isEqualTo("a string");
  }

  @Test
  void aValueIsReadFromItsTextAndAnythingElseIsTheWrongType() {
    assertThat(CodecReading.read(cluster, "\"sialkot-surgical\"")).isEqualTo(ClusterId.of("sialkot-surgical"));
    assertThat(CodecReading.read(TextCodec.text(), "\"Sialkot\"")).isEqualTo("Sialkot");
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(cluster, "12"));
    assertThat(e.violation().message())
        .isEqualTo("Wrong type: expected a string (a cluster id such as sialkot-surgical), found the number 12");
  }

  @Test
  void aLoneSurrogateIsRefusedWhereItIs() {
    CndJsonException e = catchThrowableOfType(CndJsonException.class,
        () -> CodecReading.read(TextCodec.text(), "\"ab\\uD800c\""));
    assertThat(e.ruleId()).isEqualTo("json.lone-surrogate");
    assertThat(e.violation().message()).isEqualTo("Lone surrogate: expected Unicode text, where surrogates come in "
        + "pairs, found U+D800 alone at character 3 of 4");
  }

  @Test
  void bothWritersEscapeALoneSurrogateAnywhereInTheText() {
    for (String text : new String[] {"\uD800", "\uDC00ab", "a\uD800"}) {
      String escaped = Surrogates.quoted(text);
      assertThat(CodecReading.writeChars(TextCodec.text(), text)).as(text).isEqualTo(escaped);
      assertThat(CodecReading.writeBytes(TextCodec.text(), text)).as(text).isEqualTo(escaped);
    }
    assertThat(CodecReading.writeChars(cluster, ClusterId.of("sialkot-surgical"))).isEqualTo("\"sialkot-surgical\"");
  }

  @Test
  void aCodecWritingCharactersWritesWhatItsWriterPuts() {
    TextCodec<String> upper = TextCodec.text().writingChars(64, (value, options, into) -> {
      String u = value.toUpperCase(java.util.Locale.ROOT);
      u.getChars(0, u.length(), into, 0);
      return u.length();
    });
    assertThat(CodecReading.writeChars(upper, "abc")).isEqualTo("\"ABC\"");
    assertThat(upper.docType()).isEqualTo("text");
    assertThat(upper.expected()).isEqualTo("a string");
    assertThatThrownBy(() -> TextCodec.text().writingChars(65, (value, options, into) -> 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("At most 64 characters, found 65");
  }

  @Test
  void shortRepeatedStringsShareOneInstanceAndLongOnesAreKept() {
    String first = new String("k".repeat(32));
    assertThat(TextCodec.share(first)).isSameAs(first);
    assertThat(TextCodec.share(new String(first))).isSameAs(first);
    String longer = new String("k".repeat(33));
    assertThat(TextCodec.share(longer)).isSameAs(longer);
    assertThat(TextCodec.share(new String(longer))).isNotSameAs(longer).isEqualTo(longer);
  }
}
