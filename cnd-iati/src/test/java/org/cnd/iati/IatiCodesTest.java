package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.cnd.core.actor.IatiOrganisationId;
import org.cnd.core.actor.IatiOrganisationType;
import org.cnd.core.programme.LanguageCode;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.TransactionKind;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.iati.internal.IatiCodes;
import org.cnd.iati.testing.OfficialIati;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every IATI code the export and the model use is in the official 2.03 code lists (read from shared/iati). */
class IatiCodesTest {
  static Stream<String> lists() {
    return IatiCodes.byList().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("lists")
  void theExportsCodesAreInTheOfficialList(String list) {
    assertThat(OfficialIati.codes(list)).as(list).containsAll(IatiCodes.byList().get(list));
  }

  @Test
  void organisationTypesAreTheOfficialListWithItsNames() {
    Map<String, String> official = OfficialIati.codelist("OrganisationType");
    assertThat(Stream.of(IatiOrganisationType.values()).map(IatiOrganisationType::iatiCode))
        .containsExactlyElementsOf(official.keySet());
    for (IatiOrganisationType t : IatiOrganisationType.values()) {
      assertThat(t.label()).isEqualTo(official.get(t.iatiCode()));
    }
  }

  @Test
  void transactionKindsAreInTheOfficialListWithItsNames() {
    Map<String, String> official = OfficialIati.codelist("TransactionType");
    for (TransactionKind k : TransactionKind.values()) {
      assertThat(official).containsEntry(k.iatiCode(), k.label());
    }
  }

  @Test
  void everyRegistrationAgencyHasAPrefixTheIdentifierAccepts() {
    for (String agency : OfficialIati.codes("OrganisationRegistrationAgency")) {
      assertThat(IatiOrganisationId.of(agency + "-1").agency()).isEqualTo(agency);
    }
    assertThat(OfficialIati.codes("OrganisationRegistrationAgency")).contains(PakistanProgramme.UNIDO_IATI_IDENTIFIER.agency());
  }

  @Test
  void everyIdentifierOfTheOfficialListIsAccepted() {
    for (String id : OfficialIati.codes("IATIOrganisationIdentifier")) {
      assertThat(IatiOrganisationId.of(id)).hasToString(id);
    }
  }

  @Test
  void theLanguagesTheModelAcceptsThatIatiListsAreMostOfIt() {
    // IATI's Language list is ISO 639-1; the model accepts the codes the Java platform knows.
    for (String code : OfficialIati.codes("Language")) {
      if (LanguageCode.isKnown(code)) {
        assertThat(LanguageCode.of(code)).hasToString(code);
      }
    }
    assertThat(OfficialIati.codes("Language")).contains("en", "fr", "ur");
  }

  @Test
  void theExamplesIatiFactsAreInTheOfficialLists() {
    for (var portfolio : new org.cnd.core.Portfolio[] {PakistanProgramme.withIllustrativePurpose(PakistanProgramme.portfolio()),
        LifecycleTour.portfolio()}) {
      for (Programme p : portfolio.programmes()) {
        p.purposes().forEach(d -> assertThat(OfficialIati.codes("Sector")).contains(d.code()));
        p.language().ifPresent(l -> assertThat(OfficialIati.codes("Language")).contains(l.code()));
      }
      portfolio.clusters().forEach(c -> assertThat(OfficialIati.codes("Country")).contains(c.place().country().code()));
      portfolio.programmes().forEach(p -> p.budget().ifPresent(b ->
          assertThat(OfficialIati.codes("Currency")).contains(b.currencyCode())));
    }
    assertThat(OfficialIati.codelist("Sector")).containsEntry(PakistanProgramme.SME_DEVELOPMENT,
        "Small and medium-sized enterprises (SME) development");
  }
}
