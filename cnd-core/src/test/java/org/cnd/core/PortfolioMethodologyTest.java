package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedPlan;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.measuredIndicator;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.world;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Function;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Evidence;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The portfolio's methodology collections: look-ups, upserts, unique identifiers, evidence. */
class PortfolioMethodologyTest {
  private static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("s");
  private static final ActionPlanId PLAN = ActionPlanId.of("p");
  private static final IndicatorId INDICATOR = IndicatorId.of("i");
  private static final TrainingId TRAINING = TrainingId.of("t");
  private static final LinkageId LINKAGE = LinkageId.of("l");
  private static final ReportId REPORT = ReportId.of("r");

  private static Training training() {
    return Training.builder().id(TRAINING).title("CDA course").kind(TrainingKind.CDA_COURSE).build();
  }

  private static Linkage linkage() {
    return Linkage.builder().id(LINKAGE).kind(LinkageKind.MATCHMAKING).addClusters(CLUSTER).build();
  }

  private static Report report() {
    return Report.builder().id(REPORT).title("Compliance issues").kind(ReportKind.STUDY).addClusters(CLUSTER).build();
  }

  private static Portfolio full() {
    return world().withEngagement(newEngagement())
        .withDiagnosticStudy(endorsedStudy(STUDY, CLUSTER, d("2005")))
        .withActionPlan(endorsedPlan(PLAN, CLUSTER, STUDY, d("2005")))
        .withIndicator(measuredIndicator(INDICATOR, ENGAGEMENT, CLUSTER, d("2006")))
        .withTraining(training())
        .withLinkage(linkage())
        .withReport(report());
  }

  @Test
  void everyEntityIsFoundByItsIdentifier() {
    Portfolio p = full();
    assertThat(p.engagement(ENGAGEMENT)).contains(newEngagement());
    assertThat(p.diagnosticStudy(STUDY)).isPresent();
    assertThat(p.actionPlan(PLAN)).isPresent();
    assertThat(p.indicator(INDICATOR)).isPresent();
    assertThat(p.training(TRAINING)).contains(training());
    assertThat(p.linkage(LINKAGE)).contains(linkage());
    assertThat(p.report(REPORT)).contains(report());
    List<Identifier> ids = List.of(ENGAGEMENT, STUDY, PLAN, INDICATOR, TRAINING, LINKAGE, REPORT);
    assertThat(ids).allMatch(p::contains);
    assertThat(ids).noneMatch(world()::contains);
    assertThat(p.engagement(EngagementId.of("other"))).isEmpty();
    assertThat(p.contains(org.cnd.core.id.ActivityId.of("a"))).as("activities are not entities of the portfolio").isFalse();
    assertThat(p.validate().isClean()).isTrue();
  }

  @Test
  void withReplacesTheEntityWithTheSameIdentifier() {
    Portfolio p = full();
    Training renamed = Training.builder().from(training()).title("National CDA course").build();
    Portfolio changed = p.withTraining(renamed);
    assertThat(changed.trainings()).containsExactly(renamed);
    assertThat(changed.training(TRAINING)).contains(renamed);
    assertThat(p.training(TRAINING)).contains(training());

    Engagement moved = newEngagement().withTeamMember(org.cnd.core.lifecycle.TeamMember.of(
        org.cnd.core.testing.MethodologyFixtures.CDA, org.cnd.core.lifecycle.TeamRole.CDA));
    assertThat(p.withEngagement(moved).engagements()).containsExactly(moved);
    assertThat(p.withDiagnosticStudy(DiagnosticStudy.builder().id(STUDY).cluster(CLUSTER).build()).diagnosticStudies()).hasSize(1);
    assertThat(p.withActionPlan(endorsedPlan(ActionPlanId.of("p2"), CLUSTER, STUDY, d("2006"))).actionPlans()).hasSize(2);
    assertThat(p.withIndicator(measuredIndicator(INDICATOR, ENGAGEMENT, CLUSTER, d("2007"))).indicators()).hasSize(1);
    assertThat(p.withLinkage(linkage()).linkages()).hasSize(1);
    assertThat(p.withReport(report()).reports()).hasSize(1);
  }

