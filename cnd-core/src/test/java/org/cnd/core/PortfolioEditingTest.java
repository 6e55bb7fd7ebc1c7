package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.ready;
import static org.cnd.core.testing.MethodologyFixtures.world;
import static org.cnd.core.testing.MethodologyFixtures.worldWithFullEvidence;

import java.util.List;
import java.util.NoSuchElementException;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Editing a portfolio: update, without, the lifecycle moves, and the withers of the nested lists. */
class PortfolioEditingTest {
  private static final Portfolio WORLD = world();

  @Test
  void updateReplacesTheEntityInPlace() {
    Portfolio renamed = WORLD.update(CLUSTER, (Cluster c) -> Cluster.builder().from(c).name("Fans of Gujrat").build());
    assertThat(renamed.cluster(CLUSTER)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Fans of Gujrat"));
    assertThat(renamed.clusters()).extracting(Cluster::id).containsExactly(CLUSTER, OTHER_CLUSTER);
    assertThat(renamed.organisations()).isSameAs(WORLD.organisations());
    assertThat(WORLD.cluster(CLUSTER).orElseThrow().name()).isEqualTo("Electric fans cluster in Gujrat");
    assertThat(renamed).isEqualTo(Portfolio.builder().from(WORLD)
        .clusters(List.of(renamed.cluster(CLUSTER).orElseThrow(), WORLD.cluster(OTHER_CLUSTER).orElseThrow())).build());
  }

  @Test
  void updateWithTheIdentityIsTheSamePortfolio() {
    assertThat(WORLD.update(CLUSTER, (Cluster c) -> c)).isSameAs(WORLD);
    assertThat(WORLD.update(EntityKind.CLUSTERS, CLUSTER, c -> c)).isEqualTo(WORLD);
  }

  @Test
  void updateRefusesAnUnknownIdAndAChangedId() {
    assertThatThrownBy(() -> WORLD.update(ClusterId.of("nowhere"), (Cluster c) -> c))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No cluster \"nowhere\" in the portfolio: expected the id of a cluster to update");
    assertThatThrownBy(() -> WORLD.update(CLUSTER, (Cluster c) -> Cluster.builder().from(c).id(ClusterId.of("x")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected the id to stay the same");
    assertThatThrownBy(() -> WORLD.update(ActivityId.of("a1"), x -> x)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutRemovesAndValidateReportsWhatItLeavesDangling() {
    Portfolio without = WORLD.without(OTHER_CLUSTER);
    assertThat(without.cluster(OTHER_CLUSTER)).isEmpty();
    assertThat(without.contains(OTHER_CLUSTER)).isFalse();
    assertThat(without.cluster(CLUSTER)).isEqualTo(WORLD.cluster(CLUSTER));
    assertThat(without.validate().violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("reference.cluster", "/programmes/0/targetClusters/1"),
            org.assertj.core.groups.Tuple.tuple("reference.cluster", "/selectionExercises/0/candidates/1/cluster"));
    assertThat(WORLD.without(ClusterId.of("nowhere"))).isSameAs(WORLD);
  }

  @Test
  void editsThenLookUpsAgreeWithARebuiltPortfolio() {
    Portfolio p = WORLD;
    for (int i = 0; i < 100; i++) {
      Cluster c = Cluster.builder().from(WORLD.cluster(CLUSTER).orElseThrow()).id(ClusterId.of("c" + i)).build();
      p = p.withCluster(c);
      if (i % 3 == 0) {
        p = p.without(ClusterId.of("c" + (i / 2)));
      }
      Portfolio rebuilt = Portfolio.builder().from(p).build();
      assertThat(p).isEqualTo(rebuilt).hasSameHashCodeAs(rebuilt);
      for (Cluster each : rebuilt.clusters()) {
        assertThat(p.cluster(each.id())).containsSame(each);
      }
      for (int j = 0; j <= i; j++) {
        ClusterId id = ClusterId.of("c" + j);
        assertThat(p.cluster(id)).isEqualTo(rebuilt.cluster(id));
      }
    }
  }

  @Test
  void aDuplicateIdIsRefusedWhenBuilt() {
    Cluster c = WORLD.cluster(CLUSTER).orElseThrow();
    assertThatThrownBy(() -> Portfolio.builder().from(WORLD).addClusters(c).build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("portfolio.duplicate-id");
          assertThat(e.violation().path()).isEqualTo("/clusters/2/id");
        });
  }

  // --- the lifecycle ----------------------------------------------------------------------------------------

  private static final Portfolio WITH_ENGAGEMENT = worldWithFullEvidence().withEngagement(ready(newEngagement()));

  @Test
  void moveGathersTheEvidenceOfThePortfolio() {
    PortfolioMove selected = WITH_ENGAGEMENT.move(ENGAGEMENT, Phase.SELECTION, d("2002-01"));
    assertThat(selected.isMoved()).isTrue();
    Portfolio p = selected.orElseThrow();
    assertThat(p.engagement(ENGAGEMENT).orElseThrow().currentPhase()).contains(Phase.SELECTION);
    assertThat(selected.engagement()).isEqualTo(p.engagement(ENGAGEMENT));
    // The diagnostic's guard wants a CDA, which the engagement has; action planning an endorsed study, in 2001.
    p = p.move(ENGAGEMENT, Phase.DIAGNOSTIC, d("2002-02")).orElseThrow();
    p = p.move(ENGAGEMENT, Phase.ACTION_PLANNING, d("2002-03")).orElseThrow();
    assertThat(p.engagement(ENGAGEMENT).orElseThrow().currentPhase()).contains(Phase.ACTION_PLANNING);
    assertThat(p.validate().isClean()).as("%s", p.validate()).isTrue();
  }

  @Test
  void aRefusedMoveIsAValue() {
    Portfolio noEvidence = world().withEngagement(newEngagement());
    PortfolioMove refused = noEvidence.move(ENGAGEMENT, Phase.DIAGNOSTIC, d("2002"));
    assertThat(refused.isMoved()).isFalse();
    assertThat(refused.portfolio()).isEmpty();
    assertThat(refused.refusal()).hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION));
    assertThatThrownBy(refused::orElseThrow).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> noEvidence.move(EngagementId.of("nowhere"), Phase.SELECTION, d("2002")))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void suspendResumeAndDiscontinue() {
    Portfolio p = WITH_ENGAGEMENT.move(ENGAGEMENT, Phase.SELECTION, d("2002-01")).orElseThrow();
    p = p.move(ENGAGEMENT, Phase.DIAGNOSTIC, d("2002-02")).orElseThrow();
    p = p.suspend(ENGAGEMENT, d("2002-03"), "Funding delayed").orElseThrow();
    assertThat(p.engagement(ENGAGEMENT).orElseThrow().currentPhase()).contains(Phase.SUSPENDED);
    p = p.resume(ENGAGEMENT, d("2002-04")).orElseThrow();
    assertThat(p.engagement(ENGAGEMENT).orElseThrow().currentPhase()).contains(Phase.DIAGNOSTIC);
    p = p.discontinue(ENGAGEMENT, d("2002-05"), "Overtaken by events").orElseThrow();
    assertThat(p.engagement(ENGAGEMENT).orElseThrow().currentPhase()).contains(Phase.DISCONTINUED);
    assertThat(p.resume(ENGAGEMENT, d("2002-06")).refusal())
        .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION));
  }

