package org.cnd.core.validation;

/**
 * The groups of the {@link Rule rule catalogue}, in its order: each group's title and the paragraph that introduces
 * it, from which {@code RULES.md}'s groups are generated (line breaks included) with the rules of {@link
 * Rule#values()}.
 */
public enum RuleGroup {
  /** {@code values: identifiers and text}. */
  VALUES_IDENTIFIERS_AND_TEXT(
      "values: identifiers and text",
      "Invariants of one value: thrown as `RuleViolationException` when the identifier, or the value or entity that holds" + "\n"
          + "the text, is built."),
  /** {@code values and entities: builders}. */
  VALUES_AND_ENTITIES_BUILDERS(
      "values and entities: builders",
      "Invariants of every value and entity: thrown as `RuleViolationException` (a `MissingAttributeException`, carrying the" + "\n"
          + "names of the attributes) by a builder's `build()` when a required attribute was not set."),
  /** {@code values: time}. */
  VALUES_TIME(
      "values: time",
      "Invariants of one value: thrown when a partial date or date range is built or parsed."),
  /** {@code values: money}. */
  VALUES_MONEY(
      "values: money",
      "Invariants of one value, except `money.currency-mismatch`, which is thrown (as `CurrencyMismatchException`, carrying both currencies) by arithmetic and comparison across currencies, and `money.negative`, which is thrown by the entities whose amounts may not be negative."),
  /** {@code values: places and sectors}. */
  VALUES_PLACES_AND_SECTORS(
      "values: places and sectors",
      "Invariants of one value: thrown when the value is built."),
  /** {@code entities: invariants of one entity}. */
  ENTITIES_INVARIANTS_OF_ONE_ENTITY(
      "entities: invariants of one entity",
      "Invariants of one entity: thrown when the entity is built."),
  /** {@code methodology: engagements and their lifecycle}. */
  METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE(
      "methodology: engagements and their lifecycle",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: diagnostic studies}. */
  METHODOLOGY_DIAGNOSTIC_STUDIES(
      "methodology: diagnostic studies",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: action plans}. */
  METHODOLOGY_ACTION_PLANS(
      "methodology: action plans",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: monitoring}. */
  METHODOLOGY_MONITORING(
      "methodology: monitoring",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: training}. */
  METHODOLOGY_TRAINING(
      "methodology: training",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: linkages and reports}. */
  METHODOLOGY_LINKAGES_AND_REPORTS(
      "methodology: linkages and reports",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code methodology: references}. */
  METHODOLOGY_REFERENCES(
      "methodology: references",
      "Rules of the methodology. Those about a single study, plan, indicator, training or engagement value are invariants, thrown as `RuleViolationException` when it is built;" + "\n"
          + "those that need other entities (references, guards and the transition table over a recorded history) are checked by the portfolio validator; a refused `Engagement.moveTo` returns a `Refusal` that names the same lifecycle rules."),
  /** {@code portfolio}. */
  PORTFOLIO(
      "portfolio",
      "An invariant of the portfolio: thrown when a portfolio is built."),
  /** {@code across entities: references}. */
  ACROSS_ENTITIES_REFERENCES(
      "across entities: references",
      "Reported by the portfolio validator (`Portfolio.validate()`), never thrown."),
  /** {@code across entities: organisations and programmes}. */
  ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES(
      "across entities: organisations and programmes",
      "Reported by the portfolio validator (`Portfolio.validate()`), never thrown."),
  /** The IATI attributes of organisations and programmes. */
  IATI_ATTRIBUTES(
      "values: IATI attributes",
      "Invariants of one value or entity, for the IATI attributes of organisations and programmes: thrown when the value is\n"
          + "built. The IATI export's own rules (`iati.*`) are listed below, in \"Format rules of the IATI export (cnd-iati)\"."),
  /** {@code selection and networks: invariants of one value}. */
  SELECTION_AND_NETWORKS(
      "selection and networks: invariants of one value",
      "Mapping data sets, selection exercises, networks of firms and exit handovers: invariants of one value, thrown as" + "\n"
          + "`RuleViolationException` when the value is built."),
  /** {@code selection and networks: across entities}. */
  SELECTION_AND_NETWORKS_ACROSS_ENTITIES(
      "selection and networks: across entities",
      "Reported by the portfolio validator (`Portfolio.validate()`), never thrown. `lifecycle.selection-recorded` is a" + "\n"
          + "warning, so that documents written before selection exercises were recorded stay valid.");

  private final String title;
  private final String introduction;

  RuleGroup(String title, String introduction) {
    this.title = title;
    this.introduction = introduction;
  }

  /** The title, such as {@code values: time}: the heading of the group in RULES.md. */
  public String title() {
    return title;
  }

  /** The paragraph under the heading, as RULES.md has it, line breaks included; one or more sentences. */
  public String introduction() {
    return introduction;
  }

  /** The rules of this group, in the catalogue's order. */
  public java.util.List<Rule> rules() {
    return java.util.Arrays.stream(Rule.values()).filter(r -> r.group() == this).toList();
  }

  @Override
  public String toString() {
    return title;
  }
}