  @Test
  void identifiersAreUniqueInEachNewCollection() {
    assertDuplicateRefused(b -> b.addEngagements(newEngagement(), newEngagement()), "engagements");
    DiagnosticStudy s = endorsedStudy(STUDY, CLUSTER, d("2005"));
    assertDuplicateRefused(b -> b.addDiagnosticStudies(s, s), "diagnosticStudies");
    ActionPlan plan = endorsedPlan(PLAN, CLUSTER, STUDY, d("2005"));
    assertDuplicateRefused(b -> b.addActionPlans(plan, plan), "actionPlans");
    Indicator i = measuredIndicator(INDICATOR, ENGAGEMENT, CLUSTER, d("2006"));
    assertDuplicateRefused(b -> b.addIndicators(i, i), "indicators");
    assertDuplicateRefused(b -> b.addTrainings(training(), training()), "trainings");
    assertDuplicateRefused(b -> b.addLinkages(linkage(), linkage()), "linkages");
    assertDuplicateRefused(b -> b.addReports(report(), report()), "reports");
  }

  private static void assertDuplicateRefused(Function<Portfolio.Builder, Portfolio.Builder> add, String collection) {
    assertThatThrownBy(() -> add.apply(Portfolio.builder()).build())
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> {
          RuleViolationException r = (RuleViolationException) e;
          assertThat(r.ruleId()).isEqualTo("portfolio.duplicate-id");
          assertThat(r.violation().path()).isEqualTo("/" + collection + "/1/id");
        });
  }

  @Test
  void theEvidenceOfAnEngagementIsItsClustersDocumentsAndItsIndicators() {
    Indicator ofCluster = Indicator.builder().from(measuredIndicator(IndicatorId.of("cluster-wide"), ENGAGEMENT, CLUSTER, d("2006")))
        .engagement(java.util.Optional.empty()).build();
    Indicator ofOtherEngagement = measuredIndicator(IndicatorId.of("other-engagement"), EngagementId.of("other"), CLUSTER, d("2006"));
    Portfolio p = full()
        .withDiagnosticStudy(endorsedStudy(DiagnosticStudyId.of("elsewhere"), OTHER_CLUSTER, d("2005")))
        .withIndicator(ofCluster)
        .withIndicator(ofOtherEngagement);

    Evidence evidence = p.evidenceFor(ENGAGEMENT).orElseThrow();
    assertThat(evidence.studies()).extracting(DiagnosticStudy::id).containsExactly(STUDY);
    assertThat(evidence.plans()).extracting(ActionPlan::id).containsExactly(PLAN);
    assertThat(evidence.indicators()).extracting(Indicator::id).containsExactly(INDICATOR, ofCluster.id());
    assertThat(p.evidenceFor(EngagementId.of("unknown"))).isEmpty();
    assertThat(p.evidenceFor(newEngagement())).isEqualTo(evidence);
  }

  @Test
  void generatedPortfoliosIndexEveryEntity() {
    qt().withExamples(100).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      p.engagements().forEach(e -> assertThat(p.engagement(e.id())).contains(e));
      p.diagnosticStudies().forEach(s -> assertThat(p.diagnosticStudy(s.id())).contains(s));
      p.actionPlans().forEach(a -> assertThat(p.actionPlan(a.id())).contains(a));
      p.indicators().forEach(i -> assertThat(p.indicator(i.id())).contains(i));
      p.trainings().forEach(t -> assertThat(p.training(t.id())).contains(t));
      p.linkages().forEach(l -> assertThat(p.linkage(l.id())).contains(l));
      p.reports().forEach(r -> assertThat(p.report(r.id())).contains(r));
    });
  }
}
