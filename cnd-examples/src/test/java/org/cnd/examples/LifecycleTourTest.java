package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Handover;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.Takeover;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkStatus;
import org.cnd.core.network.NetworkStatusChange;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.PlanStatus;
import org.cnd.core.selection.ClusterMapping;
import org.cnd.core.selection.Denominator;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.RankEntry;
import org.cnd.core.selection.Ranking;
import org.cnd.core.selection.Region;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.Sensitivity;
import org.cnd.core.selection.StarRating;
import org.cnd.core.selection.StrongClusterResult;
import org.junit.jupiter.api.Test;

class LifecycleTourTest {
  @Test
  void walksSelectionToExitWithAPlanRevisionAndEndsValid() {
    Portfolio portfolio = LifecycleTour.portfolio();
    assertThat(portfolio.validate().isClean()).as("%s", portfolio.validate()).isTrue();
    Engagement engagement = portfolio.engagement(LifecycleTour.ENGAGEMENT).orElseThrow();
    assertThat(engagement.phaseHistory()).extracting(PhaseChange::phase).containsExactly(
        Phase.SELECTION, Phase.DIAGNOSTIC, Phase.ACTION_PLANNING, Phase.IMPLEMENTATION,
        Phase.MONITORING_AND_EVALUATION, Phase.ACTION_PLANNING, Phase.IMPLEMENTATION,
        Phase.MONITORING_AND_EVALUATION, Phase.EXIT);
    assertThat(portfolio.actionPlan(LifecycleTour.PLAN_1).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThat(portfolio.actionPlan(LifecycleTour.PLAN_2).orElseThrow().status()).isEqualTo(PlanStatus.ENDORSED);
    assertThat(portfolio.queries().indicatorProgress(LifecycleTour.EXPORTERS).orElseThrow().isTargetMet())
        .contains(true);
  }

  @Test
  void everyRefusalOnTheWayNamesItsRule() {
    StringWriter text = new StringWriter();
    List<Refusal> refusals = LifecycleTour.run(new PrintWriter(text));
    assertThat(refusals).extracting(Refusal::ruleId).containsExactly(
        "lifecycle.guard-cda", "lifecycle.guard-endorsed-study", "lifecycle.guard-endorsed-plan",
        "lifecycle.transition", "lifecycle.guard-exit", "lifecycle.transition");
    assertThat(text.toString())
        .contains("illustrative data, not history")
        .contains("refused  exit, before a governance body is recorded")
        .contains("lifecycle.guard-exit: a governance body formed, or a handover dated, no later than 2005-03")
        .contains("the portfolio validates: clean");
  }

  @Test
  void everyInventedEntityIsMarkedIllustrative() {
    Portfolio portfolio = LifecycleTour.portfolio();
    assertThat(portfolio.people()).allSatisfy(p -> assertThat(p.name()).contains("illustrative"));
    assertThat(portfolio.organisation(LifecycleTour.ASSOCIATION).orElseThrow().name()).contains("illustrative");
    assertThat(portfolio.engagements()).allSatisfy(e -> assertThat(e.description()).hasValueSatisfying(
        d -> assertThat(d).contains("Illustrative")));
    assertThat(portfolio.diagnosticStudies()).allSatisfy(s -> assertThat(s.title()).hasValueSatisfying(
        t -> assertThat(t).contains("illustrative")));
    assertThat(portfolio.actionPlans()).allSatisfy(p -> assertThat(p.description()).hasValueSatisfying(
        d -> assertThat(d).contains("Illustrative")));
    assertThat(portfolio.indicators()).allSatisfy(i -> assertThat(i.name()).contains("illustrative"));
  }
  @Test
  void mapsPunjabsDistrictsAndSelectsTheFansClusterByAStableScoredRanking() {
    Portfolio portfolio = LifecycleTour.portfolio();
    MappingDataSet data = portfolio.mappingDataSet(LifecycleTour.MAPPING).orElseThrow();
    assertThat(data.note()).hasValueSatisfying(n -> assertThat(n).contains("Made-up counts"));
    Region gujrat = Region.district("Gujrat", SubdivisionCode.of("PK-PB"));
    IsicCode fans = IsicCode.of("27");
    // (9000 / 12500) / (13300 / 70000): Gujrat's share of electrical equipment over the Punjab's.
    assertThat(ClusterMapping.locationQuotient(data, gujrat, fans, Denominator.ALL_EMPLOYMENT).orElseThrow())
        .isCloseTo((9000.0 / 12500) / (13300.0 / 70000), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ClusterMapping.strongClusters(data, fans, Denominator.ALL_EMPLOYMENT, false))
        .filteredOn(StrongClusterResult::isStrong).extracting(StrongClusterResult::region).containsExactly(gujrat);
    assertThat(ClusterMapping.stars(data, fans, Denominator.ALL_EMPLOYMENT, ClusterMapping.ECO_TOP_SHARE, 2.0))
        .filteredOn(r -> r.region().equals(gujrat)).extracting(StarRating::stars).containsExactly(3);
    SelectionExercise selection = portfolio.selectionExercise(LifecycleTour.SELECTION).orElseThrow();
    assertThat(selection.ranking()).extracting(RankEntry::rank).containsExactly(1, 2, 3);
    assertThat(selection.ranking()).isEqualTo(Ranking.of(selection).entries());
    assertThat(selection.selectedClusters()).containsExactly(org.cnd.examples.PakistanProgramme.GUJRAT_FANS);
    assertThat(Sensitivity.of(selection).isStable()).isTrue();
    assertThat(selection.title()).contains("illustrative");
  }

  @Test
  void formsAHorizontalNetworkWithABrokerAndHandsOverAtExit() {
    Portfolio portfolio = LifecycleTour.portfolio();
    Network network = portfolio.network(LifecycleTour.NETWORK).orElseThrow();
    assertThat(network.kind()).isEqualTo(NetworkKind.HORIZONTAL);
    assertThat(network.broker()).contains(LifecycleTour.BROKER);
    assertThat(network.statusHistory()).extracting(NetworkStatusChange::status)
        .containsExactly(NetworkStatus.FORMING, NetworkStatus.ACTIVE);
    Engagement engagement = portfolio.engagement(LifecycleTour.ENGAGEMENT).orElseThrow();
    assertThat(engagement.team()).anySatisfy(m -> {
      assertThat(m.role()).isEqualTo(TeamRole.NETWORK_BROKER);
      assertThat(m.person()).contains(LifecycleTour.BROKER);
    });
    Handover handover = engagement.handover().orElseThrow();
    assertThat(handover.takeovers()).extracting(Takeover::organisation)
        .containsExactly(org.cnd.examples.PakistanProgramme.PSIC, LifecycleTour.ASSOCIATION);
    assertThat(handover.governanceBody()).isEqualTo(engagement.governanceBody());
  }
}
