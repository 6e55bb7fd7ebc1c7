package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Rule;
import org.cnd.json.FormatRule;

/**
 * Every codec of a core type, the list the Jackson module registers. The objects and the identifiers are those
 * reached from the root ({@link PortfolioCodec#PORTFOLIO}, whose arrays are the entity kinds'), so a new object or
 * entity kind needs no line here; a new code list or a value form other than an identifier is listed here.
 */
public final class Registry {
  private Registry() {}

  /** The codecs of the format's objects: the root first, then each as it is first referred to, depth first. */
  public static final ImmutableList<ObjectCodec<?, ?>> OBJECTS = objectsFromTheRoot();

  /** The codecs of the core's identifiers and values: the types a user may read or write alone. */
  public static final ImmutableList<Codec<?>> VALUES = ImmutableList.<Codec<?>>builder()
      .addAll(identifiers())
      .add(ValueCodecs.PARTIAL_DATE, ValueCodecs.DATE_RANGE, ValueCodecs.COUNTRY, ValueCodecs.SUBDIVISION,
          ClusterCodecs.ISIC, ValueCodecs.IATI_ORGANISATION_ID, ValueCodecs.IATI_ACTIVITY_ID, ValueCodecs.LANGUAGE,
          ValueCodecs.URL)
      .build();

  private static ImmutableList<ObjectCodec<?, ?>> objectsFromTheRoot() {
    Set<ObjectCodec<?, ?>> found = new LinkedHashSet<>();
    visit(PortfolioCodec.PORTFOLIO, found);
    return ImmutableList.copyOf(found);
  }

  private static void visit(ObjectCodec<?, ?> codec, Set<ObjectCodec<?, ?>> found) {
    if (found.add(codec)) {
      for (ObjectCodec.Property<?, ?> property : codec.properties()) {
        if (property.codec() instanceof ObjectCodec<?, ?> object) {
          visit(object, found);
        }
      }
    }
  }

  // One codec per identifier type, the first reached (a reference's and an entity's own id read and write alike).
  private static List<Codec<?>> identifiers() {
    Map<Class<?>, Codec<?>> byType = new LinkedHashMap<>();
    for (ObjectCodec<?, ?> object : OBJECTS) {
      for (ObjectCodec.Property<?, ?> property : object.properties()) {
        if (Identifier.class.isAssignableFrom(property.codec().type())) {
          byType.putIfAbsent(property.codec().type(), property.codec());
        }
      }
    }
    return new ArrayList<>(byType.values());
  }

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
