package org.cnd.json;

import java.lang.module.ModuleDescriptor;
import java.util.HashMap;
import java.util.Map;
import org.cnd.json.internal.Codec;
import org.cnd.json.internal.CodecDeserializer;
import org.cnd.json.internal.CodecSerializer;
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

  /** The version of this library, as its module descriptor records it. */
  @Override
  public Version version() {
    Module module = CndModule.class.getModule();
    ModuleDescriptor descriptor = module.getDescriptor();
    if (descriptor == null || descriptor.version().isEmpty()) {
      return Version.unknownVersion();
    }
    return parse(descriptor.version().get().toString());
  }

  private static Version parse(String text) {
    String[] main = text.split("-", 2);
    String[] parts = main[0].split("\\.");
    try {
      int major = parts.length > 0 ? Integer.parseInt(parts[0]) : 0;
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
      return new Version(major, minor, patch, main.length > 1 ? main[1] : null, "org.cnd", "cnd-json");
    } catch (NumberFormatException e) {
      return Version.unknownVersion();
    }
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
