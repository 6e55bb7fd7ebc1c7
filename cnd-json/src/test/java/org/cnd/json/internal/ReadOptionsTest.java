package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Options without locations keep the handling of unknown properties. */
class ReadOptionsTest {
  @Test
  void unlocatedOptionsRecordNoLocationsAndKeepTheRest() {
    for (boolean ignore : new boolean[] {false, true}) {
      ReadOptions located = new ReadOptions(ignore);
      assertThat(located.located()).isTrue();
      ReadOptions unlocated = located.unlocated();
      assertThat(unlocated).isEqualTo(new ReadOptions(ignore, false));
      assertThat(unlocated.unlocated()).isSameAs(unlocated);
    }
  }
}
