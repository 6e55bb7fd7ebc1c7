package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import org.cnd.core.validation.Rule;
import org.cnd.json.FormatRule;

/**
 * Every codec of a core type, the list the Jackson module registers. A new core type gets its codec in the codec
 * class of its area ({@link ActorCodecs}, {@link ClusterCodecs}, {@link LifecycleCodecs}, ...) and one line here.
 */
public final class Registry {
  private Registry() {}

  /** The codecs of the core's identifiers, values and codes: the types a user may read or write alone. */
  public static final ImmutableList<Codec<?>> VALUES = ImmutableList.of(
      ValueCodecs.ORGANISATION_ID, ValueCodecs.PERSON_ID, ValueCodecs.CLUSTER_ID, ValueCodecs.PROGRAMME_ID,
      ValueCodecs.ENGAGEMENT_ID, ValueCodecs.DIAGNOSTIC_STUDY_ID, ValueCodecs.ACTION_PLAN_ID, ValueCodecs.OBJECTIVE_ID,
      ValueCodecs.ACTIVITY_ID, ValueCodecs.INDICATOR_ID, ValueCodecs.TRAINING_ID, ValueCodecs.LINKAGE_ID,
      ValueCodecs.REPORT_ID, ValueCodecs.MAP_ACTOR_ID, ValueCodecs.MAPPING_DATA_SET_ID,
      ValueCodecs.SELECTION_EXERCISE_ID, ValueCodecs.NETWORK_ID, ValueCodecs.CANDIDATE_ID, ValueCodecs.CRITERION_ID,
      ValueCodecs.PARTIAL_DATE, ValueCodecs.DATE_RANGE, ValueCodecs.COUNTRY, ValueCodecs.SUBDIVISION,
      ClusterCodecs.ISIC,
      ValueCodecs.IATI_ORGANISATION_ID, ValueCodecs.IATI_ACTIVITY_ID, ValueCodecs.LANGUAGE, ValueCodecs.URL);

  /** The codecs of the core's enumerations. */
  public static final ImmutableList<CodeCodec<?>> CODES = ImmutableList.of(
      ActorCodecs.ORGANISATION_KIND, ActorCodecs.IATI_ORGANISATION_TYPE,
      ClusterCodecs.CLUSTER_KIND, ClusterCodecs.SIZE_CLASS,
      ProgrammeCodecs.PROGRAMME_STATUS, ProgrammeCodecs.PARTICIPATION_ROLE, ProgrammeCodecs.FUNDING_KIND,
      ProgrammeCodecs.RELATION_KIND, ProgrammeCodecs.TRANSACTION_KIND,
      LifecycleCodecs.PHASE, LifecycleCodecs.TEAM_ROLE,
      DiagnosticCodecs.ACTOR_KIND, DiagnosticCodecs.MAP_LINKAGE_KIND, DiagnosticCodecs.LINKAGE_STRENGTH,
      DiagnosticCodecs.THEME,
      PlanCodecs.ACTIVITY_KIND, PlanCodecs.INTERVENTION, PlanCodecs.ACTIVITY_STATUS,
      MonitoringCodecs.INDICATOR_LEVEL, MonitoringCodecs.MEASURE, MonitoringCodecs.DIRECTION,
      MonitoringCodecs.DISAGGREGATION, MonitoringCodecs.GENDER,
      TrainingCodecs.TRAINING_KIND, TrainingCodecs.TRAINING_ROLE, TrainingCodecs.EVENT_STATUS,
      CollaborationCodecs.LINKAGE_KIND, CollaborationCodecs.REPORT_KIND,
      SelectionCodecs.SELECTION_ROLE, SelectionCodecs.CANDIDATE_ORIGIN, SelectionCodecs.CRITERION_DIRECTION,
      NetworkCodecs.NETWORK_KIND, NetworkCodecs.NETWORK_STATUS);

