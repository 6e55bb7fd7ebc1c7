package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
import org.cnd.core.checks.References;
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
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.network.Network;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.Programme;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.time.PartialDate;
import org.cnd.core.training.Training;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.ValidationReport;

/**
 * The root aggregate: every entity of a body of programme data, as flat collections that refer to each other by
 * identifier, like the JSON format. The collections are those of {@link EntityKind#all()}, in its order.
 *
 * <p>Identifiers are unique within each collection (an invariant: a portfolio with a duplicate cannot be built).
 * Everything else that holds across entities, such as references that must resolve, is checked by {@link
 * #validate()}, which reports every violation and never throws. Look-ups by identifier are O(1).
 *
 * <p>Changes return a new portfolio and leave this one as it is. An edit ({@link #with}, {@link #update}, {@link
 * #without}, the lifecycle moves) copies the array of the one collection it changes and shares the others; it
 * neither checks the identifiers again nor rebuilds an index, so an edit followed by a look-up stays well under a
 * millisecond at 100,000 clusters. An edit never checks references: what it leaves dangling, such as the plans of a
 * removed cluster, is reported by {@link #validate()}.
 */
public final class Portfolio {
  private static final Portfolio EMPTY = builder().build();

  private final Table<?, ?>[] tables;
  // Derived on first use, per portfolio: the evidence indexes and the queries.
  private volatile EvidenceIndex evidence;
  private volatile PortfolioQueries queries;
  private int hash;

