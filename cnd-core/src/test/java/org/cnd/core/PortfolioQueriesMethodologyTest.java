package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.PROGRAMME;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.engagementIn;
import static org.cnd.core.testing.MethodologyFixtures.measuredIndicator;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.worldWithFullEvidence;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.junit.jupiter.api.Test;

/** Queries over engagements, phases, timelines and indicator progress. */
class PortfolioQueriesMethodologyTest {
  private static final EngagementId SECOND = EngagementId.of("wazirabad-cutlery-099");

  private static Portfolio twoEngagements() {
    Engagement other = Engagement.builder().from(engagementIn(Phase.DIAGNOSTIC)).id(SECOND).cluster(OTHER_CLUSTER).build();
    return worldWithFullEvidence().withEngagement(engagementIn(Phase.IMPLEMENTATION)).withEngagement(other)
        .withEngagement(Engagement.builder().id(EngagementId.of("not-started")).programme(PROGRAMME).cluster(CLUSTER).build());
  }

  @Test
  void clustersByTheirEngagementsCurrentPhase() {
    PortfolioQueries q = twoEngagements().queries();
    assertThat(q.clustersIn(Phase.IMPLEMENTATION)).extracting(Cluster::id).containsExactly(CLUSTER);
    assertThat(q.clustersIn(Phase.DIAGNOSTIC)).extracting(Cluster::id).containsExactly(OTHER_CLUSTER);
    assertThat(q.clustersIn(Phase.EXIT)).isEmpty();
    assertThat(q.clustersByPhase().keySet()).containsExactly(Phase.DIAGNOSTIC, Phase.IMPLEMENTATION);
    assertThat(q.clustersByPhase().get(Phase.IMPLEMENTATION)).extracting(Cluster::id).containsExactly(CLUSTER);
  }

  @Test
  void aClusterInTwoPhasesAppearsUnderBothButOnceInEach() {
    Engagement second = Engagement.builder().from(engagementIn(Phase.SELECTION)).id(SECOND).build();
    Engagement third = Engagement.builder().from(engagementIn(Phase.SELECTION)).id(EngagementId.of("third")).build();
    PortfolioQueries q = worldWithFullEvidence().withEngagement(engagementIn(Phase.EXIT)).withEngagement(second)
        .withEngagement(third).queries();
    assertThat(q.clustersIn(Phase.SELECTION)).extracting(Cluster::id).containsExactly(CLUSTER);
    assertThat(q.clustersByPhase().get(Phase.EXIT)).extracting(Cluster::id).containsExactly(CLUSTER);
  }

  @Test
  void engagementsOfAClusterAndTheirCurrentPhases() {
    PortfolioQueries q = twoEngagements().queries();
    assertThat(q.engagementsOf(CLUSTER)).extracting(Engagement::id).containsExactly(ENGAGEMENT, EngagementId.of("not-started"));
    assertThat(q.engagementsOf(OTHER_CLUSTER)).extracting(Engagement::id).containsExactly(SECOND);
    assertThat(q.currentPhases()).containsExactly(
        java.util.Map.entry(ENGAGEMENT, Phase.IMPLEMENTATION), java.util.Map.entry(SECOND, Phase.DIAGNOSTIC));
  }