  @Test
  void aBlankReasonIsRefusedAsAValue() {
    Portfolio p = WITH_ENGAGEMENT.move(ENGAGEMENT, Phase.SELECTION, d("2002-01")).orElseThrow();
    PortfolioMove discontinued = p.discontinue(ENGAGEMENT, d("2002-02"), "  ");
    assertThat(discontinued.isMoved()).isFalse();
    assertThat(discontinued.refusal()).hasValueSatisfying(r -> {
      assertThat(r.rule()).isEqualTo(Rule.LIFECYCLE_REASON);
      assertThat(r.message()).isEqualTo("Engagement gujrat-fans-099 cannot be discontinued on 2002-02 with a blank "
          + "reason: expected a reason such as \"overtaken by events\", found \"  \"");
    });
    assertThat(p.suspend(ENGAGEMENT, d("2002-02"), "").refusal())
        .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(Rule.LIFECYCLE_REASON));
    Engagement e = p.engagement(ENGAGEMENT).orElseThrow();
    assertThat(e.discontinue(d("2002-02"), "\t").isMoved()).isFalse();
    assertThat(e.suspend(d("2002-02"), " ").isMoved()).isFalse();
  }

  // --- nested lists -----------------------------------------------------------------------------------------

  @Test
  void marksOneActivityDoneWithoutRebuildingThePlan() {
    ActivityId fair = ActivityId.of("frankfurt-fair");
    ActivityId study = ActivityId.of("export-study");
    ActionPlan plan = ActionPlan.builder()
        .id(ActionPlanId.of("plan"))
        .cluster(CLUSTER)
        .horizon(org.cnd.core.time.DateRange.of(d("2002"), d("2005")))
        .addObjectives(Objective.builder().id(ObjectiveId.of("exports")).statement("More exports").build())
        .addActivities(activity(fair), activity(study))
        .build();
    ActionPlan done = plan.updateActivity(fair, a -> a.withStatus(ActivityStatus.DONE));
    assertThat(done.activity(fair)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(ActivityStatus.DONE));
    assertThat(done.activity(study)).isEqualTo(plan.activity(study));
    assertThat(done.activities()).extracting(Activity::id).containsExactly(fair, study);
    assertThat(done.withoutActivity(fair).activities()).extracting(Activity::id).containsExactly(study);
    assertThat(done.withoutActivity(ActivityId.of("none"))).isSameAs(done);
    assertThat(plan.withActivity(activity(ActivityId.of("third"))).activities()).hasSize(3);
    assertThat(plan.withActivity(activity(fair).withStatus(ActivityStatus.ONGOING)).activities()).hasSize(2);
    assertThatThrownBy(() -> plan.updateActivity(ActivityId.of("none"), a -> a))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("frankfurt-fair");
    Portfolio p = WORLD.withActionPlan(plan).update(plan.id(), (ActionPlan x) -> x.updateActivity(fair,
        a -> a.withStatus(ActivityStatus.DONE)));
    assertThat(p.actionPlan(plan.id()).orElseThrow().activity(fair).orElseThrow().status()).isEqualTo(ActivityStatus.DONE);
  }

  private static Activity activity(ActivityId id) {
    return Activity.builder().id(id).title("Activity " + id).kind(ActivityKind.PILOT).intervention(Intervention.SOFT)
        .addObjectives(ObjectiveId.of("exports")).status(ActivityStatus.PLANNED).build();
  }

  @Test
  void addsMeasurementsAndTargetsToAnIndicator() {
    Indicator indicator = worldWithFullEvidence().indicator(IndicatorId.of("firms-exporting")).orElseThrow();
    Measurement later = Measurement.of(IndicatorValue.of(14), d("2003"));
    Indicator measured = indicator.withMeasurement(later);
    assertThat(measured.measurements()).endsWith(later).hasSize(indicator.measurements().size() + 1);
    assertThat(measured.withMeasurements(List.of(later)).measurements()).containsExactly(later);
    Target target = Target.of(IndicatorValue.of(20), d("2005"));
    assertThat(indicator.withTarget(target).targets()).containsExactly(target);
    assertThat(indicator.withTarget(target).withTargets(List.of()).targets()).isEmpty();
  }

  @Test
  void changesAnEngagementsTeam() {
    Engagement e = newEngagement();
    TeamMember cda = TeamMember.of(CDA, TeamRole.CDA);
    assertThat(e.withTeam(List.of(cda)).team()).containsExactly(cda);
    assertThat(e.withTeamMember(cda).withoutTeamMember(cda).team()).isEmpty();
    assertThat(e.withoutTeamMember(cda)).isSameAs(e);
  }
}
