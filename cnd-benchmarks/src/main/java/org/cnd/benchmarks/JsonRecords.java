package org.cnd.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline: hand-written Java records that mirror the CND JSON format one to one, as a user would write them to
 * read the same documents with plain Jackson databind and no library. Identifiers, codes, dates and amounts stay
 * strings; absent values are {@code null}; arrays are lists. Nothing is checked beyond what Jackson checks.
 */
public final class JsonRecords {
  private JsonRecords() {}

  /** The root object. */
  public record Document(
      String format,
      int formatVersion,
      List<Organisation> organisations,
      List<Person> people,
      List<Cluster> clusters,
      List<Programme> programmes,
      List<Engagement> engagements,
      List<DiagnosticStudy> diagnosticStudies,
      List<ActionPlan> actionPlans,
      List<Indicator> indicators,
      List<Training> trainings,
      List<Linkage> linkages,
      List<Report> reports) {}

  // --- actors -----------------------------------------------------------------------------------------------

  /** An organisation. */
  public record Organisation(
      String id, String name, String acronym, String kind, String country, List<FormerName> formerNames,
      String parent) {}

  /** A name an organisation was known by. */
  public record FormerName(String name, String acronym, String until) {}

  /** A person. */
  public record Person(String id, String name, String affiliation) {}

  // --- clusters ---------------------------------------------------------------------------------------------

  /** A cluster. */
  public record Cluster(
      String id, String name, Sector sector, Place place, String kind, ProfileFigures profile, String description) {}

  /** A sector. */
  public record Sector(String name, String isic) {}

  /** A place. */
  public record Place(String country, String subdivision, List<String> localities, String area, GeoPoint point) {}

  /** A point. */
  public record GeoPoint(double latitude, double longitude) {}

  /** Profile figures. */
  public record ProfileFigures(String asOf, Long enterprises, Long employment, Money annualOutput, Money exports) {}

  /** Money. */
  public record Money(String amount, String currency) {}

  // --- programmes -------------------------------------------------------------------------------------------

  /** A programme. */
  public record Programme(
      String id, String title, String code, String period, List<StatusChange> statusHistory,
      List<Participation> participants, Money budget, List<FundingCommitment> funding, List<String> targetClusters,
      String targetDescription, List<ProgrammeRelation> relatedProgrammes, String description) {}

  /** A status change. */
  public record StatusChange(String status, String date, String note) {}

  /** A participation. */
  public record Participation(String organisation, String role, String note) {}

  /** A funding commitment. */
  public record FundingCommitment(String funder, String kind, Money amount, String date, String note) {}

  /** A relation to another programme. */
  public record ProgrammeRelation(String kind, String programme) {}

  // --- engagements ------------------------------------------------------------------------------------------

  /** An engagement. */
  public record Engagement(
      String id, String programme, String cluster, List<TeamMember> team, GovernanceBody governanceBody,
      List<PhaseChange> phaseHistory, String description) {}

  /** A team member. */
  public record TeamMember(String person, String organisation, String role, String period, String note) {}

  /** A governance body. */
  public record GovernanceBody(String name, List<String> members, String formed, String note) {}

  /** A phase change. */
  public record PhaseChange(String phase, String date, String reason, String note) {}

  // --- diagnostic studies -----------------------------------------------------------------------------------

  /** A diagnostic study. */
  public record DiagnosticStudy(
      String id, String title, String cluster, String engagement, List<String> authors,
      List<String> authorOrganisations, String period, Approval validation, Approval endorsement,
      ProfileFigures profile, List<EnterpriseCount> enterprisesBySize, ClusterMap clusterMap, ClusterMap projectedMap,
      Swot swot, List<Finding> keyConstraints, List<BaselineValue> baselines, String description) {}

  /** An approval. */
  public record Approval(String date, String body, List<String> organisations, List<String> people, String note) {}

  /** A count of enterprises of a size class. */
  public record EnterpriseCount(String sizeClass, long count) {}

  /** A cluster map. */
  public record ClusterMap(List<MapActor> actors, List<MapLinkage> linkages) {}

  /** An actor on a cluster map. */
  public record MapActor(String id, String kind, String name, Long count, List<String> organisations, String note) {}

  /** A linkage on a cluster map. */
  public record MapLinkage(String fromActor, String toActor, String kind, String strength, String note) {}

  /** A SWOT. */
  public record Swot(
      List<Finding> strengths, List<Finding> weaknesses, List<Finding> opportunities, List<Finding> threats) {}

  /** A finding. */
  public record Finding(String theme, String text) {}

  /** A baseline value found by a study. */
  public record BaselineValue(String indicator, IndicatorValue value, String date) {}

  // --- action plans -----------------------------------------------------------------------------------------

  /** An action plan. */
  public record ActionPlan(
      String id, String title, String cluster, String engagement, String basis, Integer version, String supersedes,
      String vision, List<Objective> objectives, List<Activity> activities, String horizon, Approval endorsement,
      String supersededOn, String description) {}

  /** An objective. */
  public record Objective(String id, String statement) {}

  /** An activity. */
  public record Activity(
      String id, String title, String kind, String intervention, List<String> objectives, List<String> responsible,
      String period, Money budget, List<FundingShare> funding, List<String> indicators, String status,
      String description) {}

  /** A funding share. */
  public record FundingShare(String organisation, Money amount) {}

  // --- indicators -------------------------------------------------------------------------------------------

  /** An indicator. */
  public record Indicator(
      String id, String name, String cluster, String engagement, String level, String measure, String unit,
      String direction, String disaggregation, Baseline baseline, List<Target> targets,
      List<Measurement> measurements, String description) {}

  /** An indicator value: a number or a text. */
  public record IndicatorValue(BigDecimal number, String text) {}

  /** A baseline. */
  public record Baseline(IndicatorValue value, String date, String study, String note) {}

  /** A target. */
  public record Target(IndicatorValue value, String date, String note) {}

  /** A measurement. */
  public record Measurement(
      IndicatorValue value, String date, String period, String source, List<BreakdownValue> breakdown) {}

  /** A broken-down value. */
  public record BreakdownValue(String sizeClass, String gender, IndicatorValue value) {}

  // --- trainings, linkages, reports -------------------------------------------------------------------------

  /** A training. */
  public record Training(
      String id, String title, String kind, String programme, String period, List<TrainingPartner> partners,
      Participants participants, List<Exercise> exercises, List<FollowUpEvent> followUps, String description) {}

  /** A training partner. */
  public record TrainingPartner(String organisation, String role, String note) {}

  /** The participants of a training. */
  public record Participants(
      Long count, Long organisationCount, List<String> organisations, List<String> people, String description) {}

  /** An exercise of a training. */
  public record Exercise(String cluster, String clusterDescription, String study, String plan, String description) {}

  /** A follow-up event of a training. */
  public record FollowUpEvent(String kind, String status, String date, String training, String note) {}

  /** A linkage. */
  public record Linkage(
      String id, String kind, List<String> organisations, List<String> clusters, String programme, String date,
      String outcome, String description) {}

  /** A report. */
  public record Report(
      String id, String title, String kind, String date, List<String> clusters, Place region, List<String> authors,
      List<String> programmes, String description) {}
}
