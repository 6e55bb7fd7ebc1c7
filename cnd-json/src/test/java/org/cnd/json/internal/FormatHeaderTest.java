package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/**
 * The two properties every document starts with, {@code format} and {@code formatVersion}: how FORMAT.md names
 * them, and what a wrong, null or missing one is told.
 */
class FormatHeaderTest {
  private static final CndJson JSON = CndJson.create();

  private static String refusal(String document) {
    return catchThrowableOfType(CndJsonException.class, () -> JSON.read(document)).violation().message();
  }

  @Test
  void theHeaderIsNamedForTheDocuments() {
    assertThat(PortfolioCodec.FORMAT.type()).isEqualTo(String.class);
    assertThat(PortfolioCodec.FORMAT.docType()).isEqualTo("the string `\"cnd-portfolio\"`");
    assertThat(PortfolioCodec.FORMAT.expected()).isEqualTo("the string \"cnd-portfolio\"");
    assertThat(PortfolioCodec.VERSION.type()).isEqualTo(Integer.class);
    assertThat(PortfolioCodec.VERSION.docType()).isEqualTo("integer `" + CndJson.FORMAT_VERSION + "`");
    assertThat(PortfolioCodec.VERSION.expected())
        .isEqualTo("an integer, the format version (" + CndJson.FORMAT_VERSION + ")");
  }

  @Test
  void aWrongOrNullHeaderIsToldWithWhatWasExpected() {
    assertThat(refusal("{\"format\": 1}"))
        .isEqualTo("Wrong type: expected the string \"cnd-portfolio\", found the number 1");
    assertThat(refusal("{\"format\": \"cnd-portfolio\", \"formatVersion\": null}"))
        .isEqualTo("Null for \"formatVersion\" in a portfolio document: expected an integer, the format version ("
            + CndJson.FORMAT_VERSION + ")");
    assertThat(refusal("{\"format\": \"cnd-portfolio\"}"))
        .isEqualTo("Missing property \"formatVersion\" in a portfolio document: expected an integer, the format version ("
            + CndJson.FORMAT_VERSION + ")");
  }

  @Test
  void versionsOutsideTheSupportedOnesAreRefused() {
    assertThat(refusal("{\"format\": \"cnd-portfolio\", \"formatVersion\": 0}"))
        .isEqualTo("Unsupported format version 0: expected format version " + CndJson.FORMAT_VERSION
            + ", which this library reads");
    assertThat(refusal("{\"format\": \"cnd-portfolio\", \"formatVersion\": " + (CndJson.FORMAT_VERSION + 1) + "}"))
        .endsWith("; the document was written by a newer version of cnd-json, which is needed to read it");
    assertThat(refusal("{\"format\": \"cnd-portfolio\", \"formatVersion\": 2147483648}"))
        .isEqualTo("Unsupported format version 2147483648: expected format version " + CndJson.FORMAT_VERSION
            + ", which this library reads");
  }
}
