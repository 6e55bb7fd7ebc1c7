package org.cnd.iati.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Optional;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.ProgrammeStatus;

/**
 * Every code of IATI's code lists (version 2.03) the export writes, in one place, and how cnd's codes map to them.
 * A test compares each with the official lists.
 */
public final class IatiCodes {
  private IatiCodes() {}

  /** OrganisationRole: IATI's four roles are four of cnd's; technical support and counterpart have none. */
  public static final ImmutableMap<ParticipationRole, String> ROLE = ImmutableMap.of(
      ParticipationRole.FUNDING, "1",
      ParticipationRole.ACCOUNTABLE, "2",
      ParticipationRole.EXTENDING, "3",
      ParticipationRole.IMPLEMENTING, "4");

  /** ActivityStatus of a programme's current status. */
  public static final ImmutableMap<ProgrammeStatus, String> PROGRAMME_STATUS = ImmutableMap.<ProgrammeStatus, String>builder()
      .put(ProgrammeStatus.CONCEPT, "1")
      .put(ProgrammeStatus.PROPOSED, "1")
      .put(ProgrammeStatus.ADOPTED, "1")
      .put(ProgrammeStatus.ACTIVE, "2")
      .put(ProgrammeStatus.COMPLETED, "4")
      .put(ProgrammeStatus.CANCELLED, "5")
      .put(ProgrammeStatus.SUSPENDED, "6")
      .build();

  /** ActivityStatus of an engagement's current phase. */
  public static final ImmutableMap<Phase, String> PHASE_STATUS = ImmutableMap.<Phase, String>builder()
      .put(Phase.SELECTION, "1")
      .put(Phase.DIAGNOSTIC, "2")
      .put(Phase.ACTION_PLANNING, "2")
      .put(Phase.IMPLEMENTATION, "2")
      .put(Phase.MONITORING_AND_EVALUATION, "2")
      .put(Phase.EXIT, "4")
      .put(Phase.DISCONTINUED, "5")
      .put(Phase.SUSPENDED, "6")
      .build();

  /**
   * DocumentCategory of a report's kind: an evaluation is A07 (review of project performance and evaluation), a
   * progress report A08 (results, outcomes and outputs); studies, assessments, guides and other reports have no
   * activity-level category that fits, and are left out.
   */
  public static final ImmutableMap<ReportKind, String> DOCUMENT_CATEGORY = ImmutableMap.of(
      ReportKind.EVALUATION, "A07", ReportKind.PROGRESS_REPORT, "A08");

  /**
   * FileFormat (IANA media types) of a document by its url's extension: {@code .pdf} is application/pdf;
   * {@code .htm}, {@code .html} and a path without extension are text/html; any other extension is unknown.
   */
  public static Optional<String> fileFormat(java.net.URI url) {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(java.util.Locale.ROOT);
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.endsWith(".pdf")) {
      return Optional.of("application/pdf");
    }
    if (last.endsWith(".htm") || last.endsWith(".html") || !last.contains(".")) {
      return Optional.of("text/html");
    }
    return Optional.empty();
  }

  /** ResultType of an indicator's level. */
  public static final ImmutableMap<IndicatorLevel, String> RESULT_TYPE = ImmutableMap.of(
      IndicatorLevel.OUTPUT, "1", IndicatorLevel.OUTCOME, "2", IndicatorLevel.IMPACT, "3");

  /** IndicatorMeasure of an indicator's measure: unit, percentage, qualitative. */
  public static final ImmutableMap<Measure, String> MEASURE = ImmutableMap.of(
      Measure.NUMBER, "1", Measure.PERCENTAGE, "2", Measure.QUALITATIVE, "5");

  /** IndicatorMeasure: qualitative, whose values are comments. */
  public static final String QUALITATIVE = "5";

  /** ActivityDateType. */
  public static final String PLANNED_START = "1";
  /** ActivityDateType. */
  public static final String ACTUAL_START = "2";
  /** ActivityDateType. */
  public static final String PLANNED_END = "3";
  /** ActivityDateType. */
  public static final String ACTUAL_END = "4";
  /** RelatedActivityType. */
  public static final String PARENT = "1";
  /** RelatedActivityType. */
  public static final String CHILD = "2";
  /** SectorVocabulary: OECD DAC CRS purpose codes, 5 digits. */
  public static final String DAC_5 = "1";
  /** BudgetType: original. */
  public static final String BUDGET_ORIGINAL = "1";
  /** BudgetStatus: indicative, for amounts split pro rata. */
  public static final String BUDGET_INDICATIVE = "1";
  /** DescriptionType: general. */
  public static final String DESCRIPTION_GENERAL = "1";
  /** GeographicVocabulary: ISO 3166-1 alpha-2, for a location's country. */
  public static final String GEO_ISO_COUNTRY = "A4";
  /** GeographicExactness: approximate, for a cluster's representative point. */
  public static final String EXACTNESS_APPROXIMATE = "2";

  /** Every constant code above by the IATI code list it belongs to, for the test against the official lists. */
  public static ImmutableSetMultimap<String, String> byList() {
    ImmutableSetMultimap.Builder<String, String> out = ImmutableSetMultimap.builder();
    out.putAll("OrganisationRole", ROLE.values());
    out.putAll("ActivityStatus", PROGRAMME_STATUS.values());
    out.putAll("ActivityStatus", PHASE_STATUS.values());
    out.putAll("ResultType", RESULT_TYPE.values());
    out.putAll("IndicatorMeasure", MEASURE.values());
    out.put("IndicatorMeasure", QUALITATIVE);
    out.put("ActivityDateType", PLANNED_START).put("ActivityDateType", ACTUAL_START)
        .put("ActivityDateType", PLANNED_END).put("ActivityDateType", ACTUAL_END);
    out.put("RelatedActivityType", PARENT).put("RelatedActivityType", CHILD);
    out.put("SectorVocabulary", DAC_5);
    out.put("BudgetType", BUDGET_ORIGINAL);
    out.put("BudgetStatus", BUDGET_INDICATIVE);
    out.put("DescriptionType", DESCRIPTION_GENERAL);
    out.put("GeographicVocabulary", GEO_ISO_COUNTRY);
    out.put("GeographicExactness", EXACTNESS_APPROXIMATE);
    return out.build();
  }

  /** The IATI role of a cnd participation role, if IATI has it. */
  public static Optional<String> role(ParticipationRole role) {
    return Optional.ofNullable(ROLE.get(role));
  }
}
