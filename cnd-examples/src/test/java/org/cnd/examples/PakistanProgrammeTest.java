package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.id.ClusterId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.junit.jupiter.api.Test;

/** Checks the facts of the seed document and SOURCES.md through the public queries. */
class PakistanProgrammeTest {
  private final Portfolio portfolio = PakistanProgramme.portfolio();

  @Test
  void validatesClean() {
    assertThat(portfolio.validate().violations()).isEmpty();
  }

  @Test
  void holds24DistinctNamedClustersAllInPakistan() {
    assertThat(portfolio.clusters()).hasSize(24);
    assertThat(portfolio.clusters().stream().map(Cluster::name).collect(Collectors.toSet())).hasSize(24);
    assertThat(portfolio.queries().clustersIn(CountryCode.of("PK"))).hasSize(24);
  }

  @Test
  void multanHandloomWeavingIsTheOneClusterInTwoProgrammes() {
    assertThat(portfolio.queries().clustersInSeveralProgrammes().stream().map(Cluster::id)
            .filter(id -> !isPilot(id)))
        .containsExactly(PakistanProgramme.MULTAN_HANDLOOM);
    assertThat(portfolio.queries().programmesTargeting(PakistanProgramme.MULTAN_HANDLOOM).stream().map(Programme::id))
        .containsExactly(PakistanProgramme.PUNJAB_PROGRAMME, PakistanProgramme.TEXTILE_PROPOSAL);
  }

  private static boolean isPilot(ClusterId id) {
    return PakistanProgramme.portfolio().programme(PakistanProgramme.FIRST_PROJECT).orElseThrow().targets(id);
  }

  @Test
  void theFirstProjectHasItsCodeBudgetAndFivePilotClusters() {
    Programme first = portfolio.programme(PakistanProgramme.FIRST_PROJECT).orElseThrow();
    assertThat(first.code()).contains("US/PAK/01/099");
    assertThat(first.budget()).contains(Money.of("235000.00", "USD"));
    assertThat(first.targetClusters()).hasSize(5);
  }

  @Test
  void theAjkProposalWasCancelledAndNamesNoClusters() {
    Programme ajk = portfolio.programme(PakistanProgramme.AJK_CONCEPT).orElseThrow();
    assertThat(ajk.currentStatus()).contains(ProgrammeStatus.CANCELLED);
    assertThat(ajk.statusHistory().get(1).note().orElseThrow()).contains("overtaken by events");
    assertThat(ajk.targetClusters()).isEmpty();
    assertThat(ajk.targetDescription()).contains("a number of artisanal clusters in the province");
  }

  @Test
  void punjabAdoptedTheApproachInAugust2004ForSevenClusters() {
    Programme punjab = portfolio.programme(PakistanProgramme.PUNJAB_PROGRAMME).orElseThrow();
    assertThat(punjab.currentStatus()).contains(ProgrammeStatus.ADOPTED);
    assertThat(punjab.statusHistory().get(0).date().toString()).isEqualTo("2004-08");
    assertThat(punjab.targetClusters()).hasSize(7);
  }

  @Test
  void clustersLieInPunjabAndSindh() {
    assertThat(portfolio.queries().clustersIn(SubdivisionCode.of("PK-PB"))).hasSize(16);
    assertThat(portfolio.queries().clustersIn(SubdivisionCode.of("PK-SD"))).hasSize(8);
  }

  @Test
  void tdapWasFormerlyTheExportPromotionBureau() {
    assertThat(portfolio.organisation(PakistanProgramme.TDAP).orElseThrow().formerNames().get(0).acronym())
        .contains("EPB");
    assertThat(portfolio.organisation(PakistanProgramme.SMEDA_SINDH).orElseThrow().parent())
        .contains(PakistanProgramme.SMEDA);
  }

  @Test
  void theTrainingOfTrainersWasHeldWithNipaAndUnidoExpertsFromIndiaInMayJune2005() {
    Training tot = portfolio.training(PakistanProgramme.TRAINING_OF_TRAINERS).orElseThrow();
    assertThat(tot.kind()).isEqualTo(TrainingKind.TRAINING_OF_TRAINERS);
    assertThat(tot.period().orElseThrow().toString()).isEqualTo("2005-05/2005-06");
    assertThat(tot.partners()).extracting(TrainingPartner::organisation)
        .containsExactly(PakistanProgramme.NIPA, PakistanProgramme.UNIDO_INDIA);
  }

