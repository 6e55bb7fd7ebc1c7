package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnd.json.internal.ObjectCodec;
import org.cnd.json.internal.Registry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schema, generated from the codecs ({@code GeneratedFilesTest} keeps it so): a valid draft 2020-12
 * schema whose every definition is used, closed objects, and a validator's verdicts on plain cases.
 */
class SchemaTest {
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(CndJson.schema());
  private static final JsonNode DEFS = SCHEMA.get("$defs");

  @Test
  void isADraft2020SchemaWhoseRootIsThePortfolio() {
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("$ref").asString()).isEqualTo("#/$defs/Portfolio");
  }

  @Test
  void isValidAgainstTheDraft2020MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(CndJson.schema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyObjectHasAClosedDefinitionWithTheCodecsRequiredProperties() {
    for (ObjectCodec<?, ?> codec : Registry.OBJECTS) {
      JsonNode def = DEFS.get(codec.name());
      assertThat(def.get("additionalProperties").asBoolean(true)).as(codec.name() + " closed").isFalse();
      List<String> required = new ArrayList<>();
      def.path("required").forEach(n -> required.add(n.asString()));
      assertThat(required).as("required of " + codec.name()).isEqualTo(codec.properties().stream()
          .filter(p -> p.kind() == ObjectCodec.Kind.REQUIRED).map(ObjectCodec.Property::name).toList());
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
