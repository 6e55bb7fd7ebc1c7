package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;

/**
 * Every codec of a core type, the list the Jackson module registers. A new core type gets its codec in the codec
 * class of its area ({@link ActorCodecs}, {@link ClusterCodecs}, ...) and one line here.
 */
public final class Registry {
  private Registry() {}

  /** The codecs of the core's identifiers, values and codes: the types a user may read or write alone. */
  public static final ImmutableList<Codec<?>> VALUES = ImmutableList.of(
      ValueCodecs.ORGANISATION_ID, ValueCodecs.PERSON_ID, ValueCodecs.CLUSTER_ID, ValueCodecs.PROGRAMME_ID,
      ValueCodecs.ENGAGEMENT_ID, ValueCodecs.DIAGNOSTIC_STUDY_ID, ValueCodecs.ACTION_PLAN_ID, ValueCodecs.OBJECTIVE_ID,
      ValueCodecs.ACTIVITY_ID, ValueCodecs.INDICATOR_ID, ValueCodecs.TRAINING_ID, ValueCodecs.LINKAGE_ID,
      ValueCodecs.REPORT_ID,
      ValueCodecs.PARTIAL_DATE, ValueCodecs.DATE_RANGE, ValueCodecs.COUNTRY, ValueCodecs.SUBDIVISION,
      ClusterCodecs.ISIC);

  /** The codecs of the core's enumerations. */
  public static final ImmutableList<CodeCodec<?>> CODES = ImmutableList.of(
      ActorCodecs.ORGANISATION_KIND,
      ClusterCodecs.CLUSTER_KIND,
      ProgrammeCodecs.PROGRAMME_STATUS, ProgrammeCodecs.PARTICIPATION_ROLE, ProgrammeCodecs.FUNDING_KIND,
      ProgrammeCodecs.RELATION_KIND);

  /** The codecs of the format's objects, the root last. */
  public static final ImmutableList<ObjectCodec<?, ?>> OBJECTS = ImmutableList.of(
      ValueCodecs.MONEY, ValueCodecs.GEO_POINT, ValueCodecs.PLACE,
      ActorCodecs.FORMER_NAME, ActorCodecs.ORGANISATION, ActorCodecs.PERSON,
      ClusterCodecs.SECTOR, ClusterCodecs.PROFILE_FIGURES, ClusterCodecs.CLUSTER,
      ProgrammeCodecs.STATUS_CHANGE, ProgrammeCodecs.PARTICIPATION, ProgrammeCodecs.FUNDING_COMMITMENT,
      ProgrammeCodecs.PROGRAMME_RELATION, ProgrammeCodecs.PROGRAMME,
      PortfolioCodec.PORTFOLIO);

  /** Every codec of a core type. */
  public static final ImmutableList<Codec<?>> ALL = ImmutableList.<Codec<?>>builder()
      .addAll(VALUES).addAll(CODES).addAll(OBJECTS).build();
}
