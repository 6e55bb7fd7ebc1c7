package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.cnd.core.money.Money;
import org.cnd.iati.internal.DateRules;
import org.junit.jupiter.api.Test;

class DateRulesTest {
  private static final LocalDate FROM = LocalDate.of(1999, 1, 1);

  @Test
  void yearsCoverTheSpanWithoutGapOrOverlapEachAtMostAYear() {
    qt().forAll(integers().between(0, 9000), integers().between(0, 4000)).checkAssert((offset, length) -> {
      LocalDate start = FROM.plusDays(offset);
      LocalDate end = start.plusDays(length);
      List<DateRules.Span> spans = DateRules.years(start, end);
      assertThat(spans.get(0).start()).isEqualTo(start);
      assertThat(spans.get(spans.size() - 1).end()).isEqualTo(end);
      for (int i = 0; i < spans.size(); i++) {
        DateRules.Span s = spans.get(i);
        assertThat(s.start()).isBeforeOrEqualTo(s.end());
        assertThat(s.end()).isBeforeOrEqualTo(s.start().plusYears(1).minusDays(1));
        if (i > 0) {
          assertThat(s.start()).isEqualTo(spans.get(i - 1).end().plusDays(1));
        }
      }
    });
  }

  @Test
  void proRataSharesAddUpToTheAmountExactlyAndFollowTheDays() {
    Currency usd = Currency.getInstance("USD");
    qt().forAll(integers().between(0, 9000), integers().between(0, 4000), longs().between(0, 1_000_000_000L))
        .checkAssert((offset, length, cents) -> {
          Money amount = Money.of(BigDecimal.valueOf(cents, 2), usd);
          LocalDate start = FROM.plusDays(offset);
          List<DateRules.Share> shares = DateRules.proRata(amount, start, start.plusDays(length));
          assertThat(Money.total(shares.stream().map(DateRules.Share::amount).toList())).isEqualTo(amount);
          shares.forEach(s -> assertThat(s.amount().isNegative()).isFalse());
        });
  }

  @Test
  void anAmountFinerThanTheMinorUnitIsSharedAtItsOwnScale() {
    List<DateRules.Share> shares = DateRules.proRata(Money.of("1000.125", "USD"), LocalDate.of(2001, 7, 1), LocalDate.of(2003, 6, 30));
    assertThat(Money.total(shares.stream().map(DateRules.Share::amount).toList())).isEqualTo(Money.of("1000.125", "USD"));
  }

  @Test
  void aYearWithALeapDayTakesOneDayMore() {
    List<DateRules.Share> halves = DateRules.proRata(Money.of("1000", "USD"), LocalDate.of(2001, 7, 1), LocalDate.of(2003, 6, 30));
    assertThat(halves).extracting(s -> s.amount().toString()).containsExactly("USD 500.00", "USD 500.00");
    List<DateRules.Share> shares = DateRules.proRata(Money.of("1000", "USD"), LocalDate.of(2003, 7, 1), LocalDate.of(2005, 6, 30));
    assertThat(shares).extracting(s -> s.amount().toString()).containsExactly("USD 500.68", "USD 499.32");
  }
}