  private Portfolio(Table<?, ?>[] tables) {
    this.tables = tables;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The portfolio with nothing in it. */
  public static Portfolio empty() {
    return EMPTY;
  }

  // --- the collections --------------------------------------------------------------------------------------

  /** The entities of one kind, in their order. */
  @SuppressWarnings("unchecked")
  public <T> ImmutableList<T> items(EntityKind<T, ?> kind) {
    return ((Table<T, ?>) tables[kind.ordinal()]).items;
  }

  @SuppressWarnings("unchecked")
  private <T, I extends Identifier> Table<T, I> table(EntityKind<T, I> kind) {
    return (Table<T, I>) tables[kind.ordinal()];
  }

  /** The organisations. */
  public ImmutableList<Organisation> organisations() {
    return items(EntityKind.ORGANISATIONS);
  }

  /** The people. */
  public ImmutableList<Person> people() {
    return items(EntityKind.PEOPLE);
  }

  /** The clusters. */
  public ImmutableList<Cluster> clusters() {
    return items(EntityKind.CLUSTERS);
  }

  /** The programmes. */
  public ImmutableList<Programme> programmes() {
    return items(EntityKind.PROGRAMMES);
  }

  /** The engagements: each one programme's work with one cluster. */
  public ImmutableList<Engagement> engagements() {
    return items(EntityKind.ENGAGEMENTS);
  }

  /** The diagnostic studies. */
  public ImmutableList<DiagnosticStudy> diagnosticStudies() {
    return items(EntityKind.DIAGNOSTIC_STUDIES);
  }

  /** The action plans. */
  public ImmutableList<ActionPlan> actionPlans() {
    return items(EntityKind.ACTION_PLANS);
  }

  /** The monitoring indicators. */
  public ImmutableList<Indicator> indicators() {
    return items(EntityKind.INDICATORS);
  }

  /** The trainings, courses, workshops and review meetings. */
  public ImmutableList<Training> trainings() {
    return items(EntityKind.TRAININGS);
  }

  /** The linkages made between organisations and clusters. */
  public ImmutableList<Linkage> linkages() {
    return items(EntityKind.LINKAGES);
  }

  /** The reports produced. */
  public ImmutableList<Report> reports() {
    return items(EntityKind.REPORTS);
  }

  /** The mapping data sets: counts of employment and establishments by region and sector. */
  public ImmutableList<MappingDataSet> mappingDataSets() {
    return items(EntityKind.MAPPING_DATA_SETS);
  }

  /** The selection exercises: how clusters were identified, scored, ranked and selected. */
  public ImmutableList<SelectionExercise> selectionExercises() {
    return items(EntityKind.SELECTION_EXERCISES);
  }

  /** The networks of firms, horizontal and vertical. */
  public ImmutableList<Network> networks() {
    return items(EntityKind.NETWORKS);
  }

  // --- look-ups ---------------------------------------------------------------------------------------------

  /** The entity of a kind with this identifier. */
  public <T, I extends Identifier> Optional<T> find(EntityKind<T, I> kind, I id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(table(kind).get(id));
  }

  /**
   * The entity with this identifier, of whatever kind the identifier's type names.
   *
   * @throws IllegalArgumentException for an identifier of no top-level kind, such as an activity's
   */
  public Optional<Object> find(Identifier id) {
    return Optional.ofNullable(tables[EntityKind.require(id).ordinal()].get(id));
  }

  /** The organisation with this identifier. */
  public Optional<Organisation> organisation(OrganisationId id) {
    return find(EntityKind.ORGANISATIONS, id);
  }

  /** The person with this identifier. */
  public Optional<Person> person(PersonId id) {
    return find(EntityKind.PEOPLE, id);
  }

  /** The cluster with this identifier. */
  public Optional<Cluster> cluster(ClusterId id) {
    return find(EntityKind.CLUSTERS, id);
  }

  /** The programme with this identifier. */
  public Optional<Programme> programme(ProgrammeId id) {
    return find(EntityKind.PROGRAMMES, id);
  }

  /** The engagement with this identifier. */
  public Optional<Engagement> engagement(EngagementId id) {
    return find(EntityKind.ENGAGEMENTS, id);
  }

  /** The diagnostic study with this identifier. */
  public Optional<DiagnosticStudy> diagnosticStudy(DiagnosticStudyId id) {
    return find(EntityKind.DIAGNOSTIC_STUDIES, id);
  }

  /** The action plan with this identifier. */
  public Optional<ActionPlan> actionPlan(ActionPlanId id) {
    return find(EntityKind.ACTION_PLANS, id);
  }

  /** The indicator with this identifier. */
  public Optional<Indicator> indicator(IndicatorId id) {
    return find(EntityKind.INDICATORS, id);
  }

  /** The training with this identifier. */
  public Optional<Training> training(TrainingId id) {
    return find(EntityKind.TRAININGS, id);
  }

  /** The linkage with this identifier. */
  public Optional<Linkage> linkage(LinkageId id) {
    return find(EntityKind.LINKAGES, id);
  }

  /** The report with this identifier. */
  public Optional<Report> report(ReportId id) {
    return find(EntityKind.REPORTS, id);
  }

  /** The mapping data set with this identifier. */
  public Optional<MappingDataSet> mappingDataSet(MappingDataSetId id) {
    return find(EntityKind.MAPPING_DATA_SETS, id);
  }

  /** The selection exercise with this identifier. */
  public Optional<SelectionExercise> selectionExercise(SelectionExerciseId id) {
    return find(EntityKind.SELECTION_EXERCISES, id);
  }

  /** The network with this identifier. */
  public Optional<Network> network(NetworkId id) {
    return find(EntityKind.NETWORKS, id);
  }

  /** True when an entity with this identifier is in the portfolio; false for identifiers of no top-level kind. */
  public boolean contains(Identifier id) {
    EntityKind<?, ?> kind = EntityKind.ofClass(id.getClass());
    return kind != null && tables[kind.ordinal()].contains(id);
  }

  /**
   * The evidence at hand for an engagement's moves: the diagnostic studies and action plans of its cluster, and the
   * indicators that name it or, naming no engagement, its cluster. The engagement need not be in the portfolio.
   */
  public Evidence evidenceFor(Engagement engagement) {
    EvidenceIndex index = evidenceIndex();
    return Evidence.builder()
        .studies(index.studiesByCluster.get(engagement.cluster()))
        .plans(index.plansByCluster.get(engagement.cluster()))
        .indicators(index.indicatorsByEngagement.get(engagement.id()))
        .addAllIndicators(index.engagementFreeIndicatorsByCluster.get(engagement.cluster()))
        .build();
  }

  /** The evidence at hand for the engagement with this identifier; empty when there is no such engagement. */
  public Optional<Evidence> evidenceFor(EngagementId id) {
    return engagement(id).map(this::evidenceFor);
  }

  ImmutableListMultimap<ClusterId, Engagement> engagementsByCluster() {
    return evidenceIndex().engagementsByCluster;
  }

  private EvidenceIndex evidenceIndex() {
    EvidenceIndex index = evidence;
    if (index == null) {
      index = new EvidenceIndex(this);
      evidence = index;
    }
    return index;
  }

  // The portfolio's documents by cluster and engagement. Indicators are indexed by the engagement they name, and,
  // for those naming none, by their cluster: the evidence of an engagement is the union of its own and its
  // cluster's engagement-free indicators.
  private static final class EvidenceIndex {
    final ImmutableListMultimap<ClusterId, Engagement> engagementsByCluster;
    final ImmutableListMultimap<ClusterId, DiagnosticStudy> studiesByCluster;
    final ImmutableListMultimap<ClusterId, ActionPlan> plansByCluster;
    final ImmutableListMultimap<EngagementId, Indicator> indicatorsByEngagement;
    final ImmutableListMultimap<ClusterId, Indicator> engagementFreeIndicatorsByCluster;

    EvidenceIndex(Portfolio p) {
      engagementsByCluster = Multimaps.index(p.engagements(), Engagement::cluster);
      studiesByCluster = Multimaps.index(p.diagnosticStudies(), DiagnosticStudy::cluster);
      plansByCluster = Multimaps.index(p.actionPlans(), ActionPlan::cluster);
      ImmutableListMultimap.Builder<EngagementId, Indicator> byEngagement = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<ClusterId, Indicator> byCluster = ImmutableListMultimap.builder();
      for (Indicator i : p.indicators()) {
        if (i.engagement().isPresent()) {
          byEngagement.put(i.engagement().get(), i);
        } else {
          i.cluster().ifPresent(c -> byCluster.put(c, i));
        }
      }
      indicatorsByEngagement = byEngagement.build();
      engagementFreeIndicatorsByCluster = byCluster.build();
    }
  }

  // --- changes ----------------------------------------------------------------------------------------------

  /** This portfolio with the entity added at the end of its kind's collection, or replacing the one with its id. */
  public <T> Portfolio with(EntityKind<T, ?> kind, T entity) {
    Objects.requireNonNull(entity, "entity");
    return replace(table(kind).put(kind.cast(entity)));
  }

  /**
   * This portfolio with the entity of this identifier replaced by what the function makes of it. The function must
   * keep the identifier; the entity's references are not checked ({@link #validate()} does).
   *
   * @param <T> the entity type of the identifier's kind
   * @throws NoSuchElementException when there is no entity with this identifier
   * @throws IllegalArgumentException when the function changes the identifier, or the identifier is of no top-level
   *     kind
   */
  public <T> Portfolio update(Identifier id, UnaryOperator<T> fn) {
    Objects.requireNonNull(fn, "fn");
    @SuppressWarnings("unchecked")
    EntityKind<T, ?> kind = (EntityKind<T, ?>) EntityKind.require(id);
    return update(kind, id, fn);
  }

  /** {@link #update(Identifier, UnaryOperator) Updates} the entity of a kind with this identifier, typed. */
  public <T, I extends Identifier> Portfolio update(EntityKind<T, I> kind, Identifier id, UnaryOperator<T> fn) {
    Objects.requireNonNull(fn, "fn");
    Table<T, I> table = table(kind);
    T current = table.get(id);
    if (current == null) {
      throw new NoSuchElementException("No " + kind.noun().substring(kind.noun().indexOf(' ') + 1) + " \"" + id
          + "\" in the portfolio: expected the id of " + kind.noun() + " to update");
    }
    T updated = Objects.requireNonNull(fn.apply(current), "the updated entity");
    if (!kind.id(kind.cast(updated)).equals(id)) {
      throw new IllegalArgumentException("The update of \"" + id + "\" gives it the id \"" + kind.id(updated)
          + "\": expected the id to stay the same");
    }
    return replace(table.put(updated));
  }

  /**
   * This portfolio without the entity with this identifier; this portfolio when there is none. References to the
   * entity are left as they are: {@link #validate()} reports each one that no longer resolves (a removed cluster's
   * plans, for one, then break {@code reference.cluster}).
   *
   * @throws IllegalArgumentException for an identifier of no top-level kind, such as an activity's
   */
  public Portfolio without(Identifier id) {
    return replace(tables[EntityKind.require(id).ordinal()].remove(id));
  }

  private Portfolio replace(Table<?, ?> table) {
    int at = table.kind.ordinal();
    if (tables[at] == table) {
      return this;
    }
    Table<?, ?>[] changed = tables.clone();
    changed[at] = table;
    return new Portfolio(changed);
  }

  /** This portfolio with the organisation added, or replacing the one with its identifier. */
  public Portfolio withOrganisation(Organisation organisation) {
    return with(EntityKind.ORGANISATIONS, organisation);
  }

  /** This portfolio with the person added, or replacing the one with its identifier. */
  public Portfolio withPerson(Person person) {
    return with(EntityKind.PEOPLE, person);
  }

  /** This portfolio with the cluster added, or replacing the one with its identifier. */
  public Portfolio withCluster(Cluster cluster) {
    return with(EntityKind.CLUSTERS, cluster);
  }

  /** This portfolio with the programme added, or replacing the one with its identifier. */
  public Portfolio withProgramme(Programme programme) {
    return with(EntityKind.PROGRAMMES, programme);
  }

  /** This portfolio with the engagement added, or replacing the one with its identifier. */
  public Portfolio withEngagement(Engagement engagement) {
    return with(EntityKind.ENGAGEMENTS, engagement);
  }

  /** This portfolio with the diagnostic study added, or replacing the one with its identifier. */
  public Portfolio withDiagnosticStudy(DiagnosticStudy study) {
    return with(EntityKind.DIAGNOSTIC_STUDIES, study);
  }

  /** This portfolio with the action plan added, or replacing the one with its identifier. */
  public Portfolio withActionPlan(ActionPlan plan) {
    return with(EntityKind.ACTION_PLANS, plan);
  }

  /** This portfolio with the indicator added, or replacing the one with its identifier. */
  public Portfolio withIndicator(Indicator indicator) {
    return with(EntityKind.INDICATORS, indicator);
  }

  /** This portfolio with the training added, or replacing the one with its identifier. */
  public Portfolio withTraining(Training training) {
    return with(EntityKind.TRAININGS, training);
  }

  /** This portfolio with the linkage added, or replacing the one with its identifier. */
  public Portfolio withLinkage(Linkage linkage) {
    return with(EntityKind.LINKAGES, linkage);
  }

  /** This portfolio with the report added, or replacing the one with its identifier. */
  public Portfolio withReport(Report report) {
    return with(EntityKind.REPORTS, report);
  }

  /** This portfolio with the mapping data set added, or replacing the one with its identifier. */
  public Portfolio withMappingDataSet(MappingDataSet mappingDataSet) {
    return with(EntityKind.MAPPING_DATA_SETS, mappingDataSet);
  }

  /** This portfolio with the selection exercise added, or replacing the one with its identifier. */
  public Portfolio withSelectionExercise(SelectionExercise selectionExercise) {
    return with(EntityKind.SELECTION_EXERCISES, selectionExercise);
  }

  /** This portfolio with the network added, or replacing the one with its identifier. */
  public Portfolio withNetwork(Network network) {
    return with(EntityKind.NETWORKS, network);
  }

  // --- the lifecycle ----------------------------------------------------------------------------------------

  /**
   * Moves an engagement into a phase at a date, with the evidence of this portfolio ({@link #evidenceFor}); see
   * {@link Engagement#moveTo(Phase, PartialDate, Evidence)}.
   *
   * @return this portfolio with the moved engagement, or the refusal; a refused move never throws
   * @throws NoSuchElementException when there is no engagement with this identifier
   */
  public PortfolioMove move(EngagementId engagement, Phase phase, PartialDate date) {
    Engagement e = requireEngagement(engagement);
    return settle(e.moveTo(phase, date, evidenceFor(e)));
  }

  /** Suspends an engagement at a date, for a reason; a blank reason is refused. See {@link #move}. */
  public PortfolioMove suspend(EngagementId engagement, PartialDate date, String reason) {
    return settle(requireEngagement(engagement).suspend(date, reason));
  }

  /** Resumes a suspended engagement at a date, to the phase it left, with this portfolio's evidence. */
  public PortfolioMove resume(EngagementId engagement, PartialDate date) {
    Engagement e = requireEngagement(engagement);
    return settle(e.resume(date, evidenceFor(e)));
  }

  /** Discontinues an engagement at a date, for a reason; a blank reason is refused. See {@link #move}. */
  public PortfolioMove discontinue(EngagementId engagement, PartialDate date, String reason) {
    return settle(requireEngagement(engagement).discontinue(date, reason));
  }

  private Engagement requireEngagement(EngagementId id) {
    return engagement(Objects.requireNonNull(id, "engagement")).orElseThrow(() -> new NoSuchElementException(
        "No engagement \"" + id + "\" in the portfolio: expected the id of an engagement to move"));
  }

  private PortfolioMove settle(MoveResult result) {
    return result.engagement()
        .map(moved -> PortfolioMove.moved(withEngagement(moved), moved))
        .orElseGet(() -> PortfolioMove.refused(result.refusal().orElseThrow()));
  }

  // --- validation and queries -------------------------------------------------------------------------------

  /** Checks every rule across entities; reports every violation and never throws. */
  public ValidationReport validate() {
    return PortfolioValidator.validate(this);
  }

  /**
   * As {@link #validate()}, keeping the first {@code maxViolations} violations and counting the rest ({@link
   * ValidationReport#omitted()}), so that the report's memory is bounded.
   *
   * @throws IllegalArgumentException when {@code maxViolations} is negative
   */
  public ValidationReport validate(int maxViolations) {
    return PortfolioValidator.validate(this, maxViolations);
  }

  /** The questions programme staff ask of this portfolio. */
  public PortfolioQueries queries() {
    PortfolioQueries q = queries;
    if (q == null) {
      q = new PortfolioQueries(this);
      queries = q;
    }
    return q;
  }

  // What the areas' checks know of the portfolio: its identifiers, and each kind's reference rule and noun.
  References references() {
    return new References() {
      @Override
      public boolean contains(Identifier id) {
        return Portfolio.this.contains(id);
      }

      @Override
      public Rule rule(Identifier id) {
        EntityKind<?, ?> kind = EntityKind.require(id);
        return kind.referenceRule().orElseThrow(
            () -> new IllegalArgumentException("Nothing refers to " + kind.noun() + ": found \"" + id + "\""));
      }

      @Override
      public String noun(Identifier id) {
        return EntityKind.require(id).noun();
      }
    };
  }

  // --- value ------------------------------------------------------------------------------------------------

  /** Equal when every collection holds equal entities in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Portfolio that)) {
      return false;
    }
    for (int i = 0; i < tables.length; i++) {
      if (!tables[i].items.equals(that.tables[i].items)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 1;
      for (Table<?, ?> table : tables) {
        h = 31 * h + table.items.hashCode();
      }
      hash = h;
    }
    return h;
  }

  /** {@code Portfolio{organisations=[...], people=[...], ...}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Portfolio{");
    for (int i = 0; i < tables.length; i++) {
      out.append(i == 0 ? "" : ", ").append(tables[i].kind.collection()).append('=').append(tables[i].items);
    }
    return out.append('}').toString();
  }

  /**
   * Builds a {@link Portfolio}; {@link #build()} refuses duplicate identifiers with {@code portfolio.duplicate-id}.
   * The typed methods ({@code addClusters}, {@code clusters(...)}) and the kind's ({@link #add}, {@link #addAll},
   * {@link #set}) are the same.
   */
  public static final class Builder {
    private final ImmutableList.Builder<?>[] lists = new ImmutableList.Builder<?>[EntityKind.all().size()];

    Builder() {
      Arrays.setAll(lists, i -> ImmutableList.builder());
    }

    @SuppressWarnings("unchecked")
    private <T> ImmutableList.Builder<T> list(EntityKind<T, ?> kind) {
      return (ImmutableList.Builder<T>) lists[kind.ordinal()];
    }

    /** Adds an entity of a kind. */
    public <T> Builder add(EntityKind<T, ?> kind, T entity) {
      list(kind).add(kind.cast(Objects.requireNonNull(entity, kind.collection() + " element")));
      return this;
    }

    /** Adds entities of a kind. */
    public <T> Builder addAll(EntityKind<T, ?> kind, Iterable<? extends T> entities) {
      for (T entity : entities) {
        add(kind, entity);
      }
      return this;
    }

    /** Sets the entities of a kind, replacing those added before. */
    public <T> Builder set(EntityKind<T, ?> kind, Iterable<? extends T> entities) {
      lists[kind.ordinal()] = ImmutableList.builder();
      return addAll(kind, entities);
    }

    /** Sets every collection to the portfolio's. */
    public Builder from(Portfolio portfolio) {
      for (EntityKind<?, ?> kind : EntityKind.all()) {
        copy(kind, portfolio);
      }
      return this;
    }

    private <T> void copy(EntityKind<T, ?> kind, Portfolio portfolio) {
      set(kind, portfolio.items(kind));
    }

    /**
     * The portfolio.
     *
     * @throws org.cnd.core.validation.RuleViolationException ({@code portfolio.duplicate-id}) at the second of two
     *     entities of one collection with the same identifier
     */
    public Portfolio build() {
      Table<?, ?>[] tables = new Table<?, ?>[lists.length];
      for (EntityKind<?, ?> kind : EntityKind.all()) {
        tables[kind.ordinal()] = table(kind);
      }
      return new Portfolio(tables);
    }

    private <T, I extends Identifier> Table<T, I> table(EntityKind<T, I> kind) {
      return Table.of(kind, list(kind).build());
    }

    // The typed methods, one set per kind.

    /** Sets the organisations. */
    public Builder organisations(Iterable<? extends Organisation> items) {
      return set(EntityKind.ORGANISATIONS, items);
    }

    /** Adds organisations. */
    public Builder addOrganisations(Organisation... items) {
      return addAll(EntityKind.ORGANISATIONS, Arrays.asList(items));
    }

    /** Adds organisations. */
    public Builder addAllOrganisations(Iterable<? extends Organisation> items) {
      return addAll(EntityKind.ORGANISATIONS, items);
    }

    /** Sets the people. */
    public Builder people(Iterable<? extends Person> items) {
      return set(EntityKind.PEOPLE, items);
    }

    /** Adds people. */
    public Builder addPeople(Person... items) {
      return addAll(EntityKind.PEOPLE, Arrays.asList(items));
    }

    /** Adds people. */
    public Builder addAllPeople(Iterable<? extends Person> items) {
      return addAll(EntityKind.PEOPLE, items);
    }

    /** Sets the clusters. */
    public Builder clusters(Iterable<? extends Cluster> items) {
      return set(EntityKind.CLUSTERS, items);
    }

    /** Adds clusters. */
    public Builder addClusters(Cluster... items) {
      return addAll(EntityKind.CLUSTERS, Arrays.asList(items));
    }

    /** Adds clusters. */
    public Builder addAllClusters(Iterable<? extends Cluster> items) {
      return addAll(EntityKind.CLUSTERS, items);
    }

    /** Sets the programmes. */
    public Builder programmes(Iterable<? extends Programme> items) {
      return set(EntityKind.PROGRAMMES, items);
    }

    /** Adds programmes. */
    public Builder addProgrammes(Programme... items) {
      return addAll(EntityKind.PROGRAMMES, Arrays.asList(items));
    }

    /** Adds programmes. */
    public Builder addAllProgrammes(Iterable<? extends Programme> items) {
      return addAll(EntityKind.PROGRAMMES, items);
    }

    /** Sets the engagements. */
    public Builder engagements(Iterable<? extends Engagement> items) {
      return set(EntityKind.ENGAGEMENTS, items);
    }

    /** Adds engagements. */
    public Builder addEngagements(Engagement... items) {
      return addAll(EntityKind.ENGAGEMENTS, Arrays.asList(items));
    }

    /** Adds engagements. */
    public Builder addAllEngagements(Iterable<? extends Engagement> items) {
      return addAll(EntityKind.ENGAGEMENTS, items);
    }

    /** Sets the diagnostic studies. */
    public Builder diagnosticStudies(Iterable<? extends DiagnosticStudy> items) {
      return set(EntityKind.DIAGNOSTIC_STUDIES, items);
    }

    /** Adds diagnostic studies. */
    public Builder addDiagnosticStudies(DiagnosticStudy... items) {
      return addAll(EntityKind.DIAGNOSTIC_STUDIES, Arrays.asList(items));
    }

    /** Adds diagnostic studies. */
    public Builder addAllDiagnosticStudies(Iterable<? extends DiagnosticStudy> items) {
      return addAll(EntityKind.DIAGNOSTIC_STUDIES, items);
    }

    /** Sets the action plans. */
    public Builder actionPlans(Iterable<? extends ActionPlan> items) {
      return set(EntityKind.ACTION_PLANS, items);
    }

    /** Adds action plans. */
    public Builder addActionPlans(ActionPlan... items) {
      return addAll(EntityKind.ACTION_PLANS, Arrays.asList(items));
    }

    /** Adds action plans. */
    public Builder addAllActionPlans(Iterable<? extends ActionPlan> items) {
      return addAll(EntityKind.ACTION_PLANS, items);
    }

    /** Sets the indicators. */
    public Builder indicators(Iterable<? extends Indicator> items) {
      return set(EntityKind.INDICATORS, items);
    }

    /** Adds indicators. */
    public Builder addIndicators(Indicator... items) {
      return addAll(EntityKind.INDICATORS, Arrays.asList(items));
    }

    /** Adds indicators. */
    public Builder addAllIndicators(Iterable<? extends Indicator> items) {
      return addAll(EntityKind.INDICATORS, items);
    }

    /** Sets the trainings. */
    public Builder trainings(Iterable<? extends Training> items) {
      return set(EntityKind.TRAININGS, items);
    }

    /** Adds trainings. */
    public Builder addTrainings(Training... items) {
      return addAll(EntityKind.TRAININGS, Arrays.asList(items));
    }

    /** Adds trainings. */
    public Builder addAllTrainings(Iterable<? extends Training> items) {
      return addAll(EntityKind.TRAININGS, items);
    }

    /** Sets the linkages. */
    public Builder linkages(Iterable<? extends Linkage> items) {
      return set(EntityKind.LINKAGES, items);
    }

    /** Adds linkages. */
    public Builder addLinkages(Linkage... items) {
      return addAll(EntityKind.LINKAGES, Arrays.asList(items));
    }

    /** Adds linkages. */
    public Builder addAllLinkages(Iterable<? extends Linkage> items) {
      return addAll(EntityKind.LINKAGES, items);
    }

    /** Sets the reports. */
    public Builder reports(Iterable<? extends Report> items) {
      return set(EntityKind.REPORTS, items);
    }

    /** Adds reports. */
    public Builder addReports(Report... items) {
      return addAll(EntityKind.REPORTS, Arrays.asList(items));
    }

    /** Adds reports. */
    public Builder addAllReports(Iterable<? extends Report> items) {
      return addAll(EntityKind.REPORTS, items);
    }

    /** Sets the mapping data sets. */
    public Builder mappingDataSets(Iterable<? extends MappingDataSet> items) {
      return set(EntityKind.MAPPING_DATA_SETS, items);
    }

    /** Adds mapping data sets. */
    public Builder addMappingDataSets(MappingDataSet... items) {
      return addAll(EntityKind.MAPPING_DATA_SETS, Arrays.asList(items));
    }

    /** Adds mapping data sets. */
    public Builder addAllMappingDataSets(Iterable<? extends MappingDataSet> items) {
      return addAll(EntityKind.MAPPING_DATA_SETS, items);
    }

    /** Sets the selection exercises. */
    public Builder selectionExercises(Iterable<? extends SelectionExercise> items) {
      return set(EntityKind.SELECTION_EXERCISES, items);
    }

    /** Adds selection exercises. */
    public Builder addSelectionExercises(SelectionExercise... items) {
      return addAll(EntityKind.SELECTION_EXERCISES, Arrays.asList(items));
    }

    /** Adds selection exercises. */
    public Builder addAllSelectionExercises(Iterable<? extends SelectionExercise> items) {
      return addAll(EntityKind.SELECTION_EXERCISES, items);
    }

    /** Sets the networks. */
    public Builder networks(Iterable<? extends Network> items) {
      return set(EntityKind.NETWORKS, items);
    }

    /** Adds networks. */
    public Builder addNetworks(Network... items) {
      return addAll(EntityKind.NETWORKS, Arrays.asList(items));
    }

    /** Adds networks. */
    public Builder addAllNetworks(Iterable<? extends Network> items) {
      return addAll(EntityKind.NETWORKS, items);
    }
  }
}
