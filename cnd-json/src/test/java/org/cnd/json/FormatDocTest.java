package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.cnd.core.validation.RuleViolationException;
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
      if (line.startsWith("Rules")) {
        break; // the rules under an object's table
      }
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
  /** The cells of every table row of the section headed {@code ### name}, after the header and separator rows. */
  private static List<List<String>> cells(String heading) {
    int start = DOC.indexOf("\n### " + heading + "\n");
    assertThat(start).as("FORMAT.md has a section ### " + heading).isNotNegative();
    int end = DOC.indexOf("\n#", start + 5);
    List<List<String>> out = new ArrayList<>();
    for (String line : DOC.substring(start, end < 0 ? DOC.length() : end).split("\n")) {
      if (line.startsWith("|") && !line.startsWith("|---")) {
        out.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList());
      }
    }
    return out;
  }

  /** The texts in backticks of a cell. */
  private static List<String> quoted(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The table of date forms gives the bounds the core gives them, and forms of one row are one date. */
  @Test
  void theDateFormsHaveTheBoundsStated() {
    List<List<String>> rows = cells("Dates and EDTF").stream().filter(r -> r.get(0).startsWith("`") && r.size() == 4)
        .toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
    for (List<String> row : rows) {
      List<String> forms = quoted(row.get(0));
      assertThat(forms).as(row.toString()).isNotEmpty();
      for (String form : forms) {
        PartialDate date = PartialDate.parse(form);
        assertThat(date.earliest()).as(form).isEqualTo(LocalDate.parse(row.get(2)));
        assertThat(date.latest()).as(form).isEqualTo(LocalDate.parse(row.get(3)));
        assertThat(date.qualifier().map(Qualifier::symbol).orElse(' '))
            .isEqualTo(form.matches(".*[~?%]") ? form.charAt(form.length() - 1) : ' ');
      }
      if (row.get(1).startsWith("the first quarter")) {
        assertThat(PartialDate.parse(forms.get(0))).isEqualTo(PartialDate.parse(forms.get(1)));
      }
    }
  }

  /** The table of refused EDTF forms names the rule each example is refused with. */
  @Test
  void theRefusedDateFormsAreRefusedWithTheRuleStated() {
    List<List<String>> rows = cells("Dates and EDTF").stream().filter(r -> r.size() == 3 && !r.get(0).equals("EDTF form"))
        .toList();
    assertThat(rows).hasSize(7);
    for (List<String> row : rows) {
      String rule = quoted(row.get(2)).get(0);
      for (String example : quoted(row.get(1))) {
        assertThatThrownBy(() -> {
          if (example.contains("/")) {
            DateRange.parse(example);
          } else {
            PartialDate.parse(example);
          }
        }).as(example).isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.ruleId()).as(example).isEqualTo(rule));
      }
    }
  }
}
