package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.validation.Coded;
import org.cnd.json.internal.CodeCodec;
import org.cnd.json.internal.ObjectCodec;
import org.cnd.json.internal.Registry;
import org.junit.jupiter.api.Test;

/** FORMAT.md describes exactly what the code reads and writes: every object, property, code and rule. */
class FormatDocTest {
  private static final String DOC = read();

  private static String read() {
    try {
      return Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The table rows of a section headed {@code ### name}: first cell, third cell. */
  private static List<String[]> rows(String heading) {
    int start = DOC.indexOf("\n### " + heading + "\n");
    assertThat(start).as("FORMAT.md has a section ### " + heading).isNotNegative();
    int end = DOC.indexOf("\n#", start + 5);
    List<String[]> out = new ArrayList<>();
    for (String line : DOC.substring(start, end < 0 ? DOC.length() : end).split("\n")) {
      if (line.startsWith("| `")) {
        String[] cells = line.substring(1).split("\\|", -1);
        out.add(new String[] {cells[0].trim().replace("`", ""), cells[1].trim(), cells[2].trim()});
      }
    }
    return out;
  }

  @Test
  void everyObjectIsDescribedWithItsPropertiesInOrder() {
    for (ObjectCodec<?, ?> codec : Registry.OBJECTS) {
      List<String[]> rows = rows(codec.name());
      assertThat(rows.stream().map(r -> r[0]).toList()).as("properties of " + codec.name())
          .isEqualTo(codec.properties().stream().map(ObjectCodec.Property::name).toList());
      for (int i = 0; i < rows.size(); i++) {
        boolean required = codec.properties().get(i).kind() == ObjectCodec.Kind.REQUIRED;
        assertThat(rows.get(i)[2]).as("required column of " + codec.name() + "." + rows.get(i)[0])
            .isEqualTo(required ? "yes" : "");
      }
    }
  }

  @Test
  void everyCodeListIsDescribedWithItsCodesAndLabels() {
    for (CodeCodec<?> codec : Registry.CODES) {
      List<String[]> rows = rows(codec.type().getSimpleName());
      assertThat(rows.stream().map(r -> r[0]).toList()).as("codes of " + codec.type().getSimpleName())
          .isEqualTo(codec.codes());
      Coded[] constants = (Coded[]) codec.type().getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        assertThat(rows.get(i)[1]).as("label of " + constants[i].code()).isEqualTo(constants[i].label());
      }
    }
  }

  @Test
  void everyFormatRuleIsListedWithItsDescription() {
    for (FormatRule rule : FormatRule.values()) {
      String row = "| `" + rule.id() + "` | " + rule.description().replace("\"format\": \"cnd-portfolio\"",
          "`\"format\": \"cnd-portfolio\"`").replace("\"formatVersion\": 1", "`\"formatVersion\": 1`") + " |";
      assertThat(DOC).as("FORMAT.md row of " + rule.id()).contains(row);
    }
  }

  @Test
  void theLimitDefaultsAreTheCodes() {
    assertThat(DOC).contains("| `maxNestingDepth` | " + CndJson.DEFAULT_MAX_NESTING_DEPTH + " ");
    assertThat(DOC).contains("| `maxStringLength` | 1,048,576 (1 MiB)");
    assertThat(CndJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_048_576);
    assertThat(DOC).contains("| `maxNumberLength` | " + CndJson.DEFAULT_MAX_NUMBER_LENGTH + " ");
    assertThat(DOC).contains("| `maxDocumentLength` | 67,108,864 (64 MiB)");
    assertThat(CndJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(67_108_864L);
  }

  @Test
  void theExampleIsAValidDocumentThatTheWriterReproducesByteForByte() {
    int start = DOC.indexOf("```json\n") + "```json\n".length();
    String example = DOC.substring(start, DOC.indexOf("```", start));
    CndJson json = CndJson.create();
    assertThat(json.write(json.read(example))).isEqualTo(example);
    assertThat(json.validate(example).isClean()).as(json.validate(example).toString()).isTrue();
    assertThat(SchemaSupport.errors(example)).isEmpty();
  }
}
