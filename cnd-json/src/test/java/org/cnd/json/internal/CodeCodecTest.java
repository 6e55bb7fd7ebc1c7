package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cnd.core.actor.OrganisationKind;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/** Codes of an enumeration: named for the documents, read by their code, an unknown code refused with the list. */
class CodeCodecTest {
  private static final CodeCodec<OrganisationKind> KIND =
      CodeCodec.of(OrganisationKind.class, "organisation kind", "What kind of body an organisation is.");

  @Test
  void aCodeListIsNamedForTheSchemaAndTheDocuments() {
    assertThat(KIND.type()).isEqualTo(OrganisationKind.class);
    assertThat(KIND.noun()).isEqualTo("organisation kind");
    assertThat(KIND.description()).isEqualTo("What kind of body an organisation is.");
    assertThat(KIND.schemaName()).isEqualTo("OrganisationKind");
    assertThat(KIND.docType()).isEqualTo("OrganisationKind code");
    assertThat(KIND.docTypes()).isEqualTo("OrganisationKind codes");
    assertThat(KIND.expected()).isEqualTo("a string (the code of an organisation kind)");
    assertThat(KIND.codes()).hasSize(OrganisationKind.values().length).first()
        .isEqualTo(OrganisationKind.values()[0].code());
    assertThat(KIND.toString()).startsWith("organisation kind codes [UN_AGENCY, DONOR");
  }

  @Test
  void eachCodeIsReadAndWrittenAsItself() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertThat(CodecReading.writeChars(KIND, kind)).isEqualTo("\"" + kind.code() + "\"");
      assertThat(CodecReading.read(KIND, "\"" + kind.code() + "\"")).isEqualTo(kind);
    }
  }

  @Test
  void anUnknownCodeIsRefusedWithTheKnownOnes() {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(KIND, "\"pirate\""));
    assertThat(e.ruleId()).isEqualTo("json.unknown-code");
    assertThat(e.violation().message())
        .isEqualTo("Unknown organisation kind \"pirate\": expected one of " + String.join(", ", KIND.codes()));
    CndJsonException wrong = catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(KIND, "1"));
    assertThat(wrong.violation().message())
        .isEqualTo("Wrong type: expected a string (the code of an organisation kind), found the number 1");
  }
}
