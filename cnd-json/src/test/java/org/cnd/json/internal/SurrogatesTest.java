package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lone surrogates are found where they are, and written as escapes among text written as Jackson writes it. */
class SurrogatesTest {
  @Test
  void theFirstLoneSurrogateIsFoundByItsIndex() {
    assertThat(Surrogates.firstLone("plain")).isEqualTo(-1);
    assertThat(Surrogates.firstLone("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(Surrogates.firstLone("ab\uD800")).isEqualTo(2);
    assertThat(Surrogates.firstLone("ab\uD800c")).isEqualTo(2);
    assertThat(Surrogates.firstLone("abc\uDC00\uD800")).isEqualTo(3);
    assertThat(Surrogates.firstLone("\uD83D\uDE00\uDE00")).isEqualTo(2);
  }

  @Test
  void quotingEscapesLoneSurrogatesControlsQuotesAndBackslashes() {
    assertThat(Surrogates.quoted("")).isEqualTo("\"\"");
    assertThat(Surrogates.quoted("a b")).isEqualTo("\"a b\"");
    assertThat(Surrogates.quoted("\"q\" \\ /")).isEqualTo("\"\\\"q\\\" \\\\ /\"");
    assertThat(Surrogates.quoted("\n\r\t\b\f\u0000\u001F")).isEqualTo("\"\\n\\r\\t\\b\\f\\u0000\\u001F\"");
    assertThat(Surrogates.quoted("x\uD800y\uDC00")).isEqualTo("\"x\\uD800y\\uDC00\"");
    assertThat(Surrogates.quoted("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(Surrogates.quoted("\uD83D")).isEqualTo("\"\\uD83D\"");
    assertThat(Surrogates.quoted("é~\u007F")).isEqualTo("\"é~\u007F\"");
  }
}
