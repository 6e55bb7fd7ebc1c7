package org.cnd.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.measuredIndicator;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.world;

import org.cnd.core.Portfolio;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The validator's checks of indicators. */
class MonitoringChecksTest {
  private static final IndicatorId ID = IndicatorId.of("exporters");
  private static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("s");

  @Test
  void referencesResolve() {
    Indicator i = Indicator.builder().from(measuredIndicator(ID, EngagementId.of("no-engagement"), ClusterId.of("nowhere"), d("2006")))
        .baseline(Baseline.of(IndicatorValue.of(1), d("2005"), DiagnosticStudyId.of("no-study"))).build();
    assertThat(world().withIndicator(i).validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.cluster", "/indicators/0/cluster"),
        tuple("reference.engagement", "/indicators/0/engagement"),
        tuple("reference.diagnostic-study", "/indicators/0/baseline/study"));
  }

  @Test
  void anIndicatorsEngagementIsOfItsCluster() {
    Portfolio p = world().withEngagement(newEngagement());
    assertThat(p.withIndicator(measuredIndicator(ID, ENGAGEMENT, CLUSTER, d("2006"))).validate().isClean()).isTrue();
    assertThat(p.withIndicator(measuredIndicator(ID, ENGAGEMENT, OTHER_CLUSTER, d("2006"))).validate().violations())
        .singleElement().satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo("reference.engagement-cluster");
          assertThat(v.path()).isEqualTo("/indicators/0/engagement");
          assertThat(v.message()).contains("expected the engagement's cluster gujrat-fans, found wazirabad-cutlery");
        });
  }

  @Test
  void theBaselinesStudyIsOfTheIndicatorsCluster() {
    Indicator i = Indicator.builder().from(measuredIndicator(ID, ENGAGEMENT, CLUSTER, d("2006")))
        .baseline(Baseline.of(IndicatorValue.of(1), d("2005"), STUDY)).build();
    Portfolio p = world().withEngagement(newEngagement()).withIndicator(i);
    assertThat(p.withDiagnosticStudy(endorsedStudy(STUDY, CLUSTER, d("2005"))).validate().isClean()).isTrue();
    assertThat(p.withDiagnosticStudy(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005"))).validate().violations())
        .singleElement().satisfies(v -> {
          assertThat(v.ruleId()).isEqualTo("monitoring.baseline-cluster");
          assertThat(v.path()).isEqualTo("/indicators/0/baseline/study");
          assertThat(v.message()).isEqualTo("Baseline of indicator exporters comes from study s of cluster wazirabad-cutlery: "
              + "expected a study of the indicator's cluster gujrat-fans");
        });
  }

  @Test
  void anIndicatorOfAnEngagementOnlyTakesTheEngagementsCluster() {
    Indicator i = Indicator.builder().from(measuredIndicator(ID, ENGAGEMENT, CLUSTER, d("2006")))
        .cluster(java.util.Optional.empty()).baseline(Baseline.of(IndicatorValue.of(1), d("2005"), STUDY)).build();
    Portfolio p = world().withEngagement(newEngagement()).withIndicator(i)
        .withDiagnosticStudy(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005")));
    assertThat(p.validate().violations()).extracting(Violation::ruleId).containsExactly("monitoring.baseline-cluster");
  }
}