  @Test
  void theFirstNationalCdaTrainingHadADiagnosticStudyAndAnActionPlanAsExercises() {
    Training first = portfolio.training(PakistanProgramme.FIRST_CDA_TRAINING).orElseThrow();
    assertThat(first.kind()).isEqualTo(TrainingKind.CDA_COURSE);
    assertThat(first.exercises()).singleElement().satisfies(e ->
        assertThat(e.description().orElseThrow()).contains("diagnostic study").contains("action plan"));
  }

  @Test
  void the2007TrainingTrained20CdasFromSixBodiesWithAReviewExpectedInMidMay2008() {
    Training t = portfolio.training(PakistanProgramme.CDA_TRAINING_2007).orElseThrow();
    assertThat(t.period().orElseThrow().start().toString()).isEqualTo("2007-Q1");
    assertThat(t.participants().orElseThrow().count()).hasValue(20);
    assertThat(t.participants().orElseThrow().organisationCount()).hasValue(6);
    assertThat(t.participants().orElseThrow().organisations())
        .containsExactly(PakistanProgramme.SMEDA_SINDH, PakistanProgramme.AHAN);
    FollowUpEvent review = t.followUps().get(0);
    assertThat(review.kind()).isEqualTo(TrainingKind.REVIEW_MEETING);
    assertThat(review.status()).isEqualTo(EventStatus.PLANNED);
    // The month the record is sure of, unqualified: "mid" gives no width, "expected" is the planned status.
    assertThat(review.date()).isEqualTo(PartialDate.ofMonth(2008, 5));
    assertThat(review.note().orElseThrow()).contains("mid-May 2008");
  }

  @Test
  void ahanWasSupportedAndFiveBodiesMatchedWithClusterActors() {
    Linkage ahan = portfolio.linkage(PakistanProgramme.AHAN_SUPPORT).orElseThrow();
    assertThat(ahan.kind()).isEqualTo(LinkageKind.SUPPORT);
    assertThat(ahan.organisations()).contains(PakistanProgramme.AHAN);
    Linkage matchmaking = portfolio.linkage(PakistanProgramme.MATCHMAKING).orElseThrow();
    assertThat(matchmaking.kind()).isEqualTo(LinkageKind.MATCHMAKING);
    assertThat(matchmaking.organisations()).extracting(id -> portfolio.organisation(id).orElseThrow().shortName())
        .containsExactly("EDB", "PCSIR", "BSF", "CSF", "TUSDEC");
  }

  @Test
  void theTrtaReportIsAboutTheClustersOfPunjab() {
    Report report = portfolio.report(PakistanProgramme.TRTA_COMPLIANCE_REPORT).orElseThrow();
    assertThat(report.title()).isEqualTo("Compliance Issues Affecting Enterprise Clusters in Punjab");
    assertThat(report.region().orElseThrow().subdivision()).contains(SubdivisionCode.of("PK-PB"));
    assertThat(report.programmes()).contains(PakistanProgramme.TRTA);
  }

  @Test
  void theCounterpartsOfTheFourInitiativesPledgedTheBulkOfTheFunding() {
    for (var id : new org.cnd.core.id.ProgrammeId[] {PakistanProgramme.TDAP_TRADE_POLICY,
        PakistanProgramme.PUNJAB_PROGRAMME, PakistanProgramme.AJK_CONCEPT, PakistanProgramme.TEXTILE_PROPOSAL}) {
      Programme p = portfolio.programme(id).orElseThrow();
      assertThat(p.funding()).as(id.value()).singleElement().satisfies(f -> {
        assertThat(p.participantsIn(ParticipationRole.COUNTERPART)).contains(f.funder());
        assertThat(f.note().orElseThrow()).contains("bulk of the funding");
      });
    }
    assertThat(portfolio.queries().counterpartFunding()).hasSize(5);
  }

  @Test
  void theFirstProjectAttractedParallelFundingAndInKindSupport() {
    Programme first = portfolio.programme(PakistanProgramme.FIRST_PROJECT).orElseThrow();
    assertThat(first.funding()).extracting(f -> f.kind())
        .containsExactly(FundingKind.CASH, FundingKind.IN_KIND);
    assertThat(first.description().orElseThrow()).contains("export potential");
  }

