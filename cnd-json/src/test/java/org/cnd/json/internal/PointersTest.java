package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A JSON Pointer token names an array index only when it is up to nine decimal digits. */
class PointersTest {
  @Test
  void indexesAreDecimalDigits() {
    assertThat(Pointers.index("0")).isEqualTo(0);
    assertThat(Pointers.index("7")).isEqualTo(7);
    assertThat(Pointers.index("12")).isEqualTo(12);
    assertThat(Pointers.index("999999999")).isEqualTo(999_999_999);
  }

  @Test
  void otherTokensAreNoIndex() {
    assertThat(Pointers.index("")).isEqualTo(-1);
    assertThat(Pointers.index("1000000000")).isEqualTo(-1);
    assertThat(Pointers.index("clusters")).isEqualTo(-1);
    assertThat(Pointers.index("1a")).isEqualTo(-1);
    assertThat(Pointers.index("-1")).isEqualTo(-1);
    assertThat(Pointers.index("/")).isEqualTo(-1);
    assertThat(Pointers.index(":")).isEqualTo(-1);
  }
}
