package org.cnd.json.internal;

import java.util.Objects;
import java.util.function.Function;
import org.cnd.core.validation.RuleViolationException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A value written as a JSON string in its text form: identifiers, partial dates and ranges, country and currency
 * codes, plain text. The core's parse function checks the text; its violation surfaces at the string's path.
 *
 * @param <T> the Java type
 */
public final class TextCodec<T> implements Codec<T> {
  private final Class<T> type;
  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, String> format;

  private TextCodec(Class<T> type, String expected, Function<String, T> parse, Function<T, String> format) {
    this.type = Objects.requireNonNull(type, "type");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.parse = Objects.requireNonNull(parse, "parse");
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * A codec for a value with a text form.
   *
   * @param what what the string holds, for messages: {@code a partial date such as 2004-08}
   * @param parse the core's factory, which throws {@link RuleViolationException} for bad text
   * @param format the text form; must be read back by {@code parse} as an equal value
   */
  public static <T> TextCodec<T> of(Class<T> type, String what, Function<String, T> parse, Function<T, String> format) {
    return new TextCodec<>(type, "a string (" + what + ")", parse, format);
  }

  /** Plain text, kept as it is (the entity's own checks refuse blank text). */
  public static TextCodec<String> text() {
    return new TextCodec<>(String.class, "a string", Function.identity(), Function.identity());
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeString(format.apply(value));
  }

  @Override
  public T read(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Errors.wrongType(p, expected);
    }
    String text = p.getString();
    try {
      return parse.apply(text);
    } catch (RuleViolationException e) {
      throw Errors.at(e.violation().withPathPrefix(Errors.path(p)), p.currentTokenLocation());
    }
  }
}