  @Test
  void theFirstProjectBeganInMid2001AnApproximateJune() {
    Programme first = portfolio.programme(PakistanProgramme.FIRST_PROJECT).orElseThrow();
    StatusChange began = first.statusHistory().get(0);
    assertThat(began.status()).isEqualTo(ProgrammeStatus.ACTIVE);
    assertThat(began.date()).isEqualTo(PartialDate.ofMonth(2001, 6).withQualifier(Qualifier.APPROXIMATE));
    assertThat(began.date().toString()).isEqualTo("2001-06~");
    assertThat(began.date().earliest()).isEqualTo(LocalDate.of(2001, 5, 1));
    assertThat(began.date().latest()).isEqualTo(LocalDate.of(2001, 7, 31));
    assertThat(began.note().orElseThrow()).isEqualTo("began in mid-2001");
    assertThat(first.period().orElseThrow().toString()).isEqualTo("2001-06~/..");
  }

  @Test
  void cndIsAComponentOfUnidosIntegratedProgrammeBegunIn2001() {
    Programme cnd = portfolio.programme(PakistanProgramme.CND_PAKISTAN).orElseThrow();
    assertThat(cnd.period().orElseThrow().toString()).isEqualTo("2001/..");
    assertThat(cnd.relatedProgrammes()).contains(
        ProgrammeRelation.of(RelationKind.PARENT, PakistanProgramme.INTEGRATED_PROGRAMME));
  }
  @Test
  void recordsTheSelectionOfTheFivePilotClustersAsTheRecordGivesIt() {
    SelectionExercise pilot = portfolio.selectionExercise(PakistanProgramme.PILOT_SELECTION).orElseThrow();
    assertThat(pilot.programme()).contains(PakistanProgramme.FIRST_PROJECT);
    assertThat(pilot.selectedClusters()).containsExactly(PakistanProgramme.GUJRAT_FANS,
        PakistanProgramme.WAZIRABAD_CUTLERY, PakistanProgramme.LAHORE_GARMENTS, PakistanProgramme.KORANGI_LEATHER,
        PakistanProgramme.SADDAR_GEMS);
    assertThat(pilot.decision().orElseThrow().decidingBody()).contains("the Pakistani counterparts");
    assertThat(pilot.decision().orElseThrow().reason()).isEqualTo("for their export potential");
    assertThat(pilot.decision().orElseThrow().date()).hasToString("2001");
    assertThat(pilot.prioritisationCriteria()).extracting(PrioritisationCriterion::name).containsExactly("export potential");
    // Nothing beyond the record: no weights, scores, shortlist or participants.
    assertThat(pilot.isWeighted()).isFalse();
    assertThat(pilot.scores()).isEmpty();
    assertThat(pilot.shortlist()).isEmpty();
    assertThat(pilot.participants()).isEmpty();
  }

  @Test
  void recordsTdapsSevenAdditionalClustersAsACandidateListWithoutADecision() {
    SelectionExercise tdap = portfolio.selectionExercise(PakistanProgramme.TDAP_CANDIDATES).orElseThrow();
    assertThat(tdap.participants()).extracting(SelectionParticipant::organisation, SelectionParticipant::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PakistanProgramme.TDAP, SelectionRole.NOMINATOR));
    assertThat(tdap.candidates()).extracting(c -> c.cluster().orElseThrow()).containsExactly(
        PakistanProgramme.SIALKOT_SPORTS, PakistanProgramme.SIALKOT_SURGICAL, PakistanProgramme.KARACHI_AUTOMOTIVE,
        PakistanProgramme.KARACHI_KNITWEAR, PakistanProgramme.LAHORE_KNITWEAR, PakistanProgramme.KARACHI_ELECTRICAL,
        PakistanProgramme.LAHORE_ELECTRICAL);
    assertThat(tdap.candidates()).allSatisfy(c -> assertThat(c.nominatedBy()).contains(PakistanProgramme.TDAP));
    assertThat(tdap.decision()).isEmpty();
    assertThat(tdap.period()).isEmpty();
    assertThat(portfolio.validate().isClean()).isTrue();
  }
}
