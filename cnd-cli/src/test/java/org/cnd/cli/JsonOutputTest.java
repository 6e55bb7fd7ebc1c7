package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --json} output of real runs against the schema shipped in the jar. */
class JsonOutputTest {
  private static final Schema SCHEMA = load();

  @TempDir Path dir;

  private static Schema load() {
    try (InputStream in = JsonOutput.class.getResourceAsStream(JsonOutput.SCHEMA_RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void assertConforms(String json) {
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @Test
  void everyKindOfResultConformsToTheSchema() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), CndJson.create().write(PakistanProgramme.portfolio()));
    Path syntax = Files.writeString(dir.resolve("syntax.json"), "{");
    String ids = IntStream.range(0, 7).mapToObj(i -> "\"c-" + i + "\"").collect(Collectors.joining(","));
    Path many = Files.writeString(dir.resolve("many.json"), "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,"
        + "\"programmes\":[{\"id\":\"p\",\"title\":\"t\",\"targetClusters\":[" + ids + "]}]}");
    Tool.Run run = Tool.run("validate", "--json", "--max-problems", "5", good.toString(), syntax.toString(),
        many.toString(), dir.resolve("missing.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertConforms(run.out());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("exitCode").asInt()).isEqualTo(2);
    assertThat(root.get("files")).hasSize(4);
    JsonNode manyFile = root.get("files").get(2);
    assertThat(manyFile.get("problems")).hasSize(5);
    assertThat(manyFile.get("moreProblems").asInt()).isEqualTo(2);
    assertThat(root.get("files").get(3).get("error").asString()).isEqualTo("cannot open: no such file");
    assertThat(run.out()).endsWith("}\n");
  }

  @Test
  void usageErrorsAreJsonWhenJsonIsAsked() {
    Tool.Run run = Tool.run("validate", "--json", "--jsno", "x.json");
    assertThat(run.exit()).isEqualTo(2);
    assertConforms(run.out());
    JsonNode error = JsonMapper.builder().build().readTree(run.out()).get("usageError");
    assertThat(error.get("message").asString()).isEqualTo("Unknown option: '--jsno'");
    assertThat(error.get("suggestions").get(0).asString()).isEqualTo("--json");
    assertThat(run.err()).contains("Unknown option");

    Tool.Run missingFile = Tool.run("validate", "--json");
    assertThat(missingFile.exit()).isEqualTo(2);
    assertConforms(missingFile.out());
    assertThat(Tool.run("validate", "--nope").out()).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheToolNeverPrints() {
    assertThat(SCHEMA.validate("{\"files\":[]}", InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate("{\"files\":[{\"file\":\"a\",\"valid\":true,\"error\":\"cannot open: x\"}],"
        + "\"exitCode\":2}", InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate("{\"files\":[{\"file\":\"a\",\"valid\":false,\"problems\":[{\"rule\":\"id.syntax\\n\","
        + "\"severity\":\"error\",\"path\":\"\",\"message\":\"m\"}],\"moreProblems\":0}],\"exitCode\":1}",
        InputFormat.JSON)).isNotEmpty();
  }
}
