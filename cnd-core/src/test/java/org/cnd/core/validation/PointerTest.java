package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointerTest {
  @Test
  void buildsPointersFromTheRoot() {
    assertThat(Pointer.ROOT).isEmpty();
    assertThat(Pointer.of("clusters", 4, "place", "country")).isEqualTo("/clusters/4/place/country");
    assertThat(Pointer.of()).isEqualTo(Pointer.ROOT);
    assertThat(Pointer.append("/programmes/1", "funding", 0)).isEqualTo("/programmes/1/funding/0");
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    assertThat(Pointer.of("a/b", "m~n", "~1")).isEqualTo("/a~1b/m~0n/~01");
    assertThat(Pointer.of("")).isEqualTo("/");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Pointer.of("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Pointer.append(null, "a")).isInstanceOf(NullPointerException.class);
  }
}
