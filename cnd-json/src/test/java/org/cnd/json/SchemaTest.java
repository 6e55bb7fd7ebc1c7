package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnd.json.internal.Codec;
import org.cnd.json.internal.CodeCodec;
import org.cnd.json.internal.ObjectCodec;
import org.cnd.json.internal.Registry;
import org.cnd.json.internal.TextCodec;
import org.cnd.json.internal.ValueCodecs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schema agrees with the codecs: same objects, properties, required properties, codes. */
class SchemaTest {
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(CndJson.schema());
  private static final JsonNode DEFS = SCHEMA.get("$defs");

  /** The schema definition a codec's values are checked by; null for values described inline. */
  private static String definition(Codec<?> codec) {
    if (codec instanceof ObjectCodec<?, ?> o) {
      return o.name();
    }
    if (codec == ValueCodecs.TEXT) {
      return "Text";
    }
    if (codec == ValueCodecs.INTEGER) {
      return "Count";
    }
    if (codec == ValueCodecs.AMOUNT) {
      return "Amount";
    }
    if (codec == ValueCodecs.DECIMAL) {
      return "Decimal";
    }
    if (codec instanceof CodeCodec<?> || codec instanceof TextCodec<?>) {
      return codec.type().getSimpleName();
    }
    return null;
  }

  @Test
  void isADraft2020SchemaWhoseRootIsThePortfolio() {
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("$ref").asString()).isEqualTo("#/$defs/Portfolio");
  }

  @Test
  void everyObjectHasADefinitionWithTheSamePropertiesAndRequiredOnes() {
    for (ObjectCodec<?, ?> codec : Registry.OBJECTS) {
      JsonNode def = DEFS.get(codec.name());
      assertThat(def).as("$defs/" + codec.name()).isNotNull();
      assertThat(def.get("type").asString()).isEqualTo("object");
      assertThat(def.get("additionalProperties").asBoolean(true)).as(codec.name() + " closed").isFalse();
      List<String> names = new ArrayList<>(def.get("properties").propertyNames());
      assertThat(names).as("properties of " + codec.name())
          .isEqualTo(codec.properties().stream().map(ObjectCodec.Property::name).toList());
      List<String> required = new ArrayList<>();
      def.get("required").forEach(n -> required.add(n.asString()));
      assertThat(required).as("required of " + codec.name()).isEqualTo(codec.properties().stream()
          .filter(p -> p.kind() == ObjectCodec.Kind.REQUIRED).map(ObjectCodec.Property::name).toList());
      for (ObjectCodec.Property<?, ?> property : codec.properties()) {
        JsonNode schema = def.get("properties").get(property.name());
        String where = codec.name() + "." + property.name();
        if (property.kind() == ObjectCodec.Kind.LIST) {
          assertThat(schema.get("type").asString()).as(where).isEqualTo("array");
          schema = schema.get("items");
        }
        String expected = definition(property.codec());
        if (expected != null) {
          assertThat(schema.path("$ref").asString("")).as(where).isEqualTo("#/$defs/" + expected);
        } else {
          assertThat(schema.has("type") || schema.has("const")).as(where + " described inline").isTrue();
        }
      }
    }
  }

  @Test
  void everyCodeListIsAnEnumOfTheSameCodes() {
    for (CodeCodec<?> codec : Registry.CODES) {
      JsonNode def = DEFS.get(codec.type().getSimpleName());
      assertThat(def).as("$defs/" + codec.type().getSimpleName()).isNotNull();
      List<String> codes = new ArrayList<>();
      def.get("enum").forEach(n -> codes.add(n.asString()));
      assertThat(codes).isEqualTo(codec.codes());
    }
  }

  @Test
  void everyDefinitionIsUsed() {
    Set<String> referenced = new HashSet<>();
    collectRefs(SCHEMA, referenced);
    assertThat(referenced).containsExactlyInAnyOrderElementsOf(DEFS.propertyNames());
  }

  private static void collectRefs(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isString()) {
        out.add(ref.asString().substring("#/$defs/".length()));
      }
      node.values().forEach(child -> collectRefs(child, out));
    } else if (node.isArray()) {
      node.values().forEach(child -> collectRefs(child, out));
    }
  }

  @Test
  void rejectsWhatIsPlainlyNotADocument() {
    assertThat(SchemaSupport.errors("{}")).isNotEmpty();
    assertThat(SchemaSupport.errors("[]")).isNotEmpty();
    assertThat(SchemaSupport.errors("{\"format\": \"cnd-portfolio\", \"formatVersion\": 1}")).isEmpty();
    assertThat(SchemaSupport.errors("{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"x\": 1}")).isNotEmpty();
  }
}
