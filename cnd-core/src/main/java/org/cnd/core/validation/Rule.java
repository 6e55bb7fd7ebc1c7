package org.cnd.core.validation;

/**
 * The rule catalogue of the model: every rule the core checks, with its stable identifier, its severity and what
 * it requires.
 *
 * <p>Identifiers are public API: integrators match on them. They are never renamed and never reused for another
 * rule; a rule that is retired stays here, deprecated. {@code RULES.md} at the repository root is generated from
 * this catalogue and its {@link RuleGroup groups} (see TESTING.md).
 *
 * <p>Rules of the first kind are <em>invariants of one value</em>, checked when the value is built (a failure
 * throws {@link RuleViolationException}); rules of the second kind hold <em>across entities</em> and are checked
 * by the portfolio validator, which reports every violation and never throws.
 */
public enum Rule {
  /** An identifier is 1 to 64 characters of lower-case letters, digits and hyphens. */
  ID_SYNTAX(RuleGroup.VALUES_IDENTIFIERS_AND_TEXT, "id.syntax", "An identifier is 1 to 64 characters: lower-case letters a-z, digits 0-9 and hyphens."),
  /** Names, titles and other required text hold at least one non-blank character. */
  TEXT_BLANK(RuleGroup.VALUES_IDENTIFIERS_AND_TEXT, "text.blank", "Required text (names, titles, notes that are given) is not blank."),

  /** A builder is given every required attribute before it builds. */
  VALUE_MISSING_ATTRIBUTE(RuleGroup.VALUES_AND_ENTITIES_BUILDERS, "value.missing-attribute",
      "A value or entity is built only when every required attribute is set."),

  /** A partial date is written {@code 2004}, {@code 2007-Q1}, {@code 2004-08} or {@code 2005-10-08}. */
  DATE_SYNTAX(RuleGroup.VALUES_TIME, "date.syntax",
      "A partial date is a year (2004), a quarter (2007-Q1), a month (2004-08) or a day (2005-10-08) that exists."),
  /** A date range is written {@code start/end} or {@code start/..}. */
  DATE_RANGE_SYNTAX(RuleGroup.VALUES_TIME, "date-range.syntax",
      "A date range is written start/end, or start/.. when it has no end; both are partial dates."),
  /** A range's start is not certainly after its end. */
  DATE_RANGE_ORDER(RuleGroup.VALUES_TIME, "date-range.order", "A date range's start is not certainly after its end."),
  /** A date has every digit given: EDTF's unspecified digits ({@code 201X}, {@code 2004-XX}) are refused. */
  DATE_UNSPECIFIED(RuleGroup.VALUES_TIME, "date.unspecified",
      "A partial date has every digit given: EDTF's unspecified digits (201X, 2004-XX) are refused, since cnd has no decade or century precision and does not guess one."),
  /** Of ISO 8601-2's sub-year groupings only quarters ({@code 2007-33} to {@code 2007-36}) are dates. */
  DATE_GROUPING(RuleGroup.VALUES_TIME, "date.grouping",
      "Of ISO 8601-2's sub-year groupings a partial date may be a quarter (2007-33 to 2007-36); seasons (21 to 32), quadrimesters and semesters (37 to 41) are refused."),
  /** A partial date has no time of day. */
  DATE_TIME(RuleGroup.VALUES_TIME, "date.time", "A partial date has no time of day: an EDTF date and time (1985-04-12T23:20:30) is refused."),
  /** A date range has a start. */
  DATE_RANGE_START(RuleGroup.VALUES_TIME, "date-range.start",
      "A date range has a start: EDTF's open start (../2016) and unknown start (/2016) are refused."),
  /** A date range's end is a date or open; EDTF's unknown end is refused. */
  DATE_RANGE_UNKNOWN_END(RuleGroup.VALUES_TIME, "date-range.unknown-end",
      "A date range ends at a date or is open (2001/..): EDTF's unknown end (2001/) is refused, since cnd does not tell it from an open end."),

