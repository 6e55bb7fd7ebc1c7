package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ClusterId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
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
}
