package org.cnd.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Reading and writing one value with a codec, as the codecs' tests do. */
final class CodecReading {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CodecReading() {}

  /** The value of the JSON text {@code json}, read by the codec. */
  static <T> T read(Codec<T> codec, String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return codec.read(p, new ReadOptions(false));
    }
  }

  /** The JSON text the codec writes for the value, through a character generator. */
  static <T> String writeChars(Codec<T> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(g, value);
    }
    return out.toString();
  }

  /** The JSON text the codec writes for the value, through a byte generator, decoded. */
  static <T> String writeBytes(Codec<T> codec, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(g, value);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
