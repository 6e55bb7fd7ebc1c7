package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cnd.core.place.CountryCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
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

  @Test
  void everyPatternOfTheSchemaIsAnchoredAtTheStartAndEndsWhereNoCharacterFollows() {
    List<String> patterns = new ArrayList<>();
    collectPatterns(MAPPER.readTree(GeneratedFiles.read(GeneratedFiles.SCHEMA)), patterns);
    assertThat(patterns).hasSizeGreaterThan(10).allSatisfy(p -> {
      assertThat(p).startsWith("^").endsWith(GeneratedFiles.END);
      assertThat(p.substring(0, p.length() - GeneratedFiles.END.length())).doesNotEndWith("$");
    });
  }

  private static void collectPatterns(JsonNode node, List<String> into) {
    node.properties().forEach(e -> {
      if (e.getKey().equals("pattern") && e.getValue().isString()) {
        into.add(e.getValue().asString());
      } else {
        collectPatterns(e.getValue(), into);
      }
    });
    if (node.isArray()) {
      node.values().forEach(v -> collectPatterns(v, into));
    }
  }

  @Test
  void anAnchoredPatternRefusesATrailingLineBreakWhereDollarWouldNot() {
    String id = "^[a-z0-9-]{1,64}$";
    assertThat(Pattern.compile(id).matcher("mekelle-textiles\n").find()).isTrue();
    for (String end : List.of("\n", "\r", "\r\n", "\u2028", "\u0085")) {
      assertThat(Pattern.compile(GeneratedFiles.anchor(id, "id")).matcher("mekelle-textiles" + end).find()).isFalse();
    }
  }

  @Test
  void aPatternMustBeWrittenFromCaretToDollarWithoutWhatEnginesReadDifferently() {
    assertThat(GeneratedFiles.anchor("^[a-z]{2}$", "x")).isEqualTo("^[a-z]{2}" + GeneratedFiles.END);
    for (String bad : List.of("[a-z]{2}$", "^[a-z]{2}", "^a.b$", "^\\d{2}$", "^\\w$", "^\\s*$", "^\\bx$",
        "^(?<=a)b$", "^a$|^b$")) {
      assertThatThrownBy(() -> GeneratedFiles.anchor(bad, "/$defs/X")).as(bad).hasMessageContaining("/$defs/X");
    }
  }

  @Test
  void theDatePatternsRefuseExactlyTheDaysThatDoNotExist() {
    Pattern noSuchDay = Pattern.compile("^" + GeneratedFiles.NO_SUCH_DAY + GeneratedFiles.END);
    for (int year = 1000; year <= 9999; year++) {
      for (int month = 1; month <= 12; month++) {
        for (int day = 28; day <= 31; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(noSuchDay.matcher(text).find()).as(text).isEqualTo(!exists(year, month, day));
        }
      }
    }
  }

  private static boolean exists(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  @Test
  void theTextPatternRefusesWhatStringIsBlankCallsBlank() {
    Pattern notBlank = Pattern.compile(GeneratedFiles.anchor(GeneratedFiles.notBlank(), "Text"));
    for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x10000 ? 1 : 0x1000) {
      String text = Character.toString(c);
      assertThat(notBlank.matcher(text).find()).as("U+%04X", c).isEqualTo(!text.isBlank());
      assertThat(notBlank.matcher(" " + text + "\t").find()).as("U+%04X within blanks", c).isEqualTo(!text.isBlank());
    }
  }

  @Test
  void theCountryCodesAreThoseTheCoreAccepts() {
    assertThat(GeneratedFiles.countryCodes()).contains("PK", "ET").doesNotContain("XX", "UK")
        .allSatisfy(code -> assertThat(CountryCode.isAssigned(code)).isTrue());
    assertThat(GeneratedFiles.currencyCodes()).contains("USD", "PKR").doesNotContain("XYZ", "ABC");
  }
}