  /** The codecs of the format's objects, the root last. */
  public static final ImmutableList<ObjectCodec<?, ?>> OBJECTS = ImmutableList.of(
      ValueCodecs.MONEY, ValueCodecs.SIGNED_MONEY, ValueCodecs.GEO_POINT, ValueCodecs.PLACE,
      ActorCodecs.FORMER_NAME, ActorCodecs.ORGANISATION, ActorCodecs.PERSON,
      ClusterCodecs.SECTOR, ClusterCodecs.PROFILE_FIGURES, ClusterCodecs.CLUSTER,
      ProgrammeCodecs.STATUS_CHANGE, ProgrammeCodecs.PARTICIPATION, ProgrammeCodecs.FUNDING_COMMITMENT,
      ProgrammeCodecs.PROGRAMME_RELATION, ProgrammeCodecs.DAC_PURPOSE, ProgrammeCodecs.TRANSACTION,
      ProgrammeCodecs.PROGRAMME,
      LifecycleCodecs.TEAM_MEMBER, LifecycleCodecs.GOVERNANCE_BODY, LifecycleCodecs.TAKEOVER, LifecycleCodecs.HANDOVER,
      LifecycleCodecs.PHASE_CHANGE,
      LifecycleCodecs.ENGAGEMENT,
      DiagnosticCodecs.APPROVAL, DiagnosticCodecs.ENTERPRISE_COUNT, DiagnosticCodecs.MAP_ACTOR,
      DiagnosticCodecs.MAP_LINKAGE, DiagnosticCodecs.CLUSTER_MAP, DiagnosticCodecs.FINDING, DiagnosticCodecs.SWOT,
      DiagnosticCodecs.BASELINE_VALUE, DiagnosticCodecs.DIAGNOSTIC_STUDY,
      PlanCodecs.OBJECTIVE, PlanCodecs.FUNDING_SHARE, PlanCodecs.ACTIVITY, PlanCodecs.ACTION_PLAN,
      MonitoringCodecs.INDICATOR_VALUE, MonitoringCodecs.BASELINE, MonitoringCodecs.TARGET,
      MonitoringCodecs.BREAKDOWN_VALUE, MonitoringCodecs.MEASUREMENT, MonitoringCodecs.INDICATOR,
      TrainingCodecs.TRAINING_PARTNER, TrainingCodecs.PARTICIPANTS, TrainingCodecs.EXERCISE,
      TrainingCodecs.FOLLOW_UP_EVENT, TrainingCodecs.TRAINING,
      CollaborationCodecs.LINKAGE, CollaborationCodecs.REPORT,
      SelectionCodecs.REGION, SelectionCodecs.MAPPING_COUNT, SelectionCodecs.MAPPING_DATA_SET,
      SelectionCodecs.SELECTION_PARTICIPANT, SelectionCodecs.CANDIDATE, SelectionCodecs.IDENTIFICATION_CRITERION,
      SelectionCodecs.IDENTIFICATION_RESULT, SelectionCodecs.SCALE, SelectionCodecs.PRIORITISATION_CRITERION,
      SelectionCodecs.SCORE, SelectionCodecs.RANK_ENTRY, SelectionCodecs.SELECTION_DECISION,
      SelectionCodecs.SELECTION_EXERCISE,
      NetworkCodecs.NETWORK_MEMBER, NetworkCodecs.JOINT_PROJECT, NetworkCodecs.NETWORK_STATUS_CHANGE,
      NetworkCodecs.NETWORK,
      PortfolioCodec.PORTFOLIO);

  /** Every codec of a core type. */
  public static final ImmutableList<Codec<?>> ALL = ImmutableList.<Codec<?>>builder()
      .addAll(VALUES).addAll(CODES).addAll(OBJECTS).build();

  /**
   * The rules every object and value of a document meets, named by no codec: the document's syntax and limits, the
   * JSON types, null, unknown and missing properties, codes.
   */
  public static final ImmutableList<CheckedRule> DOCUMENT_WIDE = ImmutableList.of(
      CheckedRule.of(FormatRule.SYNTAX), CheckedRule.of(FormatRule.ROOT), CheckedRule.of(FormatRule.UNKNOWN_PROPERTY),
      CheckedRule.of(FormatRule.DUPLICATE_KEY), CheckedRule.of(FormatRule.LONE_SURROGATE),
      CheckedRule.of(FormatRule.TYPE), CheckedRule.of(FormatRule.NULL), CheckedRule.of(FormatRule.MISSING_PROPERTY),
      CheckedRule.of(FormatRule.UNKNOWN_CODE), CheckedRule.of(FormatRule.DEPTH_LIMIT),
      CheckedRule.of(FormatRule.STRING_LIMIT), CheckedRule.of(FormatRule.NUMBER_LIMIT),
      CheckedRule.of(FormatRule.SIZE_LIMIT));

  /**
   * The rules of the model that no document can break: those of the Java API alone (a builder missing an attribute,
   * which reading reports as {@code json.missing-property}; arithmetic across currencies).
   */
  public static final ImmutableList<CheckedRule> NOT_IN_DOCUMENTS = ImmutableList.of(
      CheckedRule.of(Rule.VALUE_MISSING_ATTRIBUTE), CheckedRule.of(Rule.MONEY_CURRENCY_MISMATCH));
}
