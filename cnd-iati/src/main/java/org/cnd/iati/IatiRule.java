package org.cnd.iati;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.validation.Severity;

/**
 * The IATI export's own rules: what IATI 2.03 requires that the data lacks, the rules of IATI's Standard Ruleset
 * that apply to what cnd holds (with their IATI identifiers beside cnd's), and what the export leaves out because it
 * cannot be written faithfully (warnings).
 *
 * <p>Identifiers are stable public API, like those of the core's catalogue ({@code RULES.md} lists both). A problem
 * of these rules carries the JSON Pointer of the cnd entity or property it comes from.
 */
public enum IatiRule {
  /** The export is asked for programmes the portfolio holds. */
  PROGRAMME("iati.programme", Severity.ERROR, ImmutableList.of(),
      "Every programme selected for export is a programme of the portfolio."),
  /** At least one activity is written. */
  NO_ACTIVITY("iati.no-activity", Severity.ERROR, ImmutableList.of(),
      "An IATI document holds at least one activity: at least one programme is exported."),
  /** The reporting organisation is known, with its IATI identifier and type. */
  REPORTING_ORG("iati.reporting-org", Severity.ERROR, ImmutableList.of(),
      "Each activity has a reporting organisation (the one the options name, else the programme's only accountable participant, else its only implementing one) with an IATI organisation identifier and an IATI organisation type."),
  /** Each activity has an identifier. */
  ACTIVITY_IDENTIFIER("iati.activity-identifier", Severity.ERROR, ImmutableList.of(),
      "Each activity has an IATI identifier: the programme's own, or one built from the reporting organisation's identifier and the programme's code."),
  /** Activity identifiers are unique and differ from the reporting organisation's. */
  IDENTIFIER_UNIQUE("iati.identifier-unique", Severity.ERROR, ImmutableList.of("1.1.3"),
      "Activity identifiers are unique in the document and differ from the reporting organisation's identifier."),
  /** Each activity has a description. */
  DESCRIPTION("iati.description", Severity.ERROR, ImmutableList.of("4.4.1"),
      "Each activity has a description with text."),
  /** Each activity says the language of its texts. */
  LANGUAGE("iati.language", Severity.ERROR, ImmutableList.of("4.1.1"),
      "Each activity says the language of its texts: the programme's, else the default language of the options."),
  /** Each activity has a participating organisation in an IATI role. */
  PARTICIPATING_ORG("iati.participating-org", Severity.ERROR, ImmutableList.of(),
      "Each activity has at least one participating organisation in one of IATI's roles (funding, accountable, extending, implementing)."),
  /** Each activity has a status. */
  ACTIVITY_STATUS("iati.activity-status", Severity.ERROR, ImmutableList.of(),
      "Each activity has a status: the programme's status history (or the engagement's phase history) is not empty."),
  /** Each activity has a planned or an actual start date. */
  START_DATE("iati.start-date", Severity.ERROR, ImmutableList.of("6.11.1"),
      "Each activity has a planned start date or an actual start date."),
  /** Start dates are not after end dates. */
  DATE_ORDER("iati.date-order", Severity.ERROR, ImmutableList.of("11.1.2", "11.1.3", "8.6.1", "8.6.3"),
      "A planned or actual start date, and the start of a budget or result period, is not after the matching end date."),
  /** Actual dates and transaction dates are not in the future. */
  DATE_FUTURE("iati.date-future", Severity.ERROR, ImmutableList.of("11.1.4", "11.1.5", "11.2.1", "11.2.2"),
      "Actual start and end dates and transaction dates are not after the day of the export."),
  /** Each activity has a sector. */
  SECTOR("iati.sector", Severity.ERROR, ImmutableList.of("6.2.2"),
      "Each activity has at least one sector: a DAC purpose of the programme."),
  /** Sector percentages are given for several sectors and sum to 100. */
  SECTOR_PERCENTAGES("iati.sector-percentages", Severity.ERROR, ImmutableList.of("2.1.1", "2.1.2", "2.1.4", "12.3.1"),
      "With several DAC purposes each has a percentage and they sum to 100; a single purpose has no percentage or 100."),
  /** Each activity has one recipient country. */
  RECIPIENT_COUNTRY("iati.recipient-country", Severity.ERROR, ImmutableList.of("3.7.1", "3.1.1"),
      "Each activity has a recipient country, from the places of its clusters; clusters in several countries need shares that cnd does not hold."),
  /** A budget period is at most one year. */
  BUDGET_PERIOD("iati.budget-period", Severity.ERROR, ImmutableList.of("7.5.3"),
      "A budget period is at most one year."),
  /** Non-qualitative baselines, targets and actuals have values. */
  RESULT_VALUE("iati.result-value", Severity.ERROR, ImmutableList.of("8.8.1", "8.9.1", "8.10.1"),
      "The baselines, targets and actuals of a non-qualitative indicator have values."),
  /** References of transactions resolve. */
  REFERENCE_ORGANISATION("iati.reference-organisation", Severity.ERROR, ImmutableList.of(),
      "The provider and receiver of a transaction name organisations of the portfolio."),
  /** Actual dates known less precisely than a day are left out unless asked. */
  ACTUAL_DATE_PRECISION("iati.actual-date-precision", Severity.WARNING, ImmutableList.of(),
      "An actual date is written only when it is known to the day, unless the export is asked to approximate actual dates."),
  /** A budget whose period has no end is left out. */
  BUDGET_UNDATED("iati.budget-undated", Severity.WARNING, ImmutableList.of(),
      "A budget is written only when the programme's planned period, or else its period, has a start and an end."),
  /** A transaction known less precisely than a day is left out. */
  TRANSACTION_DATE("iati.transaction-date", Severity.WARNING, ImmutableList.of(),
      "A transaction is written only when its date is known to the day."),
  /** A participation in a role IATI lacks is left out. */
  PARTICIPATION_ROLE("iati.participation-role", Severity.WARNING, ImmutableList.of(),
      "A participation in a role IATI does not have (technical support, counterpart) is left out."),
  /** A relation IATI cannot express, or to an activity without identifier, is left out. */
  RELATED_ACTIVITY("iati.related-activity", Severity.WARNING, ImmutableList.of(),
      "A related programme is written only as a parent or child whose activity identifier is known."),
  /** A report without a url, a known file format or a document category is left out. */
  DOCUMENT_LINK("iati.document-link", Severity.WARNING, ImmutableList.of(),
      "A report of a programme becomes a document link only with a url, a file format known from its extension (.pdf, .htm, .html or none) and a kind with a document category (evaluation, progress report)."),
  /** A measurement over an open period is left out. */
  MEASUREMENT_UNDATED("iati.measurement-undated", Severity.WARNING, ImmutableList.of(),
      "A measurement over a period is written only when the period has an end.");

  private final String id;
  private final Severity severity;
  private final ImmutableList<String> iatiRules;
  private final String description;

  IatiRule(String id, Severity severity, ImmutableList<String> iatiRules, String description) {
    this.id = id;
    this.severity = severity;
    this.iatiRules = iatiRules;
    this.description = description;
  }

  /** The stable identifier, such as {@code iati.start-date}. */
  public String id() {
    return id;
  }

  /** An error refuses the document; a warning says what was left out. */
  public Severity severity() {
    return severity;
  }

  /** The identifiers of the IATI Standard Ruleset (2.03) rules this rule checks, such as {@code 6.11.1}. */
  public ImmutableList<String> iatiRules() {
    return iatiRules;
  }

  /** What the rule requires, in one sentence. */
  public String description() {
    return description;
  }

  /** The rule with the given identifier. */
  public static Optional<IatiRule> byId(String id) {
    for (IatiRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