  /** A money amount is a decimal number with an ISO 4217 currency code. */
  MONEY_SYNTAX(RuleGroup.VALUES_MONEY, "money.syntax",
      "A money amount is a plain decimal number, at most 30 digits before and 30 after the point, and an ISO 4217 currency code (USD 235000.00)."),
  /** The currency code is a real ISO 4217 code. */
  MONEY_CURRENCY(RuleGroup.VALUES_MONEY, "money.currency", "A currency is an ISO 4217 code known to the Java platform (USD, PKR, EUR)."),
  /** Amounts in different currencies are never added or compared. */
  MONEY_CURRENCY_MISMATCH(RuleGroup.VALUES_MONEY, "money.currency-mismatch", "Amounts in different currencies are never added, subtracted or compared."),
  /** Budgets, funding amounts and figures are not negative. */
  MONEY_NEGATIVE(RuleGroup.VALUES_MONEY, "money.negative", "Budgets, funding amounts, output and exports are not negative."),

  /** A country is an ISO 3166-1 alpha-2 code. */
  PLACE_COUNTRY(RuleGroup.VALUES_PLACES_AND_SECTORS, "place.country", "A country is an assigned ISO 3166-1 alpha-2 code in upper case (PK)."),
  /** A subdivision is an ISO 3166-2 code. */
  PLACE_SUBDIVISION(RuleGroup.VALUES_PLACES_AND_SECTORS, "place.subdivision",
      "A subdivision is an ISO 3166-2 code: the country code, a hyphen and 1 to 3 upper-case letters or digits (PK-PB)."),
  /** A place's subdivision belongs to its country. */
  PLACE_SUBDIVISION_COUNTRY(RuleGroup.VALUES_PLACES_AND_SECTORS, "place.subdivision-country", "A place's subdivision belongs to the place's country."),
  /** A point's latitude is within [-90, 90] and its longitude within [-180, 180]. */
  PLACE_POINT(RuleGroup.VALUES_PLACES_AND_SECTORS, "place.point", "A point's latitude is within [-90, 90] and its longitude within [-180, 180]."),
  /** An area is named only within a locality. */
  PLACE_AREA(RuleGroup.VALUES_PLACES_AND_SECTORS, "place.area", "A place names an area (Korangi) only together with the locality it lies in (Karachi)."),
  /** An ISIC Rev.4 code is a section letter or 2 to 4 digits. */
  SECTOR_ISIC(RuleGroup.VALUES_PLACES_AND_SECTORS, "sector.isic", "An ISIC Rev.4 code is a section letter A-U or a division, group or class of 2 to 4 digits."),

  /** Counts of enterprises and employment are not negative. */
  FIGURE_NEGATIVE(RuleGroup.ENTITIES_INVARIANTS_OF_ONE_ENTITY, "figure.negative", "Counts (enterprises, employment, participants) are not negative."),
  /** An organisation is not its own parent. */
  ORGANISATION_SELF_PARENT(RuleGroup.ENTITIES_INVARIANTS_OF_ONE_ENTITY, "organisation.self-parent", "An organisation is not its own parent."),
  /** A programme is not related to itself. */
  PROGRAMME_SELF_RELATION(RuleGroup.ENTITIES_INVARIANTS_OF_ONE_ENTITY, "programme.self-relation", "A programme is not related to itself."),
  /** A programme names each target cluster once. */
  PROGRAMME_TARGET_DUPLICATE(RuleGroup.ENTITIES_INVARIANTS_OF_ONE_ENTITY, "programme.target-duplicate", "A programme names each target cluster once."),

