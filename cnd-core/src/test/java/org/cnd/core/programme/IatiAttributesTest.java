package org.cnd.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;

import java.math.BigDecimal;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IATI attributes of a programme: activity identifier, DAC purposes, planned period, transactions, language. */
class IatiAttributesTest {
  @Test
  void aProgrammeCarriesItsIatiFacts() {
    Programme p = Programme.builder()
        .id(ProgrammeId.of("us-pak-01-099"))
        .title("SME cluster development")
        .iatiIdentifier(IatiActivityId.of("XM-DAC-41123-US-PAK-01-099"))
        .plannedPeriod(DateRange.parse("2001/2003"))
        .addPurposes(DacPurpose.of("32130", new BigDecimal("60")), DacPurpose.of("25010", new BigDecimal("40")))
        .addTransactions(Transaction.builder().kind(TransactionKind.DISBURSEMENT).date(PartialDate.parse("2002-03-04"))
            .value(Money.of("1000", "USD")).provider(OrganisationId.of("unido")).build())
        .language(LanguageCode.of("en"))
        .build();
    assertThat(p.purposes()).extracting(DacPurpose::code).containsExactly("32130", "25010");
    assertThat(p.transactions().get(0).kind().iatiCode()).isEqualTo("3");
    assertThat(p.language()).contains(LanguageCode.parse("en"));
    assertThat(p.iatiIdentifier().orElseThrow()).hasToString("XM-DAC-41123-US-PAK-01-099");
  }

  @Test
  void aPurposeIsNamedOnce() {
    assertRefused(() -> Programme.builder().id(ProgrammeId.of("p")).title("P")
        .addPurposes(DacPurpose.of("32130"), DacPurpose.of("32130")).build(), "programme.purpose-duplicate", "/purposes/1/code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3213", "321300", "03213", "3213a", ""})
  void aPurposeCodeIsFiveDigits(String code) {
    assertRefused(() -> DacPurpose.of(code), "programme.purpose-code", "/code").hasMessageContaining("5 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "100.01", "33.333"})
  void aPercentageIsMoreThanZeroAndAtMostAHundred(String percentage) {
    assertRefused(() -> DacPurpose.of("32130", new BigDecimal(percentage)), "programme.percentage", "/percentage");
  }

  @Test
  void percentagesAtTheBoundsAreAccepted() {
    assertThat(DacPurpose.of("32130", new BigDecimal("100")).percentage()).contains(new BigDecimal("100"));
    assertThat(DacPurpose.of("32130", new BigDecimal("0.01")).percentage()).contains(new BigDecimal("0.01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "US/PAK/01/099", "a b", "x&y", "x|y", "x?y"})
  void anActivityIdentifierHasNoForbiddenCharacter(String text) {
    assertRefused(() -> IatiActivityId.of(text), "programme.iati-identifier", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "eng", "xx", ""})
  void aLanguageIsAnIso6391Code(String code) {
    assertRefused(() -> LanguageCode.of(code), "programme.language", "");
    assertThat(LanguageCode.isKnown(code)).isFalse();
  }
}
