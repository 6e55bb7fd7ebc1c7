package org.cnd.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.OutputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the library is measured against, on the same bytes: plain Jackson 3 databind into {@link JsonRecords}, and a
 * jackson-core streaming pass that builds nothing.
 */
public final class Baselines {
  private Baselines() {}

  /**
   * The mapper a user would set up for the records: Jackson's defaults, plus what it takes to write the format's
   * bytes (absent and empty values left out, properties in the records' order, the format's pretty printing).
   */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  private static final ObjectReader RECORDS_READER = MAPPER.readerFor(JsonRecords.Document.class);

  private static final ObjectWriter RECORDS_WRITER = MAPPER.writerFor(JsonRecords.Document.class).with(prettyPrinter());

  private static final JsonFactory FACTORY = new JsonFactory();

  // The same layout as CndJson's: two spaces, "\n", "name": value. The final line end is written after the root.
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withRootSeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** Reads a document into records. */
  public static JsonRecords.Document readRecords(byte[] json) {
    return RECORDS_READER.readValue(json);
  }

  /** Writes records as the format's bytes, with the final line end. */
  public static void writeRecords(JsonRecords.Document document, OutputStream out) {
    try {
      RECORDS_WRITER.writeValue(out, document);
      out.write('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The floor for any JSON reader: every token of the document, every string, name and number decoded into the
   * parser's buffer (its length is taken), no object built.
   *
   * @return the number of tokens plus the characters of their text, so that nothing can be optimised away
   */
  public static long stream(byte[] json) {
    long sum = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        sum++;
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME || t.isNumeric()) {
          sum += p.getStringLength();
        }
      }
    }
    return sum;
  }
}