  /** A phase change follows the transition table of {@code org.cnd.core.lifecycle.Transitions}. */
  LIFECYCLE_TRANSITION(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.transition",
      "A phase change follows the transition table: an engagement starts in selection and steps forward; monitoring and evaluation may go back to action planning (a plan revision); an active phase may be suspended, and a suspension resumes to the phase it left; an active or suspended engagement may be discontinued; nothing follows exit or discontinuation."),
  /** An engagement's phase changes are recorded in time order. */
  LIFECYCLE_DATE_ORDER(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.date-order",
      "An engagement's phase changes are listed in time order: no change is certainly before the one listed before it."),
  /** A discontinuation gives its reason; only suspensions and discontinuations have one. */
  LIFECYCLE_REASON(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.reason",
      "A discontinuation gives its reason (overtaken by events); only suspensions and discontinuations give a reason."),
  /** The diagnostic needs a CDA assigned. */
  LIFECYCLE_GUARD_CDA(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.guard-cda",
      "An engagement enters the diagnostic only with a cluster development agent (CDA) on its team at that date."),
  /** Action planning needs an endorsed diagnostic study of the cluster. */
  LIFECYCLE_GUARD_ENDORSED_STUDY(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.guard-endorsed-study",
      "An engagement enters action planning only when a diagnostic study of its cluster is endorsed no later than that date."),
  /** Implementation needs an endorsed action plan based on an endorsed study of the cluster. */
  LIFECYCLE_GUARD_ENDORSED_PLAN(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.guard-endorsed-plan",
      "An engagement enters implementation only when an action plan of its cluster is endorsed no later than that date and its basis is a diagnostic study of the cluster endorsed no later than that date."),
  /** Exit needs a governance body and a measurement of an indicator. */
  LIFECYCLE_GUARD_EXIT(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.guard-exit",
      "An engagement exits only with a governance body formed, or a handover dated, no later than that date and at least one measurement of one of its indicators dated no later than that date."),
  /** A member of an engagement's team is a person, an organisation, or both. */
  LIFECYCLE_TEAM_MEMBER(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.team-member", "A member of an engagement's team names a person, an organisation, or both."),
  /** Pilot activities start from the diagnostic on, strategic activities from implementation on. */
  LIFECYCLE_ACTIVITY_PHASE(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.activity-phase",
      "Trust building is not a phase: an activity of an engagement's plan that has started (ongoing or done) starts no earlier than the engagement's diagnostic when it is a pilot, no earlier than its implementation when it is strategic."),
  /** An engagement's cluster is among its programme's target clusters. */
  LIFECYCLE_PROGRAMME_TARGET(RuleGroup.METHODOLOGY_ENGAGEMENTS_AND_THEIR_LIFECYCLE, "lifecycle.programme-target", Severity.WARNING,
      "An engagement's cluster is among the target clusters of its programme."),

  /** A validated or endorsed study has a complete SWOT. */
  DIAGNOSTIC_SWOT_INCOMPLETE(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.swot-incomplete",
      "A validated or endorsed diagnostic study has a SWOT whose four lists (strengths, weaknesses, opportunities, threats) are all non-empty."),
  /** A validated or endorsed study has a cluster map with an actor. */
  DIAGNOSTIC_MAP_EMPTY(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.map-empty", "A validated or endorsed diagnostic study has a cluster map with at least one actor."),
  /** Endorsement is dated no earlier than validation. */
  DIAGNOSTIC_ENDORSEMENT_ORDER(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.endorsement-order",
      "A diagnostic study's endorsement is not dated certainly before its validation."),
  /** The actors of a cluster map have distinct identifiers. */
  DIAGNOSTIC_MAP_ACTOR_DUPLICATE(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.map-actor-duplicate", "The actors of a cluster map have distinct identifiers."),
  /** A linkage of a cluster map joins actors of that map. */
  DIAGNOSTIC_MAP_LINKAGE(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.map-linkage", "A linkage of a cluster map joins two actors of the same map."),
  /** A study counts each size class once. */
  DIAGNOSTIC_SIZE_CLASS_DUPLICATE(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.size-class-duplicate", "A diagnostic study counts the enterprises of each size class once."),
  /** A study gives each indicator one baseline value. */
  DIAGNOSTIC_BASELINE_DUPLICATE(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.baseline-duplicate", "A diagnostic study gives each indicator at most one baseline value."),
  /** A study's baseline agrees with the indicator's baseline taken from the study. */
  DIAGNOSTIC_BASELINE_MISMATCH(RuleGroup.METHODOLOGY_DIAGNOSTIC_STUDIES, "diagnostic.baseline-mismatch",
      "When an indicator's baseline names a diagnostic study that gives a baseline value for the indicator, the two values are equal."),

  /** A plan's version is 1 or more. */
  PLAN_VERSION(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.version", "An action plan's version is 1 or more."),
  /** A plan's objectives have distinct identifiers. */
  PLAN_OBJECTIVE_DUPLICATE(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.objective-duplicate", "The objectives of an action plan have distinct identifiers."),
  /** A plan's activities have distinct identifiers. */
  PLAN_ACTIVITY_DUPLICATE(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.activity-duplicate", "The activities of an action plan have distinct identifiers."),
  /** An activity serves objectives of its own plan. */
  PLAN_ACTIVITY_OBJECTIVE(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.activity-objective", "An activity serves objectives of its own action plan."),
  /** An activity's period lies within the plan's horizon. */
  PLAN_ACTIVITY_PERIOD(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.activity-period", "An activity's period may lie within its action plan's horizon."),
  /** An activity's funding is not more than its budget. */
  PLAN_FUNDING_EXCEEDS_BUDGET(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.funding-exceeds-budget", "The funding shares of an activity add up to no more than its budget."),
  /** An activity's budget and funding are in one currency. */
  PLAN_FUNDING_CURRENCY(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.funding-currency", "An activity's budget and its funding shares are all in one currency."),
  /** A plan is not superseded before it was endorsed. */
  PLAN_SUPERSEDED_DATE(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.superseded-date", "An action plan is not superseded at a date certainly before its endorsement."),
  /** A plan supersedes an earlier version of a plan of the same cluster. */
  PLAN_SUPERSEDES(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.supersedes",
      "An action plan supersedes another plan (not itself) of the same cluster with a lower version."),
  /** A plan's basis is a study of the plan's cluster. */
  PLAN_BASIS_CLUSTER(RuleGroup.METHODOLOGY_ACTION_PLANS, "plan.basis-cluster", "An action plan's basis is a diagnostic study of the plan's cluster."),

  /** An indicator value is a number or a text. */
  MONITORING_VALUE(RuleGroup.METHODOLOGY_MONITORING, "monitoring.value",
      "An indicator value is either a number (at most 30 digits before and after the point) or a text: one of the two,"
          + " not both."),
  /** Qualitative measures carry text; numbers and percentages carry numbers. */
  MONITORING_VALUE_KIND(RuleGroup.METHODOLOGY_MONITORING, "monitoring.value-kind",
      "The values of a qualitative indicator are texts; those of a number or percentage indicator are numbers."),
  /** Targets are not dated before the baseline. */
  MONITORING_TARGET_BEFORE_BASELINE(RuleGroup.METHODOLOGY_MONITORING, "monitoring.target-before-baseline",
      "An indicator's targets are not dated certainly before its baseline."),
  /** Measurements are not dated before the baseline. */
  MONITORING_MEASUREMENT_BEFORE_BASELINE(RuleGroup.METHODOLOGY_MONITORING, "monitoring.measurement-before-baseline",
      "An indicator's measurements are not dated certainly before its baseline."),
  /** A measurement has a date or a period. */
  MONITORING_MEASUREMENT_WHEN(RuleGroup.METHODOLOGY_MONITORING, "monitoring.measurement-when", "A measurement is dated by a date or by a period: one of the two, not both."),
  /** Broken-down values fit the indicator's disaggregation. */
  MONITORING_DISAGGREGATION(RuleGroup.METHODOLOGY_MONITORING, "monitoring.disaggregation",
      "A broken-down value names exactly one category (a size class or a gender), of the indicator's disaggregation."),
  /** A baseline's study is of the indicator's cluster. */
  MONITORING_BASELINE_CLUSTER(RuleGroup.METHODOLOGY_MONITORING, "monitoring.baseline-cluster",
      "The diagnostic study an indicator's baseline came from is a study of the indicator's cluster."),

  /** Named participants are no more than the counts. */
  TRAINING_PARTICIPANTS(RuleGroup.METHODOLOGY_TRAINING, "training.participants",
      "A training names no more participants, and no more organisations they came from, than it counts."),
  /** An exercise names or describes its cluster. */
  TRAINING_EXERCISE(RuleGroup.METHODOLOGY_TRAINING, "training.exercise", "A training exercise names or describes the cluster it is about."),
  /** An exercise's study and plan are of the exercise's cluster. */
  TRAINING_EXERCISE_CLUSTER(RuleGroup.METHODOLOGY_TRAINING, "training.exercise-cluster",
      "The diagnostic study and action plan of a training exercise are of the exercise's cluster."),
  /** A follow-up is not dated before its training starts. */
  TRAINING_FOLLOW_UP_DATE(RuleGroup.METHODOLOGY_TRAINING, "training.follow-up-date", "A follow-up event is not dated certainly before its training starts."),

  /** A linkage names at least one party. */
  LINKAGE_PARTIES(RuleGroup.METHODOLOGY_LINKAGES_AND_REPORTS, "linkage.parties", "A linkage names at least one organisation or cluster it links."),
  /** A report is about clusters or a region. */
  REPORT_SUBJECT(RuleGroup.METHODOLOGY_LINKAGES_AND_REPORTS, "report.subject", "A report names the clusters or the region it is about."),
  /** A report's URL is an absolute http or https URL. */
  REPORT_URL(RuleGroup.METHODOLOGY_LINKAGES_AND_REPORTS, "report.url", "A report's URL is an absolute http or https URL with a host (https://www.unido.org/...)."),

  /** A reference to an engagement names an engagement of the portfolio. */
  REFERENCE_ENGAGEMENT(RuleGroup.METHODOLOGY_REFERENCES, "reference.engagement", "A reference to an engagement names an engagement of the portfolio."),
  /** A reference to a diagnostic study names a study of the portfolio. */
  REFERENCE_DIAGNOSTIC_STUDY(RuleGroup.METHODOLOGY_REFERENCES, "reference.diagnostic-study",
      "A reference to a diagnostic study names a diagnostic study of the portfolio."),
  /** A reference to an action plan names a plan of the portfolio. */
  REFERENCE_ACTION_PLAN(RuleGroup.METHODOLOGY_REFERENCES, "reference.action-plan", "A reference to an action plan names an action plan of the portfolio."),
  /** A reference to an indicator names an indicator of the portfolio. */
  REFERENCE_INDICATOR(RuleGroup.METHODOLOGY_REFERENCES, "reference.indicator", "A reference to an indicator names an indicator of the portfolio."),
  /** A reference to a training names a training of the portfolio. */
  REFERENCE_TRAINING(RuleGroup.METHODOLOGY_REFERENCES, "reference.training", "A reference to a training names a training of the portfolio."),
  /** A document that names an engagement and a cluster names the engagement's cluster. */
  REFERENCE_ENGAGEMENT_CLUSTER(RuleGroup.METHODOLOGY_REFERENCES, "reference.engagement-cluster",
      "A document that names both an engagement and a cluster names the engagement's cluster."),

  /** Identifiers are unique within each collection of a portfolio. */
  PORTFOLIO_DUPLICATE_ID(RuleGroup.PORTFOLIO, "portfolio.duplicate-id", "Identifiers are unique within each collection of a portfolio."),

  /** A reference to an organisation names an organisation of the portfolio. */
  REFERENCE_ORGANISATION(RuleGroup.ACROSS_ENTITIES_REFERENCES, "reference.organisation", "A reference to an organisation names an organisation of the portfolio."),
  /** A reference to a person names a person of the portfolio. */
  REFERENCE_PERSON(RuleGroup.ACROSS_ENTITIES_REFERENCES, "reference.person", "A reference to a person names a person of the portfolio."),
  /** A reference to a cluster names a cluster of the portfolio. */
  REFERENCE_CLUSTER(RuleGroup.ACROSS_ENTITIES_REFERENCES, "reference.cluster", "A reference to a cluster names a cluster of the portfolio."),
  /** A reference to a programme names a programme of the portfolio. */
  REFERENCE_PROGRAMME(RuleGroup.ACROSS_ENTITIES_REFERENCES, "reference.programme", "A reference to a programme names a programme of the portfolio."),

  /** Following parent organisations never leads back to the start. */
  ORGANISATION_PARENT_CYCLE(RuleGroup.ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES, "organisation.parent-cycle", "Following parent organisations never leads back to where it started."),
  /** A programme's status changes are recorded in time order. */
  PROGRAMME_STATUS_ORDER(RuleGroup.ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES, "programme.status-order",
      "A programme's status changes are listed in time order: no change is certainly before a change listed before it."),
  /** A programme's work lies within its period; what precedes the work may precede the period, never follow it. */
  PROGRAMME_STATUS_PERIOD(RuleGroup.ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES, "programme.status-period",
      "A programme's changes to active, completed or suspended are not certainly outside its period; changes to concept, proposed, adopted or cancelled may precede the period (approval before the start is common) but are not certainly after its end."),
  /** A programme's budget and funding amounts are in one currency. */
  PROGRAMME_CURRENCY(RuleGroup.ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES, "programme.currency", "A programme's budget and its funding amounts are all in one currency."),
  /** Related programmes agree: two programmes do not name each other as parent. */
  PROGRAMME_RELATION_CONSISTENT(RuleGroup.ACROSS_ENTITIES_ORGANISATIONS_AND_PROGRAMMES, "programme.relation-consistent",
      "When a programme names another as its parent, the other does not name it as its parent too."),

  // --- IATI attributes --------------------------------------------------------------------------------------
  /** An IATI organisation identifier has an agency prefix and a number. */
  IATI_ORGANISATION_IDENTIFIER(RuleGroup.IATI_ATTRIBUTES, "organisation.iati-identifier",
      "An IATI organisation identifier is a registration agency's prefix (XM-DAC, GB-COH), a hyphen and the organisation's number with that agency, without white space, slash, ampersand, vertical bar or question mark (XM-DAC-41123)."),
  /** An IATI activity identifier has no white space and none of the characters IATI forbids. */
  PROGRAMME_IATI_IDENTIFIER(RuleGroup.IATI_ATTRIBUTES, "programme.iati-identifier",
      "An IATI activity identifier is 1 to 200 characters without white space, slash, ampersand, vertical bar or question mark."),
  /** A DAC purpose code is 5 digits. */
  PROGRAMME_PURPOSE_CODE(RuleGroup.IATI_ATTRIBUTES, "programme.purpose-code", "A DAC purpose code is 5 digits (32130)."),
  /** A percentage is more than 0 and at most 100. */
  PROGRAMME_PERCENTAGE(RuleGroup.IATI_ATTRIBUTES, "programme.percentage",
      "A purpose's percentage is more than 0 and at most 100, with at most 2 decimals."),
  /** A programme names each DAC purpose once. */
  PROGRAMME_PURPOSE_DUPLICATE(RuleGroup.IATI_ATTRIBUTES, "programme.purpose-duplicate", "A programme names each DAC purpose code once."),
  /** The language of narrative texts is an ISO 639-1 code. */
  PROGRAMME_LANGUAGE(RuleGroup.IATI_ATTRIBUTES, "programme.language", "The language of a programme's texts is an ISO 639-1 code in lower case (en)."),

  // --- selection and networks ---------------------------------------------------------------------------
  /** A region of a mapping data set names a subdivision or a district. */
  MAPPING_REGION(RuleGroup.SELECTION_AND_NETWORKS, "mapping.region", "A region of a mapping data set names an ISO 3166-2 subdivision, a district, or both."),
  /** A data set counts each region and sector once. */
  MAPPING_COUNT_DUPLICATE(RuleGroup.SELECTION_AND_NETWORKS, "mapping.count-duplicate", "A mapping data set counts each pair of region and sector once."),
  /** A data set's sectors do not overlap. */
  MAPPING_SECTOR_OVERLAP(RuleGroup.SELECTION_AND_NETWORKS, "mapping.sector-overlap",
      "No sector of a mapping data set lies within another of its sectors, so that no employment is counted twice."),
  /** Traded sectors are sectors of the data set. */
  MAPPING_TRADED_SECTOR(RuleGroup.SELECTION_AND_NETWORKS, "mapping.traded-sector", "Every traded sector of a mapping data set has a count in it."),
  /** A candidate names its cluster or its name. */
  SELECTION_CANDIDATE(RuleGroup.SELECTION_AND_NETWORKS, "selection.candidate", "A candidate of a selection exercise names the cluster it is, its name, or both."),
  /** A candidate states its source. */
  SELECTION_CANDIDATE_SOURCE(RuleGroup.SELECTION_AND_NETWORKS, "selection.candidate-source",
      "A candidate from mapping names the region and sector it was found in; a nominated candidate names who nominated it or its source."),
  /** Candidates have distinct identifiers. */
  SELECTION_CANDIDATE_DUPLICATE(RuleGroup.SELECTION_AND_NETWORKS, "selection.candidate-duplicate", "The candidates of a selection exercise have distinct identifiers."),
  /** Criteria have distinct identifiers. */
  SELECTION_CRITERION_DUPLICATE(RuleGroup.SELECTION_AND_NETWORKS, "selection.criterion-duplicate",
      "The identification and prioritisation criteria of a selection exercise have distinct identifiers."),
  /** Results, scores, ranking, shortlist and decision name candidates and criteria of their exercise. */
  SELECTION_LOCAL_REFERENCE(RuleGroup.SELECTION_AND_NETWORKS, "selection.local-reference",
      "Identification results, scores, the ranking, the shortlist and the decision name candidates and criteria of their own selection exercise."),
  /** A weight lies in (0, 1]. */
  SELECTION_WEIGHT(RuleGroup.SELECTION_AND_NETWORKS, "selection.weight", "A prioritisation criterion's weight is above 0 and at most 1."),
  /** Weights are given for all criteria or none, and add up to 1. */
  SELECTION_WEIGHTS_SUM(RuleGroup.SELECTION_AND_NETWORKS, "selection.weights-sum",
      "When weights are given, every prioritisation criterion has one and they add up to 1, within 0.001."),
  /** A scale runs from a lower to a higher value. */
  SELECTION_SCALE(RuleGroup.SELECTION_AND_NETWORKS, "selection.scale", "A scale's least value is below its greatest."),
  /** A score is a value or a reason for not scoring. */
  SELECTION_SCORE_VALUE(RuleGroup.SELECTION_AND_NETWORKS, "selection.score-value", "A score gives a value or, when the candidate was not scored, the reason: one of the two."),
  /** One score per candidate and criterion, one result per candidate and criterion. */
  SELECTION_SCORE_DUPLICATE(RuleGroup.SELECTION_AND_NETWORKS, "selection.score-duplicate",
      "A candidate has at most one score on each prioritisation criterion and one result on each identification criterion."),
  /** A recorded ranking ranks each candidate once, from 1. */
  SELECTION_RANKING(RuleGroup.SELECTION_AND_NETWORKS, "selection.ranking", "A recorded ranking ranks each candidate at most once, with ranks of 1 or more."),
  /** A network names or counts its members. */
  NETWORK_MEMBERS(RuleGroup.SELECTION_AND_NETWORKS, "network.members",
      "A network names its members or counts its firms, and counts no fewer firms than it names member firms."),
  /** A network names each member once. */
  NETWORK_MEMBER_DUPLICATE(RuleGroup.SELECTION_AND_NETWORKS, "network.member-duplicate", "A network names each member organisation once."),
  /** A handover names a taker or the body that stays. */
  LIFECYCLE_HANDOVER(RuleGroup.SELECTION_AND_NETWORKS, "lifecycle.handover",
      "An exit handover names at least one organisation that takes over a responsibility, or the governance body that stays."),
  /** Scores lie within their criterion's scale. */
  SELECTION_SCORE_SCALE(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "selection.score-scale", "A score lies within its prioritisation criterion's scale."),
  /** Every candidate is scored on every criterion, or marked not scored. */
  SELECTION_SCORE_COMPLETE(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "selection.score-complete",
      "A selection exercise that records scores scores every candidate on every prioritisation criterion, or marks the pair not scored with a reason."),
  /** The shortlist holds candidates that passed identification. */
  SELECTION_SHORTLIST_IDENTIFICATION(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "selection.shortlist-identification",
      "The shortlist, and the selected clusters, hold only candidates that passed every identification criterion of the exercise."),
  /** The selected clusters are on the shortlist. */
  SELECTION_SELECTED_SHORTLIST(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "selection.selected-shortlist",
      "When a selection exercise records a shortlist, the clusters its decision selects are on it."),
  /** The decision is not dated before the scores. */
  SELECTION_DECISION_DATE(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "selection.decision-date", "A selection decision is not dated certainly before any score of its exercise."),
  /** A reference to a mapping data set resolves. */
  REFERENCE_MAPPING_DATA_SET(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "reference.mapping-data-set",
      "A reference to a mapping data set names a mapping data set of the portfolio."),
  /** A vertical network spans two or more stages of the value chain. */
  NETWORK_VERTICAL_STAGES(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "network.vertical-stages",
      "A vertical network spans two or more stages of the value chain: its stated stages, its members' stated stages, or else its member organisations' kinds."),
  /** A network's dates are in order. */
  NETWORK_DATE_ORDER(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "network.date-order",
      "A network's status changes are listed in time order, none certainly before its formation, and its joint projects do not start certainly before its formation."),
  /** The diagnostic follows a recorded selection. */
  LIFECYCLE_SELECTION_RECORDED(RuleGroup.SELECTION_AND_NETWORKS_ACROSS_ENTITIES, "lifecycle.selection-recorded", Severity.WARNING,
      "An engagement enters the diagnostic only for a cluster that a selection exercise selected no later than that date.");

  private final RuleGroup group;
  private final String id;
  private final Severity severity;
  private final String description;

  Rule(RuleGroup group, String id, String description) {
    this(group, id, Severity.ERROR, description);
  }

  Rule(RuleGroup group, String id, Severity severity, String description) {
    this.group = group;
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The group of the catalogue the rule belongs to, as RULES.md lists it. */
  public RuleGroup group() {
    return group;
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
