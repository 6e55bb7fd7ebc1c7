package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.core.actor.OrganisationKind;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/** Codes of an enumeration: named for the documents, read by their code, an unknown code refused with the list. */
class CodeCodecTest {
  // Made anew for each test, not once in a static field: what is tested is the codec as made.
  private final CodeCodec<OrganisationKind> kind =
      CodeCodec.of(OrganisationKind.class, "organisation kind", "What kind of body an organisation is.");

  @Test
  void aCodeListIsNamedForTheSchemaAndTheDocuments() {
    assertThat(kind.type()).isEqualTo(OrganisationKind.class);
    assertThat(kind.noun()).isEqualTo("organisation kind");
    assertThat(kind.description()).isEqualTo("What kind of body an organisation is.");
    assertThat(kind.schemaName()).isEqualTo("OrganisationKind");
    assertThat(kind.docType()).isEqualTo("OrganisationKind code");
    assertThat(kind.docTypes()).isEqualTo("OrganisationKind codes");
    assertThat(kind.expected()).isEqualTo("a string (the code of an organisation kind)");
    assertThat(kind.codes()).hasSize(OrganisationKind.values().length).first()
        .isEqualTo(OrganisationKind.values()[0].code());
    assertThat(kind.toString()).startsWith("organisation kind codes [UN_AGENCY, DONOR");
  }

  @Test
  void eachCodeIsReadAndWrittenAsItself() {
    for (OrganisationKind k : OrganisationKind.values()) {
      assertThat(CodecReading.writeChars(kind, k)).isEqualTo("\"" + k.code() + "\"");
      assertThat(CodecReading.read(kind, "\"" + k.code() + "\"")).isEqualTo(k);
    }
  }

  @Test
  void anUnknownCodeIsRefusedWithTheKnownOnes() {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(kind, "\"pirate\""));
    assertThat(e.ruleId()).isEqualTo("json.unknown-code");
    assertThat(e.violation().message())
        .isEqualTo("Unknown organisation kind \"pirate\": expected one of " + String.join(", ", kind.codes()));
    CndJsonException wrong = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(kind, "1"));
    assertThat(wrong.violation().message())
        .isEqualTo("Wrong type: expected a string (the code of an organisation kind), found the number 1");
  }
}
