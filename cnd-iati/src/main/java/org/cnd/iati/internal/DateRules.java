package org.cnd.iati.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.money.Money;

/** The documented rules that turn what cnd knows of time into IATI's full dates and budget periods. */
public final class DateRules {
  private DateRules() {}

  /** A span of days, both ends included. */
  public record Span(LocalDate start, LocalDate end) {}

  /** A budget amount over a span. */
  public record Share(Span span, Money amount) {}

  /**
   * Splits a span into consecutive periods of at most one year: the first starts on the span's start, each next on
   * the anniversary of that day, the last ends on the span's end.
   */
  public static List<Span> years(LocalDate start, LocalDate end) {
    List<Span> out = new ArrayList<>();
    LocalDate from = start;
    int n = 0;
    while (!from.isAfter(end)) {
      LocalDate next = start.plusYears(++n);
      LocalDate to = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
      out.add(new Span(from, to));
      from = next;
    }
    return out;
  }

  /**
   * Splits an amount over the yearly periods of a span pro rata by days, each rounded half-even to the currency's
   * minor unit; the last period takes what rounding left, so that the parts add up to the amount exactly.
   */
  public static List<Share> proRata(Money amount, LocalDate start, LocalDate end) {
    List<Span> spans = years(start, end);
    long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
    int scale = Math.max(0, amount.currency().getDefaultFractionDigits());
    List<Share> out = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      BigDecimal part;
      if (i == spans.size() - 1) {
        part = amount.amount().subtract(given);
      } else {
        long days = ChronoUnit.DAYS.between(s.start(), s.end()) + 1;
        part = amount.amount().multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(totalDays), scale, RoundingMode.HALF_EVEN);
        given = given.add(part);
      }
      out.add(new Share(s, Money.of(part, amount.currency())));
    }
    return out;
  }
}
