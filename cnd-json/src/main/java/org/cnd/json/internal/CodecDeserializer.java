package org.cnd.json.internal;

import java.util.Objects;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Jackson's view of a {@link Codec} for reading.
 *
 * @param <T> the Java type
 */
public final class CodecDeserializer<T> extends ValueDeserializer<T> {
  private final Codec<T> codec;
  private final ReadOptions options;

  /** A deserializer reading through the codec. */
  public CodecDeserializer(Codec<T> codec, ReadOptions options) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return codec.read(p, options);
  }

  /**
   * Reads the value as if no typing were configured: type information in the input never chooses a Java class,
   * even on a mapper with default typing.
   */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return codec.read(p, options);
  }

  /** Refuses {@code null}: the format never writes it, and an absent optional value is left out. */
  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw Errors.at(p, FormatRule.NULL, "Null: expected " + codec.expected());
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
