package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryJsonTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SummaryJson.schema());
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theSummariesOfTheExamplesValidateAgainstTheShippedSchema() {
    for (String doc : new String[] {SummaryJson.toJson(Summary.of(Fixtures.pakistan())),
        SummaryJson.toJson(Summary.of(Fixtures.tour())), SummaryJson.toJson(Summary.of(Fixtures.tourWithMaps())),
        SummaryJson.toJson(Summary.of(org.cnd.core.Portfolio.empty()))}) {
      assertThat(SCHEMA.validate(doc, InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesWhatTheSummaryNeverSays() {
    String doc = SummaryJson.toJson(Summary.of(Fixtures.pakistan()));
    // A share beside an incomplete funding record would read unknown amounts as zero.
    String withShare = doc.replaceFirst("\"complete\" : false", "\"share\" : \"0\",\n      \"complete\" : false");
    assertThat(withShare).isNotEqualTo(doc);
    assertThat(SCHEMA.validate(withShare, InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(doc.replace("\"format\" : \"cnd-summary\"", "\"format\" : \"other\""),
        InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void writesTheDerivedValues() {
    JsonNode tour = json.readTree(SummaryJson.toJson(Summary.of(Fixtures.tour())));
    assertThat(tour.path("format").asString()).isEqualTo("cnd-summary");
    assertThat(tour.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(tour.path("engagements").get(0).path("phase").asString()).isEqualTo("exit");
    assertThat(tour.path("engagements").get(0).path("since").asString()).isEqualTo("2005-03");
    JsonNode indicator = tour.path("indicators").get(0);
    assertThat(indicator.path("baseline").path("number").asString()).isEqualTo("5");
    assertThat(indicator.path("latest").path("number").asString()).isEqualTo("16");
    assertThat(indicator.path("target").path("number").asString()).isEqualTo("15");
    assertThat(indicator.path("achieved").asString()).isEqualTo("1.1");
    assertThat(indicator.path("targetMet").asBoolean()).isTrue();
    JsonNode pakistan = json.readTree(SummaryJson.toJson(Summary.of(Fixtures.pakistan())));
    JsonNode first = pakistan.path("programmes").get(2);
    assertThat(first.path("code").asString()).isEqualTo("US/PAK/01/099");
    assertThat(first.path("budget").path("amount").asString()).isEqualTo("235000.00");
    assertThat(first.path("funding").get(0).path("amountKnown").asBoolean()).isFalse();
    assertThat(first.path("funding").get(0).has("amount")).isFalse();
    assertThat(tour.path("timeline").get(0).path("kind").asString()).isNotBlank();
  }

  @Test
  void isDeterministicPrettyUtf8EndingInANewline() {
    String a = SummaryJson.toJson(Summary.of(Fixtures.tour()));
    assertThat(a).isEqualTo(SummaryJson.toJson(Summary.of(Fixtures.tour())));
    assertThat(a).startsWith("{\n  \"format\" : \"cnd-summary\",\n  \"formatVersion\" : 1,\n").endsWith("}\n");
  }
}
