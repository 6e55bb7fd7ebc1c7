package org.cnd.core.testing;

import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.Sector;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.programme.Programme;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;

/**
 * A small, valid world for tests of the methodology: organisations, people, two clusters and a programme that
 * targets both; and documents that meet the lifecycle's guards at a chosen date.
 *
 * <p>Every method returns a new, valid value; the identifiers are constants so that tests can refer to them.
 */
public final class MethodologyFixtures {
  /** UNIDO. */
  public static final OrganisationId UNIDO = OrganisationId.of("unido");
  /** SMEDA, the SME agency. */
  public static final OrganisationId SMEDA = OrganisationId.of("smeda");
  /** PSIC, the Punjab Small Industries Corporation. */
  public static final OrganisationId PSIC = OrganisationId.of("psic");
  /** An association of fan manufacturers. */
  public static final OrganisationId ASSOCIATION = OrganisationId.of("fan-association");
  /** Every organisation of the world. */
  public static final java.util.List<OrganisationId> ORGANISATIONS = java.util.List.of(UNIDO, SMEDA, PSIC, ASSOCIATION);

  /** A cluster development agent. */
  public static final PersonId CDA = PersonId.of("cda-ahmed");
  /** A project coordinator. */
  public static final PersonId COORDINATOR = PersonId.of("coordinator-sara");
  /** Every person of the world. */
  public static final java.util.List<PersonId> PEOPLE = java.util.List.of(CDA, COORDINATOR);

  /** The electric fans cluster in Gujrat, where the engagement works. */
  public static final ClusterId CLUSTER = ClusterId.of("gujrat-fans");
  /** The cutlery cluster in Wazirabad, another cluster of the programme. */
  public static final ClusterId OTHER_CLUSTER = ClusterId.of("wazirabad-cutlery");

  /** The programme, which targets both clusters. */
  public static final ProgrammeId PROGRAMME = ProgrammeId.of("us-pak-01-099");

  /** The engagement of the programme with {@link #CLUSTER}. */
  public static final EngagementId ENGAGEMENT = EngagementId.of("gujrat-fans-099");

  /** The selection exercise that selected both clusters. */
  public static final SelectionExerciseId SELECTION = SelectionExerciseId.of("pilot-selection");

  private MethodologyFixtures() {}

  /** A partial date from its text form. */
  public static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  /** The selection exercise of the world: both clusters selected in 2001, so that entering the diagnostic is clean. */
  public static SelectionExercise selection() {
    CandidateId fans = CandidateId.of("fans");
    CandidateId cutlery = CandidateId.of("cutlery");
    return SelectionExercise.builder()
        .id(SELECTION)
        .title("Selection of the pilot clusters")
        .programme(PROGRAMME)
        .addCandidates(Candidate.builder().id(fans).cluster(CLUSTER).origin(CandidateOrigin.NOMINATED).nominatedBy(SMEDA).build())
        .addCandidates(Candidate.builder().id(cutlery).cluster(OTHER_CLUSTER).origin(CandidateOrigin.NOMINATED).nominatedBy(SMEDA).build())
        .decision(SelectionDecision.builder().date(d("2001")).decidingBody("the counterparts").addSelected(fans, cutlery)
            .reason("for their export potential").build())
        .build();
  }

  /** The world: organisations, people, both clusters and the programme; no engagement and no document. */
  public static Portfolio world() {
    Portfolio.Builder b = Portfolio.builder()
        .addOrganisations(org(UNIDO, "United Nations Industrial Development Organization", "UNIDO", OrganisationKind.UN_AGENCY))
        .addOrganisations(org(SMEDA, "Small and Medium Enterprises Development Authority", "SMEDA", OrganisationKind.SME_AGENCY))
        .addOrganisations(org(PSIC, "Punjab Small Industries Corporation", "PSIC", OrganisationKind.SME_AGENCY))
        .addOrganisations(org(ASSOCIATION, "Gujrat Fan Manufacturers Association", "GFMA", OrganisationKind.BUSINESS_ASSOCIATION))
        .addPeople(Person.builder().id(CDA).name("Ahmed").affiliation(SMEDA).build())
        .addPeople(Person.builder().id(COORDINATOR).name("Sara").affiliation(UNIDO).build())
        .addClusters(cluster(CLUSTER, "Electric fans cluster in Gujrat", "Electric fans", "Gujrat"))
        .addClusters(cluster(OTHER_CLUSTER, "Cutlery cluster in Wazirabad", "Cutlery", "Wazirabad"))
        .addProgrammes(Programme.builder()
            .id(PROGRAMME)
            .title("SME cluster development in Pakistan")
            .code("US/PAK/01/099")
            .period(DateRange.from(d("2001")))
            .addTargetClusters(CLUSTER, OTHER_CLUSTER)
            .build())
        .addSelectionExercises(selection());
    return b.build();
  }

