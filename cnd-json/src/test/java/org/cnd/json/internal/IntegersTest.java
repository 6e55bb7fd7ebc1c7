package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Whole numbers are read however they are written (1, 1.0, 1e3), as null when beyond {@code long}, and refused
 * when they have a fraction or are no number.
 */
class IntegersTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static Long read(String number) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), number)) {
      p.nextToken();
      return Integers.read(p);
    }
  }

  @Test
  void wholeNumbersAreReadInEveryNotation() {
    assertThat(read("42")).isEqualTo(42L);
    assertThat(read("-7")).isEqualTo(-7L);
    assertThat(read("42.0")).isEqualTo(42L);
    assertThat(read("4.2e1")).isEqualTo(42L);
    assertThat(read("0.0")).isEqualTo(0L);
    assertThat(read("0e99999")).isEqualTo(0L);
    assertThat(read("9223372036854775807.0")).isEqualTo(Long.MAX_VALUE);
    assertThat(read("-9223372036854775808.0")).isEqualTo(Long.MIN_VALUE);
    // 19 digits before the point, as long.MAX has: still read when it fits.
    assertThat(read("1000000000000000000.0")).isEqualTo(1_000_000_000_000_000_000L);
  }

  @Test
  void numbersBeyondLongAreNull() {
    assertThat(read("9223372036854775808")).isNull();
    assertThat(read("9223372036854775808.0")).isNull();
    assertThat(read("9999999999999999999.0")).isNull();
    assertThat(read("1e19")).isNull();
    assertThat(read("1e999999999")).isNull();
    assertThat(read("-1e20")).isNull();
  }

  @Test
  void fractionsAndOtherTokensAreTheWrongType() {
    for (String document : new String[] {"1.5", "1e-1", "\"1\"", "true"}) {
      CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> read(document));
      assertThat(e).as(document).isNotNull();
      assertThat(e.ruleId()).isEqualTo("json.type");
      assertThat(e.violation().message()).startsWith("Wrong type: expected ");
    }
  }
}
