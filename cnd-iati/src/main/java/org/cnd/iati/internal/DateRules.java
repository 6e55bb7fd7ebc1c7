package org.cnd.iati.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
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
   * Splits a span into consecutive periods of at most one year: the first starts on the span's start, each next one
   * year after the start of the one before, the last ends on the span's end.
   */
  public static List<Span> years(LocalDate start, LocalDate end) {
    List<Span> out = new ArrayList<>();
    LocalDate from = start;
    while (!from.isAfter(end)) {
      // A year after this period's own start, not the first's: from 29 February the next start is 28 February.
      LocalDate next = from.plusYears(1);
      LocalDate to = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
      out.add(new Span(from, to));
      from = next;
    }
    return out;
  }

  /**
   * Splits an amount over the yearly periods of a span pro rata by days, to the currency's minor unit (or the amount's own scale when finer): each period
   * takes its share rounded down, and the minor units that rounding left go one each to the periods with the largest
   * remainders (the earlier of equal ones), so that the parts are never negative and add up to the amount exactly.
   */
  public static List<Share> proRata(Money amount, LocalDate start, LocalDate end) {
    List<Span> spans = years(start, end);
    long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
    // An amount given more finely than the currency's minor unit is shared at its own scale.
    int scale = Math.max(Math.max(0, amount.currency().getDefaultFractionDigits()), amount.amount().scale());
    BigInteger units = amount.amount().movePointRight(scale).toBigIntegerExact();
    BigInteger total = BigInteger.valueOf(totalDays);
    BigInteger[] parts = new BigInteger[spans.size()];
    BigInteger[] remainders = new BigInteger[spans.size()];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < spans.size(); i++) {
      long days = ChronoUnit.DAYS.between(spans.get(i).start(), spans.get(i).end()) + 1;
      BigInteger[] qr = units.multiply(BigInteger.valueOf(days)).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    int left = units.subtract(given).intValueExact();
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    List<Share> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(new Share(spans.get(i), Money.of(new BigDecimal(parts[i], scale), amount.currency())));
    }
    return out;
  }
}
