package org.cnd.json;

import java.util.HashMap;
import java.util.Map;
import org.cnd.json.internal.Codec;
import org.cnd.json.internal.CodecDeserializer;
import org.cnd.json.internal.CodecSerializer;
import org.cnd.json.internal.PackageVersion;
import org.cnd.json.internal.ReadOptions;
import org.cnd.json.internal.Registry;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the CND format: maps every type of the core (the {@link org.cnd.core.Portfolio} root,
 * its entities, their values, identifiers and codes) to the format described in {@code FORMAT.md}.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new CndModule())}, or let {@code findAndAddModules()}
 * find it through the service loader. The types are mapped by hand-written serializers and deserializers that call
 * the core's public builders; the core carries no Jackson annotation. Reading is strict: unknown properties,
 * {@code null}, wrong types, unknown codes and missing properties are refused with a {@link CndJsonException}
 * naming the rule, the JSON Pointer path and the line and column. Type information in the input never chooses a
 * Java class, even on a mapper with default typing.
 *
 * <p>Failures of the parser itself (malformed JSON, duplicate keys, the mapper's stream-read constraints) reach a
 * mapper's caller as Jackson's own exceptions; {@link CndJson} translates them into {@link CndJsonException} as
 * well, enforces its limits, and is the simpler way to read and write whole documents.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CndModule extends JacksonModule {
  private final boolean ignoreUnknownProperties;

  /** The strict module: unknown properties are refused. The service loader uses this constructor. */
  public CndModule() {
    this(false);
  }

  private CndModule(boolean ignoreUnknownProperties) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
  }

  /**
   * This module, set to skip properties the format does not define instead of refusing them (as a reader of an
   * older library version may want for documents written by a newer one).
   */
  public CndModule withUnknownPropertiesIgnored(boolean ignore) {
    return ignore == ignoreUnknownProperties ? this : new CndModule(ignore);
  }

  /** Whether unknown properties are skipped rather than refused. */
  public boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  @Override
  public String getModuleName() {
    return "cnd";
  }

  /** The version of this library, recorded at build time (on the class path as on the module path). */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    ReadOptions options = new ReadOptions(ignoreUnknownProperties);
    SimpleSerializers serializers = new SimpleSerializers();
    Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
    for (Codec<?> codec : Registry.ALL) {
      register(codec, options, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(new SimpleDeserializers(deserializers));
  }

  private static <T> void register(
      Codec<T> codec, ReadOptions options, SimpleSerializers serializers, Map<Class<?>, ValueDeserializer<?>> deserializers) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
    deserializers.put(codec.type(), new CodecDeserializer<>(codec, options));
  }

  @Override
  public String toString() {
    return "CndModule" + (ignoreUnknownProperties ? "[unknown properties ignored]" : "");
  }
}
