package org.cnd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IatiOrganisationIdTest {
  @Test
  void unidoIsRegisteredWithTheOecdDac() {
    IatiOrganisationId unido = IatiOrganisationId.of("XM-DAC-41123");
    assertThat(unido.agency()).isEqualTo("XM-DAC");
    assertThat(unido.number()).isEqualTo("41123");
    assertThat(unido).hasToString("XM-DAC-41123").isEqualTo(IatiOrganisationId.parse("XM-DAC-41123"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB-COH-01234567", "CA_BC-BRC-BC0123", "XI-IATI-OCHASDC", "NL-KVK-41150298"})
  void agencyPrefixesOfEveryShapeAreAccepted(String text) {
    assertThat(IatiOrganisationId.of(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "41123", "XM-DAC", "xm-dac-41123", "XM-DAC-", "XM-DAC-41 123", "XM-DAC-41/123",
      "XM-DAC-41123?", "XMDAC-41123", "X-DAC-41123", " XM-DAC-41123"})
  void otherFormsAreRefused(String text) {
    assertRefused(() -> IatiOrganisationId.of(text), "organisation.iati-identifier", "")
        .hasMessageContaining("XM-DAC-41123");
  }

  @Test
  void theTextFormParsesBack() {
    qt().forAll(integers().between(0, 99_999_999), strings().betweenCodePoints('A', 'Z').ofLengthBetween(2, 6))
        .checkAssert((n, agency) -> {
          IatiOrganisationId id = IatiOrganisationId.of("GB-" + agency + "-" + n);
          assertThat(IatiOrganisationId.parse(id.toString())).isEqualTo(id);
          assertThat(id.agency() + "-" + id.number()).isEqualTo(id.toString());
        });
  }

  @Test
  void anOrganisationMayCarryItsIatiIdentifierAndType() {
    Organisation unido = Organisation.builder()
        .id(org.cnd.core.id.OrganisationId.of("unido"))
        .name("United Nations Industrial Development Organization")
        .kind(OrganisationKind.UN_AGENCY)
        .iatiIdentifier(IatiOrganisationId.of("XM-DAC-41123"))
        .iatiType(IatiOrganisationType.MULTILATERAL)
        .build();
    assertThat(unido.iatiType().orElseThrow().iatiCode()).isEqualTo("40");
    assertThat(unido.iatiIdentifier()).contains(IatiOrganisationId.of("XM-DAC-41123"));
  }
}