  @Test
  void theTimelineHoldsEveryNewKindOfDatedThingInDateOrder() {
    Portfolio p = twoEngagements()
        .withTraining(Training.builder().id(TrainingId.of("tot")).title("Training of trainers").kind(TrainingKind.TRAINING_OF_TRAINERS)
            .period(DateRange.of(d("2005-05"), d("2005-06")))
            .addFollowUps(FollowUpEvent.builder().kind(TrainingKind.REVIEW_MEETING).status(EventStatus.PLANNED).date(d("2008-05"))
                .note("expected in mid-May").build())
            .build())
        .withLinkage(Linkage.builder().id(LinkageId.of("match")).kind(LinkageKind.MATCHMAKING).addClusters(CLUSTER).date(d("2006"))
            .outcome("Two joint projects").build())
        .withReport(Report.builder().id(ReportId.of("compliance")).title("Compliance issues").kind(ReportKind.STUDY)
            .addClusters(OTHER_CLUSTER).date(d("2007")).build());
    List<TimelineEntry> timeline = p.queries().timeline();
    assertThat(timeline).extracting(e -> e.kind().code()).contains("engagement_phase", "study_validated", "study_endorsed",
        "plan_endorsed", "measurement", "training", "training_follow_up", "linkage", "report");
    assertThat(timeline).extracting(TimelineEntry::date).isSortedAccordingTo(PartialDate::compareTo);
    // The words of these entries are the report's: TimelineSentencesTest of cnd-report.
    assertThat(timeline).extracting(e -> e.date().toString(), TimelineEntry::kind).contains(
        tuple("2005-05", TimelineKind.TRAINING),
        tuple("2008-05", TimelineKind.TRAINING_FOLLOW_UP),
        tuple("2006", TimelineKind.LINKAGE),
        tuple("2007", TimelineKind.REPORT),
        tuple("2001", TimelineKind.MEASUREMENT),
        tuple("2002-04", TimelineKind.ENGAGEMENT_PHASE));

    List<TimelineEntry> ofCluster = p.queries().timelineOf(CLUSTER);
    assertThat(ofCluster).extracting(e -> e.kind().code()).contains("engagement_phase", "study_endorsed", "plan_endorsed",
        "measurement", "linkage").doesNotContain("training", "report");
    assertThat(ofCluster).allMatch(e -> timeline.contains(e));
    assertThat(p.queries().timelineOf(OTHER_CLUSTER)).extracting(e -> e.kind().code())
        .containsOnly("engagement_phase", "report");
  }

  @Test
  void clustersByPhaseHoldsForEachPhaseExactlyTheClustersInIt() {
    qt().withExamples(100).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      PortfolioQueries q = p.queries();
      for (Phase phase : Phase.values()) {
        assertThat(q.clustersByPhase().get(phase)).containsExactlyElementsOf(q.clustersIn(phase));
      }
      assertThat(List.copyOf(q.clustersByPhase().keySet())).isSorted();
    });
  }

  @Test
  void theClustersTimelineIsPartOfThePortfoliosInTheSameOrder() {
    qt().withExamples(100).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      List<TimelineEntry> all = p.queries().timeline();
      assertThat(all).extracting(TimelineEntry::date).isSortedAccordingTo(PartialDate::compareTo);
      for (Cluster c : p.clusters()) {
        List<TimelineEntry> ofCluster = p.queries().timelineOf(c.id());
        if (!ofCluster.isEmpty()) {
          assertThat(all).containsSubsequence(ofCluster);
        }
      }
      int phaseChanges = p.engagements().stream().mapToInt(e -> e.phaseHistory().size()).sum();
      assertThat(all).filteredOn(e -> e.kind() == TimelineKind.ENGAGEMENT_PHASE).hasSize(phaseChanges);
    });
  }

  @Test
  void indicatorProgressByIndicatorAndByCluster() {
    Indicator ofEngagementOnly = Indicator.builder().from(measuredIndicator(IndicatorId.of("engagement-only"), ENGAGEMENT, CLUSTER, d("2006")))
        .cluster(java.util.Optional.empty()).build();
    Portfolio p = worldWithFullEvidence().withEngagement(newEngagement()).withIndicator(ofEngagementOnly);
    PortfolioQueries q = p.queries();
    assertThat(q.indicatorProgress(IndicatorId.of("firms-exporting"))).hasValueSatisfying(
        progress -> assertThat(progress.latest()).isPresent());
    assertThat(q.indicatorProgress(IndicatorId.of("unknown"))).isEmpty();
    assertThat(q.indicatorProgressOf(CLUSTER)).extracting(pr -> pr.indicator().value())
        .containsExactly("firms-exporting", "engagement-only");
    assertThat(q.indicatorProgressOf(OTHER_CLUSTER)).isEmpty();
  }

  @Test
  void clusterNamesFallBackOnTheIdentifier() {
    PortfolioQueries q = worldWithFullEvidence().queries();
    assertThat(q.clusterName(CLUSTER)).isEqualTo("Electric fans cluster in Gujrat");
    assertThat(q.clusterName(org.cnd.core.id.ClusterId.of("unknown"))).isEqualTo("unknown");
  }
}
