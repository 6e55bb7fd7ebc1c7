package org.cnd.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/**
 * Reads integers as JSON Schema counts them: any JSON number with no fractional part ({@code 400}, and also
 * {@code 400.0}), so that the reader and the schema agree on what an integer is.
 */
final class Integers {
  private static final String EXPECTED = "an integer";

  private Integers() {}

  /**
   * The integer the parser is on.
   *
   * @return the value, or {@code null} when it is an integer outside the range of {@code long}
   * @throws org.cnd.json.CndJsonException ({@code json.type}) when the token is not a number with no fraction
   */
  static Long read(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getNumberType() == NumberType.BIG_INTEGER ? null : p.getLongValue();
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value;
      try {
        value = new BigDecimal(p.getString());
      } catch (NumberFormatException e) {
        throw Errors.wrongType(p, EXPECTED);
      }
      // Compare magnitudes before converting, so that 1e999999999 costs nothing.
      if (value.signum() != 0 && value.precision() - value.scale() > 19) {
        return null;
      }
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() > 0) {
        throw Errors.wrongType(p, EXPECTED);
      }
      try {
        return stripped.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    throw Errors.wrongType(p, EXPECTED);
  }
}
