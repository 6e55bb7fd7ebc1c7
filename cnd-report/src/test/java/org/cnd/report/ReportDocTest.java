package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** REPORT.md names every property of the schema, and its example is a valid summary. */
class ReportDocTest {
  private final String doc = read();
  private final JsonNode schema = JsonMapper.builder().build().readTree(SummaryJson.schema());

  @Test
  void namesEveryPropertyOfTheSchema() {
    Set<String> names = new TreeSet<>();
    collect(schema, names);
    assertThat(names).hasSizeGreaterThan(40).allSatisfy(n -> assertThat(doc).contains("`" + n + "`"));
  }

  @Test
  void itsExampleValidates() {
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).isTrue();
    Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SummaryJson.schema());
    assertThat(validator.validate(m.group(1), InputFormat.JSON)).isEmpty();
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.has("properties")) {
      node.path("properties").propertyNames().forEach(names::add);
    }
    node.forEach(child -> collect(child, names));
  }

  private static String read() {
    try {
      return Files.readString(Path.of("REPORT.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
