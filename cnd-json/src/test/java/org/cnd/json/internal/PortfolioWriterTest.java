package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.core.time.DateSyntax;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The writer's generators carry its options to every nested value, write the same text to characters as to bytes,
 * and pretty-print each document from its own start; any other generator gets the default options.
 */
class PortfolioWriterTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String CND = "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"programmes\":[{\"id\":\"p\","
      + "\"title\":\"P\",\"statusHistory\":[{\"status\":\"adopted\",\"date\":\"2007-Q1\"}]}]}";
  private static final Portfolio PORTFOLIO = CndJson.create().read(CND);

  private static String chars(PortfolioWriter writer) {
    StringWriter out = new StringWriter();
    writer.write(PORTFOLIO, out);
    return out.toString();
  }

  private static String bytes(PortfolioWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(PORTFOLIO, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOptionsReachTheDatesOfNestedObjects() {
    assertThat(chars(new PortfolioWriter(FACTORY, WriteOptions.DEFAULT, false))).isEqualTo(CND);
    assertThat(chars(new PortfolioWriter(FACTORY, new WriteOptions(DateSyntax.EDTF), false)))
        .isEqualTo(CND.replace("2007-Q1", "2007-33"));
  }

  @Test
  void charactersAndBytesGetTheSameTextAndEachPrettyDocumentStartsAfresh() {
    PortfolioWriter pretty = new PortfolioWriter(FACTORY, WriteOptions.DEFAULT, true);
    String first = chars(pretty);
    assertThat(first).startsWith("{\n  \"format\": \"cnd-portfolio\",\n").endsWith("\n}\n");
    assertThat(bytes(pretty)).isEqualTo(first);
    assertThat(chars(pretty)).isEqualTo(first);
    PortfolioWriter compact = new PortfolioWriter(FACTORY, WriteOptions.DEFAULT, false);
    assertThat(bytes(compact)).isEqualTo(chars(compact)).doesNotContain(" ", "\n");
  }

  @Test
  void aGeneratorOfAnotherWriterGetsTheDefaultOptions() {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), new StringWriter())) {
      assertThat(WriteOptions.of(g)).isSameAs(WriteOptions.DEFAULT);
    }
  }
}
