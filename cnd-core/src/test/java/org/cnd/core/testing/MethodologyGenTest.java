package org.cnd.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.Transitions;
import org.cnd.core.monitoring.Indicator;
import org.junit.jupiter.api.Test;

class MethodologyGenTest {
  @Test
  void generatedPortfoliosAreValid() {
    qt().withExamples(200).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      assertThat(p.validate().errors()).isEmpty();
      assertThat(p.validate().warnings()).isEmpty();
    });
  }

  @Test
  void generatedPortfoliosReachEveryPhaseSomewhere() {
    java.util.Set<Phase> seen = java.util.EnumSet.noneOf(Phase.class);
    qt().withExamples(300).forAll(MethodologyGen.portfolios())
        .checkAssert(p -> p.engagements().forEach(e -> e.currentPhase().ifPresent(seen::add)));
    assertThat(seen).containsExactlyInAnyOrder(Phase.values());
  }

  @Test
  void generatedEngagementHistoriesFollowTheTable() {
    qt().withExamples(300).forAll(MethodologyGen.engagements()).checkAssert(e -> {
      for (int i = 1; i < e.phaseHistory().size(); i++) {
        assertThat(Transitions.isAllowed(e.phaseHistory().get(i - 1).phase(), e.phaseHistory().get(i).phase())).isTrue();
      }
    });
  }

  @Test
  void everyGeneratorBuildsValues() {
    qt().withExamples(100).forAll(MethodologyGen.diagnosticStudies(), MethodologyGen.actionPlans(), MethodologyGen.indicators())
        .checkAssert((s, p, i) -> assertThat(s.id()).isNotNull());
    qt().withExamples(100).forAll(MethodologyGen.trainings(), MethodologyGen.linkages(), MethodologyGen.reports())
        .checkAssert((t, l, r) -> assertThat(t.title()).isNotBlank());
    qt().withExamples(100).forAll(MethodologyGen.evidence(), MethodologyGen.phaseChanges(), MethodologyGen.governanceBodies())
        .checkAssert((ev, c, g) -> assertThat(g.name()).isNotBlank());
    qt().withExamples(100).forAll(MethodologyGen.teamMembers(), MethodologyGen.swots(), MethodologyGen.clusterMaps())
        .checkAssert((m, s, c) -> assertThat(s.isComplete()).isTrue());
    qt().withExamples(100).forAll(MethodologyGen.participants(), MethodologyGen.exercises(), MethodologyGen.periods())
        .checkAssert((pa, x, r) -> assertThat(r.start().isCertainlyAfter(r.end().orElse(r.start()))).isFalse());
    qt().withExamples(100).forAll(MethodologyGen.indicatorValues(), MethodologyGen.findings(), MethodologyGen.dates())
        .checkAssert((v, f, d) -> assertThat(d.earliest()).isAfterOrEqualTo(MethodologyGen.EPOCH));
  }

  @Test
  void indicatorsOfAnEngagementKeepTheirReferences() {
    qt().withExamples(100)
        .forAll(MethodologyGen.indicators(IndicatorId.of("i"), MethodologyFixtures.CLUSTER, Optional.of(MethodologyFixtures.ENGAGEMENT)))
        .checkAssert((Indicator i) -> assertThat(i.engagement()).contains(MethodologyFixtures.ENGAGEMENT));
  }

  @Test
  void theWorldIsValid() {
    Portfolio world = MethodologyFixtures.world();
    assertThat(world.validate().isClean()).isTrue();
  }
}
