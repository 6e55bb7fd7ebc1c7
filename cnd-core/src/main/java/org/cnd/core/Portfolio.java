package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
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
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.internal.CndStyle;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.Programme;
import org.cnd.core.training.Training;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * The root aggregate: every entity of a body of programme data, as flat collections that refer to each other by
 * identifier, like the JSON format.
 *
 * <p>Identifiers are unique within each collection (an invariant: a portfolio with a duplicate cannot be built).
 * Everything else that holds across entities, such as references that must resolve, is checked by {@link
 * #validate()}, which reports every violation and never throws. Look-ups by identifier are O(1): the indexes are
 * computed once per portfolio, when first used. Changes return a new portfolio.
 */
@Value.Immutable
@CndStyle
public abstract class Portfolio {
  Portfolio() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The portfolio with nothing in it. */
  public static Portfolio empty() {
    return builder().build();
  }

  /** The organisations. */
  public abstract ImmutableList<Organisation> organisations();

  /** The people. */
  public abstract ImmutableList<Person> people();

  /** The clusters. */
  public abstract ImmutableList<Cluster> clusters();

  /** The programmes. */
  public abstract ImmutableList<Programme> programmes();

  /** The engagements: each one programme's work with one cluster. */
  public abstract ImmutableList<Engagement> engagements();

  /** The diagnostic studies. */
  public abstract ImmutableList<DiagnosticStudy> diagnosticStudies();

  /** The action plans. */
  public abstract ImmutableList<ActionPlan> actionPlans();

  /** The monitoring indicators. */
  public abstract ImmutableList<Indicator> indicators();

  /** The trainings, courses, workshops and review meetings. */
  public abstract ImmutableList<Training> trainings();

  /** The linkages made between organisations and clusters. */
  public abstract ImmutableList<Linkage> linkages();

  /** The reports produced. */
  public abstract ImmutableList<Report> reports();

  // --- look-ups ---------------------------------------------------------------------------------------------

  @Value.Lazy
  ImmutableMap<OrganisationId, Organisation> organisationIndex() {
    return index(organisations(), Organisation::id);
  }

  @Value.Lazy
  ImmutableMap<PersonId, Person> personIndex() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  ImmutableMap<ClusterId, Cluster> clusterIndex() {
    return index(clusters(), Cluster::id);
  }

  @Value.Lazy
  ImmutableMap<ProgrammeId, Programme> programmeIndex() {
    return index(programmes(), Programme::id);
  }

  @Value.Lazy
  ImmutableMap<EngagementId, Engagement> engagementIndex() {
    return index(engagements(), Engagement::id);
  }

  @Value.Lazy
  ImmutableMap<DiagnosticStudyId, DiagnosticStudy> diagnosticStudyIndex() {
    return index(diagnosticStudies(), DiagnosticStudy::id);
  }

  @Value.Lazy
  ImmutableMap<ActionPlanId, ActionPlan> actionPlanIndex() {
    return index(actionPlans(), ActionPlan::id);
  }

  @Value.Lazy
  ImmutableMap<IndicatorId, Indicator> indicatorIndex() {
    return index(indicators(), Indicator::id);
  }

  @Value.Lazy
  ImmutableMap<TrainingId, Training> trainingIndex() {
    return index(trainings(), Training::id);
  }

  @Value.Lazy
  ImmutableMap<LinkageId, Linkage> linkageIndex() {
    return index(linkages(), Linkage::id);
  }

  @Value.Lazy
  ImmutableMap<ReportId, Report> reportIndex() {
    return index(reports(), Report::id);
  }

  @Value.Lazy
  ImmutableListMultimap<ClusterId, Engagement> engagementsByCluster() {
    return Multimaps.index(engagements(), Engagement::cluster);
  }

  @Value.Lazy
  ImmutableListMultimap<ClusterId, DiagnosticStudy> studiesByCluster() {
    return Multimaps.index(diagnosticStudies(), DiagnosticStudy::cluster);
  }

  @Value.Lazy
  ImmutableListMultimap<ClusterId, ActionPlan> plansByCluster() {
    return Multimaps.index(actionPlans(), ActionPlan::cluster);
  }

  // Indicators by the engagement they name, and, for those naming none, by their cluster: the evidence of an
  // engagement is the union of its own and its cluster's engagement-free indicators.
  @Value.Lazy
  ImmutableListMultimap<EngagementId, Indicator> indicatorsByEngagement() {
    ImmutableListMultimap.Builder<EngagementId, Indicator> out = ImmutableListMultimap.builder();
    indicators().forEach(i -> i.engagement().ifPresent(e -> out.put(e, i)));
    return out.build();
  }

  @Value.Lazy
  ImmutableListMultimap<ClusterId, Indicator> engagementFreeIndicatorsByCluster() {
    ImmutableListMultimap.Builder<ClusterId, Indicator> out = ImmutableListMultimap.builder();
    indicators().forEach(i -> {
      if (i.engagement().isEmpty()) {
        i.cluster().ifPresent(c -> out.put(c, i));
      }
    });
    return out.build();
  }

  /** The organisation with this identifier. */
  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /** The person with this identifier. */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /** The cluster with this identifier. */
  public Optional<Cluster> cluster(ClusterId id) {
    return Optional.ofNullable(clusterIndex().get(id));
  }

  /** The programme with this identifier. */
  public Optional<Programme> programme(ProgrammeId id) {
    return Optional.ofNullable(programmeIndex().get(id));
  }

  /** The engagement with this identifier. */
  public Optional<Engagement> engagement(EngagementId id) {
    return Optional.ofNullable(engagementIndex().get(id));
  }

  /** The diagnostic study with this identifier. */
  public Optional<DiagnosticStudy> diagnosticStudy(DiagnosticStudyId id) {
    return Optional.ofNullable(diagnosticStudyIndex().get(id));
  }

  /** The action plan with this identifier. */
  public Optional<ActionPlan> actionPlan(ActionPlanId id) {
    return Optional.ofNullable(actionPlanIndex().get(id));
  }

  /** The indicator with this identifier. */
  public Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(indicatorIndex().get(id));
  }

  /** The training with this identifier. */
  public Optional<Training> training(TrainingId id) {
    return Optional.ofNullable(trainingIndex().get(id));
  }

  /** The linkage with this identifier. */
  public Optional<Linkage> linkage(LinkageId id) {
    return Optional.ofNullable(linkageIndex().get(id));
  }

  /** The report with this identifier. */
  public Optional<Report> report(ReportId id) {
    return Optional.ofNullable(reportIndex().get(id));
  }

  /**
   * The evidence at hand for an engagement's moves: the diagnostic studies and action plans of its cluster, and the
   * indicators that name it or, naming no engagement, its cluster. The engagement need not be in the portfolio.
   */
  public Evidence evidenceFor(Engagement engagement) {
    return Evidence.builder()
        .studies(studiesByCluster().get(engagement.cluster()))
        .plans(plansByCluster().get(engagement.cluster()))
        .indicators(indicatorsByEngagement().get(engagement.id()))
        .addAllIndicators(engagementFreeIndicatorsByCluster().get(engagement.cluster()))
        .build();
  }

  /** The evidence at hand for the engagement with this identifier; empty when there is no such engagement. */
  public Optional<Evidence> evidenceFor(EngagementId id) {
    return engagement(id).map(this::evidenceFor);
  }

  /** True when an entity with this identifier is in the portfolio. */
  public boolean contains(Identifier id) {
    if (id instanceof OrganisationId o) {
      return organisationIndex().containsKey(o);
    } else if (id instanceof PersonId p) {
      return personIndex().containsKey(p);
    } else if (id instanceof ClusterId c) {
      return clusterIndex().containsKey(c);
    } else if (id instanceof ProgrammeId p) {
      return programmeIndex().containsKey(p);
    } else if (id instanceof EngagementId e) {
      return engagementIndex().containsKey(e);
    } else if (id instanceof DiagnosticStudyId d) {
      return diagnosticStudyIndex().containsKey(d);
    } else if (id instanceof ActionPlanId a) {
      return actionPlanIndex().containsKey(a);
    } else if (id instanceof IndicatorId i) {
      return indicatorIndex().containsKey(i);
    } else if (id instanceof TrainingId t) {
      return trainingIndex().containsKey(t);
    } else if (id instanceof LinkageId l) {
      return linkageIndex().containsKey(l);
    } else if (id instanceof ReportId r) {
      return reportIndex().containsKey(r);
    }
    return false;
  }

  // --- changes ----------------------------------------------------------------------------------------------

  /** This portfolio with the organisation added, or replacing the one with its identifier. */
  public Portfolio withOrganisation(Organisation organisation) {
    return builder().from(this).organisations(upsert(organisations(), organisation, Organisation::id)).build();
  }

  /** This portfolio with the person added, or replacing the one with its identifier. */
  public Portfolio withPerson(Person person) {
    return builder().from(this).people(upsert(people(), person, Person::id)).build();
  }

  /** This portfolio with the cluster added, or replacing the one with its identifier. */
  public Portfolio withCluster(Cluster cluster) {
    return builder().from(this).clusters(upsert(clusters(), cluster, Cluster::id)).build();
  }

  /** This portfolio with the programme added, or replacing the one with its identifier. */
  public Portfolio withProgramme(Programme programme) {
    return builder().from(this).programmes(upsert(programmes(), programme, Programme::id)).build();
  }

  /** This portfolio with the engagement added, or replacing the one with its identifier. */
  public Portfolio withEngagement(Engagement engagement) {
    return builder().from(this).engagements(upsert(engagements(), engagement, Engagement::id)).build();
  }

  /** This portfolio with the diagnostic study added, or replacing the one with its identifier. */
  public Portfolio withDiagnosticStudy(DiagnosticStudy study) {
    return builder().from(this).diagnosticStudies(upsert(diagnosticStudies(), study, DiagnosticStudy::id)).build();
  }

  /** This portfolio with the action plan added, or replacing the one with its identifier. */
  public Portfolio withActionPlan(ActionPlan plan) {
    return builder().from(this).actionPlans(upsert(actionPlans(), plan, ActionPlan::id)).build();
  }

  /** This portfolio with the indicator added, or replacing the one with its identifier. */
  public Portfolio withIndicator(Indicator indicator) {
    return builder().from(this).indicators(upsert(indicators(), indicator, Indicator::id)).build();
  }

  /** This portfolio with the training added, or replacing the one with its identifier. */
  public Portfolio withTraining(Training training) {
    return builder().from(this).trainings(upsert(trainings(), training, Training::id)).build();
  }

  /** This portfolio with the linkage added, or replacing the one with its identifier. */
  public Portfolio withLinkage(Linkage linkage) {
    return builder().from(this).linkages(upsert(linkages(), linkage, Linkage::id)).build();
  }

  /** This portfolio with the report added, or replacing the one with its identifier. */
  public Portfolio withReport(Report report) {
    return builder().from(this).reports(upsert(reports(), report, Report::id)).build();
  }

  // --- validation and queries -------------------------------------------------------------------------------

  /** Checks every rule across entities; reports every violation and never throws. */
  public ValidationReport validate() {
    return PortfolioValidator.validate(this);
  }

  /** The questions programme staff ask of this portfolio. */
  @Value.Lazy
  public PortfolioQueries queries() {
    return new PortfolioQueries(this);
  }

  @Value.Check
  void checkUniqueIds() {
    checkUnique(organisations(), Organisation::id, "organisations");
    checkUnique(people(), Person::id, "people");
    checkUnique(clusters(), Cluster::id, "clusters");
    checkUnique(programmes(), Programme::id, "programmes");
    checkUnique(engagements(), Engagement::id, "engagements");
    checkUnique(diagnosticStudies(), DiagnosticStudy::id, "diagnosticStudies");
    checkUnique(actionPlans(), ActionPlan::id, "actionPlans");
    checkUnique(indicators(), Indicator::id, "indicators");
    checkUnique(trainings(), Training::id, "trainings");
    checkUnique(linkages(), Linkage::id, "linkages");
    checkUnique(reports(), Report::id, "reports");
  }

  static <T, K extends Identifier> void checkUnique(List<T> items, Function<T, K> id, String collection) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        throw new RuleViolationException(Rule.PORTFOLIO_DUPLICATE_ID, Pointer.of(collection, i, "id"),
            "Duplicate id \"" + key + "\" in " + collection + ": expected ids unique within the collection, found it at "
                + Pointer.of(collection, previous, "id") + " too");
      }
    }
  }

  static <T, K> ImmutableMap<K, T> index(List<T> items, Function<T, K> id) {
    ImmutableMap.Builder<K, T> out = ImmutableMap.builderWithExpectedSize(items.size());
    items.forEach(item -> out.put(id.apply(item), item));
    return out.buildOrThrow();
  }

  static <T, K> ImmutableList<T> upsert(List<T> items, T item, Function<T, K> id) {
    K key = id.apply(item);
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(items.size() + 1);
    boolean replaced = false;
    for (T existing : items) {
      if (!replaced && id.apply(existing).equals(key)) {
        out.add(item);
        replaced = true;
      } else {
        out.add(existing);
      }
    }
    if (!replaced) {
      out.add(item);
    }
    return out.build();
  }

  /** Builds a {@link Portfolio}; {@link #build()} refuses duplicate identifiers. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}
