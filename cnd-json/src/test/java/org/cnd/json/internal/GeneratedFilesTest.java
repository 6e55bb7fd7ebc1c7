package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed schema and FORMAT.md's property tables are what {@link GeneratedFiles} makes of the codecs and the
 * overlay; RULES.md's rules are what it makes of the rule catalogues. With {@code -Dcnd.regenerate=true} the test writes them first (see TESTING.md).
 */
class GeneratedFilesTest {
  private static final boolean REGENERATE = Boolean.getBoolean("cnd.regenerate");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static void check(Path file, String generated) {
    if (REGENERATE) {
      GeneratedFiles.write(file, generated);
    }
    assertThat(GeneratedFiles.read(file))
        .as(file + " is stale: regenerate it with ./mvnw -B -pl cnd-json -am verify -Dcnd.regenerate=true")
        .isEqualTo(generated);
  }

  @Test
  void theSchemaIsGeneratedFromTheCodecsAndTheOverlay() {
    check(GeneratedFiles.SCHEMA, GeneratedFiles.schema(GeneratedFiles.read(GeneratedFiles.OVERLAY)));
  }

  @Test
  void formatMdsPropertyTablesAreGeneratedFromTheCodecs() {
    check(GeneratedFiles.FORMAT, GeneratedFiles.format(GeneratedFiles.read(GeneratedFiles.FORMAT)));
  }

  @Test
  void aNewObjectsEmptyTableIsFilledIn() {
    String format = GeneratedFiles.read(GeneratedFiles.FORMAT);
    String marker = "<!-- properties of Person, generated from its codec: see TESTING.md -->\n";
    int start = format.indexOf(marker) + marker.length();
    String emptied = format.substring(0, start) + format.substring(format.indexOf("<!-- end of properties -->", start));
    assertThat(GeneratedFiles.format(emptied)).isEqualTo(GeneratedFiles.format(format));
  }

  @Test
  void rulesMdsRulesAreGeneratedFromTheCatalogues() {
    check(GeneratedFiles.RULES, GeneratedFiles.rules(GeneratedFiles.read(GeneratedFiles.RULES)));
  }

  @Test
  void rulesMdWithoutItsMarkersIsRefused() {
    assertThatThrownBy(() -> GeneratedFiles.rules("# Rules\n")).hasMessageContaining("markers");
  }

  @Test
  void theOverlayMayNotNameAPropertyTheCodecLacks() {
    ObjectNode overlay = (ObjectNode) MAPPER.readTree(GeneratedFiles.read(GeneratedFiles.OVERLAY));
    ((ObjectNode) overlay.get("$defs")).putObject("Person").putObject("properties").putObject("nickname");
    assertThatThrownBy(() -> GeneratedFiles.schema(overlay.toString()))
        .hasMessageContaining("$defs/Person/properties/nickname");
  }

  @Test
  void theOverlayMayNotRequireAPropertyTheCodecLacks() {
    ObjectNode overlay = (ObjectNode) MAPPER.readTree(GeneratedFiles.read(GeneratedFiles.OVERLAY));
    ((ObjectNode) overlay.get("$defs").get("TeamMember").get("anyOf").get(0)).putArray("required").add("persona");
    assertThatThrownBy(() -> GeneratedFiles.schema(overlay.toString())).hasMessageContaining("persona");
  }

  @Test
  void theOverlayMayNotReplaceAGeneratedValue() {
    ObjectNode overlay = (ObjectNode) MAPPER.readTree(GeneratedFiles.read(GeneratedFiles.OVERLAY));
    ((ObjectNode) overlay.get("$defs")).putObject("Person").put("additionalProperties", true);
    assertThatThrownBy(() -> GeneratedFiles.schema(overlay.toString()))
        .hasMessageContaining("$defs/Person/additionalProperties");
  }
}
