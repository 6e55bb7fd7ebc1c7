package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
import org.cnd.core.checks.ActorChecks;
import org.cnd.core.checks.DeclaredReferences;
import org.cnd.core.checks.DiagnosticChecks;
import org.cnd.core.checks.LifecycleChecks;
import org.cnd.core.checks.MonitoringChecks;
import org.cnd.core.checks.NetworkChecks;
import org.cnd.core.checks.PlanChecks;
import org.cnd.core.checks.ProgrammeChecks;
import org.cnd.core.checks.References;
import org.cnd.core.checks.SelectionChecks;
import org.cnd.core.checks.TrainingChecks;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.Report;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.NetworkId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.network.Network;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.Programme;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.training.Training;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * One kind of top-level entity of a {@link Portfolio}, described once: the name of its collection in the format, its
 * type and identifier type, the rule a reference to it must meet and the noun messages use for it. The portfolio's
 * collections, indexes, look-ups, {@link Portfolio#contains contains}, uniqueness check and edits, and the
 * validator's one reference check, are all driven by {@link #all()}.
 *
 * <p>The kinds live in the root package because they name the portfolio and every area; the areas' checks, which
 * cannot see the root package, receive what they need of the kinds (the rule and noun of an identifier's kind)
 * through the references the portfolio hands them.
 *
 * <p>A new kind is one constant here, in the order of its collection in the format, with what the validator checks
 * of it across entities, kind by kind: when that is only that references resolve, the properties that hold them
 * (declared in the line, checked by one routine); otherwise the call of its checks in its area's class of {@code
 * org.cnd.core.checks}. An accessor in {@link Portfolio} for those who like typed access is optional ({@link
 * Portfolio#items(EntityKind)} works for every kind).
 *
 * @param <T> the entity type
 * @param <I> its identifier type
 */
public final class EntityKind<T, I extends Identifier> {
  private static final List<EntityKind<?, ?>> DEFINED = new ArrayList<>();

  /** The organisations, at {@code /organisations}. */
  public static final EntityKind<Organisation, OrganisationId> ORGANISATIONS = define("organisations",
      Organisation.class, OrganisationId.class, Organisation::id, Rule.REFERENCE_ORGANISATION, "an organisation",
      (p, known, out) -> ActorChecks.checkOrganisations(p.organisations(), known, out));

  /** The people, at {@code /people}. */
  public static final EntityKind<Person, PersonId> PEOPLE =
      define("people", Person.class, PersonId.class, Person::id, Rule.REFERENCE_PERSON, "a person",
      DeclaredReferences.<Person>none().optional("affiliation", "Affiliation", Person::affiliation));

  /** The clusters, at {@code /clusters}. */
  public static final EntityKind<Cluster, ClusterId> CLUSTERS =
      define("clusters", Cluster.class, ClusterId.class, Cluster::id, Rule.REFERENCE_CLUSTER, "a cluster",
      Check.NOTHING);

  /** The programmes, at {@code /programmes}. */
  public static final EntityKind<Programme, ProgrammeId> PROGRAMMES =
      define("programmes", Programme.class, ProgrammeId.class, Programme::id, Rule.REFERENCE_PROGRAMME, "a programme",
      (p, known, out) ->
          ProgrammeChecks.checkProgrammes(p.programmes(), known, id -> p.programme(id).orElse(null), out));

  /** The engagements, at {@code /engagements}. */
  public static final EntityKind<Engagement, EngagementId> ENGAGEMENTS = define("engagements", Engagement.class,
      EngagementId.class, Engagement::id, Rule.REFERENCE_ENGAGEMENT, "an engagement",
      (p, known, out) -> LifecycleChecks.checkEngagements(p.engagements(), known,
          (programme, cluster) -> p.programme(programme).map(x -> x.targets(cluster)).orElse(false),
          p::evidenceFor, out));

  /** The diagnostic studies, at {@code /diagnosticStudies}. */
  public static final EntityKind<DiagnosticStudy, DiagnosticStudyId> DIAGNOSTIC_STUDIES = define("diagnosticStudies",
      DiagnosticStudy.class, DiagnosticStudyId.class, DiagnosticStudy::id, Rule.REFERENCE_DIAGNOSTIC_STUDY,
      "a diagnostic study",
      (p, known, out) -> DiagnosticChecks.checkStudies(p.diagnosticStudies(), known,
          id -> PortfolioValidator.engagementCluster(p, id), p::indicator, out));

  /** The action plans, at {@code /actionPlans}. */
  public static final EntityKind<ActionPlan, ActionPlanId> ACTION_PLANS = define("actionPlans", ActionPlan.class,
      ActionPlanId.class, ActionPlan::id, Rule.REFERENCE_ACTION_PLAN, "an action plan",
      (p, known, out) -> {
        PlanChecks.checkPlans(p.actionPlans(), known, id -> PortfolioValidator.engagementCluster(p, id),
            id -> PortfolioValidator.studyCluster(p, id), p::actionPlan, out);
        LifecycleChecks.checkActivities(p.actionPlans(), p::engagement, out);
      });

  /** The monitoring indicators, at {@code /indicators}. */
  public static final EntityKind<Indicator, IndicatorId> INDICATORS = define("indicators", Indicator.class,
      IndicatorId.class, Indicator::id, Rule.REFERENCE_INDICATOR, "an indicator",
      (p, known, out) -> MonitoringChecks.checkIndicators(p.indicators(), known,
          id -> PortfolioValidator.engagementCluster(p, id), id -> PortfolioValidator.studyCluster(p, id), out));

  /** The trainings, at {@code /trainings}. */
  public static final EntityKind<Training, TrainingId> TRAININGS =
      define("trainings", Training.class, TrainingId.class, Training::id, Rule.REFERENCE_TRAINING, "a training",
      (p, known, out) -> TrainingChecks.checkTrainings(p.trainings(), known,
          id -> PortfolioValidator.studyCluster(p, id), id -> p.actionPlan(id).map(ActionPlan::cluster), out));

  /** The linkages, at {@code /linkages}; nothing refers to a linkage. */
  public static final EntityKind<Linkage, LinkageId> LINKAGES =
      define("linkages", Linkage.class, LinkageId.class, Linkage::id, null, "a linkage",
      DeclaredReferences.<Linkage>none().list("organisations", Linkage::organisations)
          .list("clusters", Linkage::clusters).optional("programme", Linkage::programme));

  /** The reports, at {@code /reports}; nothing refers to a report. */
  public static final EntityKind<Report, ReportId> REPORTS =
      define("reports", Report.class, ReportId.class, Report::id, null, "a report",
      DeclaredReferences.<Report>none().list("clusters", Report::clusters).list("authors", Report::authors)
          .list("programmes", Report::programmes));

  /** The mapping data sets, at {@code /mappingDataSets}. */
  public static final EntityKind<MappingDataSet, MappingDataSetId> MAPPING_DATA_SETS = define("mappingDataSets",
      MappingDataSet.class, MappingDataSetId.class, MappingDataSet::id, Rule.REFERENCE_MAPPING_DATA_SET,
      "a mapping data set",
      Check.NOTHING);

  /** The selection exercises, at {@code /selectionExercises}; nothing refers to one. */
  public static final EntityKind<SelectionExercise, SelectionExerciseId> SELECTION_EXERCISES = define(
      "selectionExercises", SelectionExercise.class, SelectionExerciseId.class, SelectionExercise::id, null,
      "a selection exercise",
      (p, known, out) -> SelectionChecks.checkSelectionExercises(p.selectionExercises(), known, out));

  /** The networks of firms, at {@code /networks}; nothing refers to one. */
  public static final EntityKind<Network, NetworkId> NETWORKS =
      define("networks", Network.class, NetworkId.class, Network::id, null, "a network",
      (p, known, out) -> NetworkChecks.checkNetworks(p.networks(), known,
          id -> p.organisation(id).map(Organisation::kind), out));

  private static final ImmutableList<EntityKind<?, ?>> ALL = ImmutableList.copyOf(DEFINED);

  private static final ImmutableMap<Class<?>, EntityKind<?, ?>> BY_ID_TYPE =
      ALL.stream().collect(ImmutableMap.toImmutableMap(EntityKind::idType, k -> k));

  private static final Class<?>[] ID_TYPES = ALL.stream().map(EntityKind::idType).toArray(Class<?>[]::new);

  private final int ordinal;
  private final String collection;
  private final Class<T> type;
  private final Class<I> idType;
  private final Function<T, I> id;
  private final Optional<Rule> referenceRule;
  private final String noun;
  private final DeclaredReferences<T> references;
  private final Check check;

  private EntityKind(int ordinal, String collection, Class<T> type, Class<I> idType, Function<T, I> id,
      Optional<Rule> referenceRule, String noun, DeclaredReferences<T> references, Check check) {
    this.ordinal = ordinal;
    this.collection = collection;
    this.type = type;
    this.idType = idType;
    this.id = id;
    this.referenceRule = referenceRule;
    this.noun = noun;
    this.references = references;
    this.check = check;
  }

  /**
   * What the validator checks of a kind's entities across the portfolio: references that must resolve, and the
   * rules that compare them with other entities ({@code org.cnd.core.checks}). Given beside the kind, so that a new
   * kind adds no line to {@link PortfolioValidator}.
   */
  @FunctionalInterface
  interface Check {
    /** For a kind whose entities refer to nothing and meet no rule across entities. */
    Check NOTHING = (portfolio, known, out) -> { };

    void check(Portfolio portfolio, References known, Consumer<Violation> out);
  }

  // A kind whose checks across entities are written in its area's class of org.cnd.core.checks.
  private static <T, I extends Identifier> EntityKind<T, I> define(String collection, Class<T> type, Class<I> idType,
      Function<T, I> id, Rule referenceRule, String noun, Check check) {
    return define(collection, type, idType, id, referenceRule, noun, DeclaredReferences.none(), check);
  }

  // A kind whose only check across entities is that the declared properties' references resolve.
  private static <T, I extends Identifier> EntityKind<T, I> define(String collection, Class<T> type, Class<I> idType,
      Function<T, I> id, Rule referenceRule, String noun, DeclaredReferences<T> references) {
    return define(collection, type, idType, id, referenceRule, noun, references, Check.NOTHING);
  }

  private static <T, I extends Identifier> EntityKind<T, I> define(String collection, Class<T> type, Class<I> idType,
      Function<T, I> id, Rule referenceRule, String noun, DeclaredReferences<T> references, Check check) {
    EntityKind<T, I> kind = new EntityKind<>(DEFINED.size(), collection, type, idType, id,
        Optional.ofNullable(referenceRule), noun, references, check);
    DEFINED.add(kind);
    return kind;
  }

  /** Every kind, in the order of the portfolio's collections (the order of the format). */
  public static ImmutableList<EntityKind<?, ?>> all() {
    return ALL;
  }

  /** The kind whose entities have identifiers of this type; empty for nested identifiers such as activities'. */
  public static Optional<EntityKind<?, ?>> ofIdType(Class<? extends Identifier> idType) {
    return Optional.ofNullable(BY_ID_TYPE.get(Objects.requireNonNull(idType, "idType")));
  }

  /** The kind of entity this identifier names; empty for nested identifiers such as activities'. */
  public static Optional<EntityKind<?, ?>> of(Identifier id) {
    return Optional.ofNullable(BY_ID_TYPE.get(id.getClass()));
  }

  // The kind whose identifiers are of this class, or null: the look-up of every reference the validator checks, so
  // a scan of the few classes by identity rather than a hash map's look-up and an Optional.
  static EntityKind<?, ?> ofClass(Class<?> idType) {
    for (int k = 0; k < ID_TYPES.length; k++) {
      if (ID_TYPES[k] == idType) {
        return ALL.get(k);
      }
    }
    return null;
  }

  // The kind of an identifier that must name a top-level entity.
  static EntityKind<?, ?> require(Identifier id) {
    EntityKind<?, ?> kind = BY_ID_TYPE.get(id.getClass());
    if (kind == null) {
      throw new IllegalArgumentException(
          "No entity kind has identifiers of type " + id.getClass().getSimpleName() + " (\"" + id + "\")");
    }
    return kind;
  }

  /** The position of this kind in {@link #all()}. */
  public int ordinal() {
    return ordinal;
  }

  /** The name of the collection in the format and in paths, such as {@code diagnosticStudies}. */
  public String collection() {
    return collection;
  }

  /** The entity type. */
  public Class<T> type() {
    return type;
  }

  /** The identifier type. */
  public Class<I> idType() {
    return idType;
  }

  /** The identifier of an entity of this kind. */
  public I id(T entity) {
    return id.apply(entity);
  }

  /** The rule a reference to an entity of this kind breaks when it names none; empty when nothing refers to one. */
  public Optional<Rule> referenceRule() {
    return referenceRule;
  }

  /** The noun for an entity of this kind, with its article, as messages use it: "a diagnostic study". */
  public String noun() {
    return noun;
  }

  /** The entities of this kind in a portfolio, in their order; the same as the portfolio's typed accessor. */
  public ImmutableList<T> items(Portfolio portfolio) {
    return portfolio.items(this);
  }

  /**
   * Checks this kind's entities across the portfolio, handing each violation to {@code out}: the declared references
   * of each entity ("linkage l1"), then the kind's own checks.
   */
  void check(Portfolio portfolio, References known, Consumer<Violation> out) {
    references.check(items(portfolio), collection, noun.substring(noun.indexOf(' ') + 1), id, known, out);
    check.check(portfolio, known, out);
  }

  /** The identifier as one of this kind. */
  I castId(Identifier identifier) {
    return idType.cast(identifier);
  }

  /** The entity as one of this kind. */
  T cast(Object entity) {
    return type.cast(entity);
  }

  /** The collection's name, such as {@code clusters}. */
  @Override
  public String toString() {
    return collection;
  }
}
