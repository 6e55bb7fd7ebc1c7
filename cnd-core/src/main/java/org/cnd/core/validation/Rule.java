package org.cnd.core.validation;

/**
 * The rule catalogue of the model: every rule the core checks, with its stable identifier, its severity and what
 * it requires.
 *
 * <p>Identifiers are public API: integrators match on them. They are never renamed and never reused for another
 * rule; a rule that is retired stays here, deprecated. {@code RULES.md} at the repository root lists the same
 * rules, and a test keeps the two in step.
 *
 * <p>Rules of the first kind are <em>invariants of one value</em>, checked when the value is built (a failure
 * throws {@link RuleViolationException}); rules of the second kind hold <em>across entities</em> and are checked
 * by the portfolio validator, which reports every violation and never throws.
 */
public enum Rule {
  // --- values: identifiers and text -------------------------------------------------------------------------
  /** An identifier is 1 to 64 characters of lower-case letters, digits and hyphens. */
  ID_SYNTAX("id.syntax", "An identifier is 1 to 64 characters: lower-case letters a-z, digits 0-9 and hyphens."),
  /** Names, titles and other required text hold at least one non-blank character. */
  TEXT_BLANK("text.blank", "Required text (names, titles, notes that are given) is not blank."),

  // --- values: time ---------------------------------------------------------------------------------------
  /** A partial date is written {@code 2004}, {@code 2007-Q1}, {@code 2004-08} or {@code 2005-10-08}. */
  DATE_SYNTAX("date.syntax",
      "A partial date is a year (2004), a quarter (2007-Q1), a month (2004-08) or a day (2005-10-08) that exists."),
  /** A date range is written {@code start/end} or {@code start/..}. */
  DATE_RANGE_SYNTAX("date-range.syntax",
      "A date range is written start/end, or start/.. when it has no end; both are partial dates."),
  /** A range's start is not certainly after its end. */
  DATE_RANGE_ORDER("date-range.order", "A date range's start is not certainly after its end."),

  // --- values: money --------------------------------------------------------------------------------------
  /** A money amount is a decimal number with an ISO 4217 currency code. */
  MONEY_SYNTAX("money.syntax",
      "A money amount is a plain decimal number, at most 30 digits before and 30 after the point, and an ISO 4217 currency code (USD 235000.00)."),
  /** The currency code is a real ISO 4217 code. */
  MONEY_CURRENCY("money.currency", "A currency is an ISO 4217 code known to the Java platform (USD, PKR, EUR)."),
  /** Amounts in different currencies are never added or compared. */
  MONEY_CURRENCY_MISMATCH("money.currency-mismatch", "Amounts in different currencies are never added, subtracted or compared."),
  /** Budgets, funding amounts and figures are not negative. */
  MONEY_NEGATIVE("money.negative", "Budgets, funding amounts, output and exports are not negative."),

  // --- values: places and sectors -------------------------------------------------------------------------
  /** A country is an ISO 3166-1 alpha-2 code. */
  PLACE_COUNTRY("place.country", "A country is an assigned ISO 3166-1 alpha-2 code in upper case (PK)."),
  /** A subdivision is an ISO 3166-2 code. */
  PLACE_SUBDIVISION("place.subdivision",
      "A subdivision is an ISO 3166-2 code: the country code, a hyphen and 1 to 3 upper-case letters or digits (PK-PB)."),
  /** A place's subdivision belongs to its country. */
  PLACE_SUBDIVISION_COUNTRY("place.subdivision-country", "A place's subdivision belongs to the place's country."),
  /** A point's latitude is within [-90, 90] and its longitude within [-180, 180]. */
  PLACE_POINT("place.point", "A point's latitude is within [-90, 90] and its longitude within [-180, 180]."),
  /** An area is named only within a locality. */
  PLACE_AREA("place.area", "A place names an area (Korangi) only together with the locality it lies in (Karachi)."),
  /** An ISIC Rev.4 code is a section letter or 2 to 4 digits. */
  SECTOR_ISIC("sector.isic", "An ISIC Rev.4 code is a section letter A-U or a division, group or class of 2 to 4 digits."),

  // --- entities: invariants of one entity -----------------------------------------------------------------
  /** Counts of enterprises and employment are not negative. */
  FIGURE_NEGATIVE("figure.negative", "Counts (enterprises, employment, participants) are not negative."),
  /** An organisation is not its own parent. */
  ORGANISATION_SELF_PARENT("organisation.self-parent", "An organisation is not its own parent."),
  /** A programme is not related to itself. */
  PROGRAMME_SELF_RELATION("programme.self-relation", "A programme is not related to itself."),
  /** A programme names each target cluster once. */
  PROGRAMME_TARGET_DUPLICATE("programme.target-duplicate", "A programme names each target cluster once."),

  // --- portfolio ------------------------------------------------------------------------------------------
  /** Identifiers are unique within each collection of a portfolio. */
  PORTFOLIO_DUPLICATE_ID("portfolio.duplicate-id", "Identifiers are unique within each collection of a portfolio."),

  // --- across entities: references ------------------------------------------------------------------------
  /** A reference to an organisation names an organisation of the portfolio. */
  REFERENCE_ORGANISATION("reference.organisation", "A reference to an organisation names an organisation of the portfolio."),
  /** A reference to a person names a person of the portfolio. */
  REFERENCE_PERSON("reference.person", "A reference to a person names a person of the portfolio."),
  /** A reference to a cluster names a cluster of the portfolio. */
  REFERENCE_CLUSTER("reference.cluster", "A reference to a cluster names a cluster of the portfolio."),
  /** A reference to a programme names a programme of the portfolio. */
  REFERENCE_PROGRAMME("reference.programme", "A reference to a programme names a programme of the portfolio."),

  // --- across entities: organisations and programmes ------------------------------------------------------
  /** Following parent organisations never leads back to the start. */
  ORGANISATION_PARENT_CYCLE("organisation.parent-cycle", "Following parent organisations never leads back to where it started."),
  /** A programme's status changes are recorded in time order. */
  PROGRAMME_STATUS_ORDER("programme.status-order",
      "A programme's status changes are listed in time order: no change is certainly before a change listed before it."),
  /** A programme's status changes from its adoption on fall within its period. */
  PROGRAMME_STATUS_PERIOD("programme.status-period",
      "A programme's status changes from its adoption on are not certainly outside its period (a concept or proposal, and its cancellation, may precede the period)."),
  /** A programme's budget and funding amounts are in one currency. */
  PROGRAMME_CURRENCY("programme.currency", "A programme's budget and its funding amounts are all in one currency."),
  /** Related programmes agree: two programmes do not name each other as parent. */
  PROGRAMME_RELATION_CONSISTENT("programme.relation-consistent",
      "When a programme names another as its parent, the other does not name it as its parent too.");

  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String id, String description) {
    this(id, Severity.ERROR, description);
  }

  Rule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The stable identifier, such as {@code reference.organisation}. */
  public String id() {
    return id;
  }

  /** The severity of a violation of this rule. */
  public Severity severity() {
    return severity;
  }

  /** What the rule requires, in one sentence. */
  public String description() {
    return description;
  }

  /** The rule with the given identifier. */
  public static java.util.Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