  /** The engagement with {@link #CLUSTER}: no team, no governance body, no history. */
  public static Engagement newEngagement() {
    return Engagement.builder().id(ENGAGEMENT).programme(PROGRAMME).cluster(CLUSTER).build();
  }

  /**
   * The engagement with {@link #CLUSTER}, ready for every guard (an undated CDA on its team, a governance body
   * formed in 2001), whose history walks the transition table to the phase, one change a month from January 2002:
   * selection, diagnostic, action planning, implementation, monitoring and evaluation, exit. A suspended engagement
   * was suspended from the diagnostic in March 2002; a discontinued one was discontinued in February 2002, after
   * selection. The history is built directly, not moved: it meets the guards only with {@link #fullEvidence()}.
   */
  public static Engagement engagementIn(Phase phase) {
    Engagement.Builder b = Engagement.builder().from(ready(newEngagement()));
    if (phase == Phase.SUSPENDED) {
      return b.phaseHistory(historyTo(Phase.DIAGNOSTIC))
          .addPhaseHistory(PhaseChange.suspension(d("2002-03"), "Funding delayed")).build();
    }
    if (phase == Phase.DISCONTINUED) {
      return b.phaseHistory(historyTo(Phase.SELECTION))
          .addPhaseHistory(PhaseChange.discontinuation(d("2002-02"), "Overtaken by events")).build();
    }
    return b.phaseHistory(historyTo(phase)).build();
  }

  /** The engagement with {@link #CLUSTER} suspended in 2003 from the active phase, reached as {@link #engagementIn}. */
  public static Engagement suspendedFrom(Phase phase) {
    return Engagement.builder().from(engagementIn(phase))
        .addPhaseHistory(PhaseChange.suspension(d("2003"), "Funding delayed")).build();
  }

  private static java.util.List<PhaseChange> historyTo(Phase last) {
    java.util.List<Phase> walk = java.util.List.of(Phase.SELECTION, Phase.DIAGNOSTIC, Phase.ACTION_PLANNING,
        Phase.IMPLEMENTATION, Phase.MONITORING_AND_EVALUATION, Phase.EXIT);
    java.util.List<PhaseChange> out = new java.util.ArrayList<>();
    for (int i = 0; i <= walk.indexOf(last); i++) {
      out.add(PhaseChange.of(walk.get(i), PartialDate.ofMonth(2002, i + 1)));
    }
    return out;
  }

  /** The engagement with an undated CDA on its team and a governance body formed in 2001. */
  public static Engagement ready(Engagement engagement) {
    return engagement.withTeamMember(TeamMember.of(CDA, TeamRole.CDA))
        .withGovernanceBody(GovernanceBody.builder().name("Gujrat fan cluster committee").addMembers(ASSOCIATION, PSIC)
            .formed(d("2001")).build());
  }

  /**
   * Evidence that meets every guard for {@link #ENGAGEMENT} from 2001 on: a study of {@link #CLUSTER} endorsed in
   * 2001, a plan based on it endorsed in 2001, an indicator measured in 2001.
   */
  public static Evidence fullEvidence() {
    DiagnosticStudyId study = DiagnosticStudyId.of("gujrat-fans-study");
    return Evidence.builder()
        .addStudies(endorsedStudy(study, CLUSTER, d("2001")))
        .addPlans(endorsedPlan(ActionPlanId.of("gujrat-fans-plan"), CLUSTER, study, d("2001")))
        .addIndicators(measuredIndicator(IndicatorId.of("firms-exporting"), ENGAGEMENT, CLUSTER, d("2001")))
        .build();
  }

