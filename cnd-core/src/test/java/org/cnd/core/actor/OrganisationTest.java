package org.cnd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.id.OrganisationId;
import org.cnd.core.place.CountryCode;
import org.cnd.core.testing.EntityGen;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.MissingAttributeException;
import org.junit.jupiter.api.Test;

class OrganisationTest {
  private static final OrganisationId SMEDA = OrganisationId.of("smeda");

  @Test
  void tdapWasTheExportPromotionBureau() {
    Organisation tdap = Organisation.builder()
        .id(OrganisationId.of("tdap"))
        .name("Trade Development Authority of Pakistan")
        .acronym("TDAP")
        .kind(OrganisationKind.TRADE_PROMOTION_BODY)
        .country(CountryCode.of("PK"))
        .addFormerNames(FormerName.of("Export Promotion Bureau", "EPB"))
        .build();
    assertThat(tdap.shortName()).isEqualTo("TDAP");
    assertThat(tdap.formerNames()).extracting(FormerName::acronym).containsExactly(java.util.Optional.of("EPB"));
    assertThat(tdap.formerNames().get(0).name()).isEqualTo("Export Promotion Bureau");
    assertThat(tdap.parent()).isEmpty();
  }

  @Test
  void smedaSindhIsPartOfSmeda() {
    Organisation sindh = Organisation.builder()
        .id(OrganisationId.of("smeda-sindh"))
        .name("SMEDA Sindh")
        .kind(OrganisationKind.SME_AGENCY)
        .parent(SMEDA)
        .build();
    assertThat(sindh.parent()).contains(SMEDA);
    assertThat(sindh.shortName()).isEqualTo("SMEDA Sindh");
    assertThat(sindh.country()).isEmpty();
  }

  @Test
  void refusesToBeItsOwnParent() {
    assertRefused(() -> Organisation.builder().id(SMEDA).name("SMEDA").kind(OrganisationKind.SME_AGENCY)
            .parent(SMEDA).build(), "organisation.self-parent", "/parent")
        .hasMessageContaining("smeda");
  }

  @Test
  void refusesBlankNamesAndAcronyms() {
    Organisation.Builder smeda = Organisation.builder().id(SMEDA).kind(OrganisationKind.SME_AGENCY);
    assertRefused(() -> smeda.name(" ").build(), "text.blank", "/name");
    assertRefused(() -> smeda.name("SMEDA").acronym("").build(), "text.blank", "/acronym");
    assertRefused(() -> FormerName.of(" ", "EPB"), "text.blank", "/name");
    assertRefused(() -> FormerName.of("Export Promotion Bureau", " "), "text.blank", "/acronym");
  }

  @Test
  void aFormerNameMayEnd() {
    FormerName epb = FormerName.builder().name("Export Promotion Bureau").acronym("EPB")
        .until(PartialDate.parse("2006")).build();
    assertThat(epb.until()).contains(PartialDate.parse("2006"));
  }

  @Test
  void needsIdNameAndKind() {
    assertThatThrownBy(() -> Organisation.builder().name("SMEDA").kind(OrganisationKind.SME_AGENCY).build())
        .isInstanceOf(MissingAttributeException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> Organisation.builder().id(SMEDA).name("SMEDA").build())
        .isInstanceOf(MissingAttributeException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> Organisation.builder().id(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void generatedOrganisationsEqualTheirCopies() {
    qt().forAll(EntityGen.organisations()).checkAssert(o -> {
      assertThat(Organisation.builder().from(o).build()).isEqualTo(o);
      assertThat(o.parent().filter(o.id()::equals)).isEmpty();
    });
  }
}
