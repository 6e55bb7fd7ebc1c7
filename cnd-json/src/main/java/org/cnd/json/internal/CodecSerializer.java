package org.cnd.json.internal;

import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Jackson's view of a {@link Codec} for writing.
 *
 * @param <T> the Java type
 */
public final class CodecSerializer<T> extends ValueSerializer<T> {
  private final Codec<T> codec;

  /** A serializer writing through the codec. */
  public CodecSerializer(Codec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    codec.write(g, value);
  }

  /** Writes no type information, whatever the mapper's typing: the format never carries Java class names. */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext ctxt, TypeSerializer typeSer) {
    codec.write(g, value);
  }
}