  /** The world with the documents of {@link #fullEvidence()} in it. */
  public static Portfolio worldWithFullEvidence() {
    Evidence evidence = fullEvidence();
    Portfolio.Builder b = Portfolio.builder().from(world());
    return b.addAllDiagnosticStudies(evidence.studies()).addAllActionPlans(evidence.plans())
        .addAllIndicators(evidence.indicators()).build();
  }

  /** A SWOT with one finding in each list. */
  public static Swot completeSwot() {
    return Swot.builder()
        .addStrengths(Finding.of(Theme.SKILLS, "Skilled motor winders"))
        .addWeaknesses(Finding.of(Theme.TECHNOLOGY, "Outdated die-casting"))
        .addOpportunities(Finding.of(Theme.MARKET, "Demand in the Middle East"))
        .addThreats(Finding.of(Theme.COMPLIANCE, "Safety standards of buyers"))
        .build();
  }

  /** A map with fan makers, their suppliers and the association, and two linkages. */
  public static ClusterMap smallMap() {
    MapActorId makers = MapActorId.of("fan-makers");
    MapActorId suppliers = MapActorId.of("suppliers");
    MapActorId association = MapActorId.of("association");
    return ClusterMap.builder()
        .addActors(MapActor.builder().id(makers).kind(ActorKind.PRINCIPAL_FIRMS).name("Fan manufacturers").count(400).build())
        .addActors(MapActor.builder().id(suppliers).kind(ActorKind.SUPPLIERS).name("Sheet metal suppliers").count(60).build())
        .addActors(MapActor.builder().id(association).kind(ActorKind.ASSOCIATIONS).addOrganisations(ASSOCIATION).build())
        .addLinkages(MapLinkage.of(suppliers, makers, MapLinkageKind.SUPPLY, LinkageStrength.MODERATE))
        .addLinkages(MapLinkage.of(association, makers, MapLinkageKind.REPRESENTATION, LinkageStrength.WEAK))
        .build();
  }

  /** A draft study of a cluster: no approval, nothing else required. */
  public static DiagnosticStudy draftStudy(DiagnosticStudyId id, ClusterId cluster) {
    return DiagnosticStudy.builder().id(id).cluster(cluster).build();
  }

  /** A study of a cluster validated and endorsed at the same date, with a complete SWOT and a map. */
  public static DiagnosticStudy endorsedStudy(DiagnosticStudyId id, ClusterId cluster, PartialDate endorsed) {
    return DiagnosticStudy.builder()
        .id(id)
        .cluster(cluster)
        .addAuthors(CDA)
        .swot(completeSwot())
        .clusterMap(smallMap())
        .validation(Approval.of(endorsed, "Stakeholders' workshop"))
        .endorsement(Approval.builder().date(endorsed).body("Cluster committee").addOrganisations(ASSOCIATION).build())
        .build();
  }

  /** A plan of a cluster over 2000-2015, endorsed at a date, based on the given study. */
  public static ActionPlan endorsedPlan(ActionPlanId id, ClusterId cluster, DiagnosticStudyId basis, PartialDate endorsed) {
    return ActionPlan.builder()
        .id(id)
        .cluster(cluster)
        .basis(basis)
        .vision("A cluster known abroad for safe, efficient fans")
        .horizon(DateRange.of(d("2000"), d("2015")))
        .endorsement(Approval.of(endorsed, "Cluster committee"))
        .build();
  }

  /** A number indicator of an engagement's cluster with one measurement at a date. */
  public static Indicator measuredIndicator(IndicatorId id, EngagementId engagement, ClusterId cluster, PartialDate measured) {
    return Indicator.builder()
        .id(id)
        .name("Firms exporting")
        .engagement(engagement)
        .cluster(cluster)
        .level(IndicatorLevel.OUTCOME)
        .measure(Measure.NUMBER)
        .unit("enterprises")
        .addMeasurements(Measurement.of(IndicatorValue.of(12), measured))
        .build();
  }

  private static Organisation org(OrganisationId id, String name, String acronym, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).acronym(acronym).kind(kind).country(CountryCode.of("PK")).build();
  }

  private static Cluster cluster(ClusterId id, String name, String sector, String locality) {
    return Cluster.builder()
        .id(id)
        .name(name)
        .sector(Sector.of(sector))
        .place(Place.builder().country(CountryCode.of("PK")).subdivision(SubdivisionCode.of("PK-PB")).addLocalities(locality).build())
        .build();
  }
}
