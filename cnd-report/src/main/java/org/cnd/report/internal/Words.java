package org.cnd.report.internal;

import static org.cnd.report.PlainText.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Coded;
import org.cnd.report.Summary;

/**
 * How the reports put the core's values into words: labels of codes, names of organisations and clusters, amounts
 * and periods. The core's presentation helpers ({@link Coded#label()}, {@code PortfolioQueries.organisationName})
 * are read here only, so that a change to them touches one class.
 */
public final class Words {
  private final Portfolio portfolio;

  /** Words for the names of a portfolio. */
  public Words(Portfolio portfolio) {
    this.portfolio = portfolio;
  }

  /** The human label of a code: {@code Action planning}. */
  public static String label(Coded code) {
    return code.label();
  }

  /** The label in lower case, for use inside a sentence. */
  public static String lower(Coded code) {
    return code.label().toLowerCase(Locale.ROOT);
  }

  /** The acronym or name of an organisation, or its identifier when it is not in the portfolio. */
  public String organisation(OrganisationId id) {
    return portfolio.queries().organisationName(id);
  }

  /** The name of a cluster, or its identifier when it is not in the portfolio. */
  public String cluster(ClusterId id) {
    return portfolio.queries().clusterName(id);
  }

  /** An amount with its currency and grouped digits: {@code USD 235,000.00}. */
  public static String money(Money money) {
    return money.currencyCode() + " " + number(money.amount());
  }

  /** Amounts in several currencies, never added: {@code USD 400,000.00 and PKR 1,000.00}. */
  public static String moneys(Collection<Money> amounts) {
    return amounts.stream().map(Words::money).collect(Collectors.joining(" and "));
  }

  /** A decimal number with grouped digits and its own scale: {@code 235,000.00}, {@code 16}. */
  public static String number(BigDecimal n) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(Math.max(n.scale(), 0));
    format.setMaximumFractionDigits(Math.max(n.scale(), 0));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(n);
  }

  /** A fraction as a percentage with one decimal: {@code 0.25} is {@code 25.0%}. */
  public static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * The size of a portfolio in words, in two parts: {@code 1 programme, 5 clusters, 5 organisations, 2 people},
   * then {@code 1 engagement, 1 diagnostic study, ..., 0 linkages, 1 report}.
   */
  public static List<String> counts(Summary.Counts c) {
    return List.of(
        String.join(", ", count(c.programmes(), "programme", "programmes"), count(c.clusters(), "cluster", "clusters"),
            count(c.organisations(), "organisation", "organisations"), count(c.people(), "person", "people")),
        String.join(", ", count(c.engagements(), "engagement", "engagements"),
            count(c.diagnosticStudies(), "diagnostic study", "diagnostic studies"),
            count(c.actionPlans(), "action plan", "action plans"), count(c.indicators(), "indicator", "indicators"),
            count(c.trainings(), "training", "trainings"), count(c.linkages(), "linkage", "linkages"),
            count(c.reports(), "report", "reports")));
  }

  /** A period: {@code 2001 to 2005}, {@code from 2001}. */
  public static String period(DateRange range) {
    return range.end().map(e -> range.start() + " to " + e).orElse("from " + range.start());
  }

  /** A period, or the words for its absence. */
  public static String period(Optional<DateRange> range) {
    return range.map(Words::period).orElse("period not recorded");
  }
}
