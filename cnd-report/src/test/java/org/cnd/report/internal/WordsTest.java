package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void writesAmountsWithTheirCurrencyAndGroupedDigits() {
    assertThat(Words.money(Money.of("235000", "USD"))).isEqualTo("USD 235,000.00");
    assertThat(Words.money(Money.of("1500000", "JPY"))).isEqualTo("JPY 1,500,000");
    assertThat(Words.moneys(List.of(Money.of("1", "USD"), Money.of("2.5", "EUR")))).isEqualTo("USD 1.00 and EUR 2.50");
    assertThat(Words.number(new BigDecimal("12.50"))).isEqualTo("12.50");
  }

  @Test
  void writesSharesPeriodsAndLabels() {
    assertThat(Words.percent(new BigDecimal("1.1"))).isEqualTo("110.0%");
    assertThat(Words.percent(new BigDecimal("0.33333"))).isEqualTo("33.3%");
    assertThat(Words.period(DateRange.parse("2002/2005"))).isEqualTo("2002 to 2005");
    assertThat(Words.period(Optional.of(DateRange.parse("2001/..")))).isEqualTo("from 2001");
    assertThat(Words.period(Optional.empty())).isEqualTo("period not recorded");
    assertThat(Words.label(Phase.ACTION_PLANNING)).isEqualTo("Action planning");
    assertThat(Words.lower(Phase.ACTION_PLANNING)).isEqualTo("action planning");
  }

  @Test
  void namesOrganisationsAndClustersOrFallsBackOnTheirIds() {
    Words words = new Words(PakistanProgramme.portfolio());
    assertThat(words.organisation(PakistanProgramme.TDAP)).isEqualTo("TDAP");
    assertThat(words.organisation(org.cnd.core.id.OrganisationId.of("nobody"))).isEqualTo("nobody");
    assertThat(words.cluster(PakistanProgramme.GUJRAT_FANS)).isEqualTo("Electric fans cluster in Gujrat");
  }
}
