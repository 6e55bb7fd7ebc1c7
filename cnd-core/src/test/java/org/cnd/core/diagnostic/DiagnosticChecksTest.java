package org.cnd.core.diagnostic;

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
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The validator's checks of diagnostic studies. */
class DiagnosticChecksTest {
  private static final DiagnosticStudyId ID = DiagnosticStudyId.of("s");

  @Test
  void aStudyOfTheWorldIsClean() {
    assertThat(world().withDiagnosticStudy(endorsedStudy(ID, CLUSTER, d("2005"))).validate().isClean()).isTrue();
  }

  @Test
  void everyReferenceResolves() {
    DiagnosticStudy s = DiagnosticStudy.builder()
        .id(ID).cluster(ClusterId.of("nowhere")).engagement(EngagementId.of("nowhere"))
        .addAuthors(PersonId.of("nobody")).addAuthorOrganisations(OrganisationId.of("no-org"))
        .validation(Approval.builder().date(d("2005")).addOrganisations(OrganisationId.of("no-validator")).build())
        .endorsement(Approval.builder().date(d("2005")).addPeople(PersonId.of("no-endorser")).build())
        .swot(org.cnd.core.testing.MethodologyFixtures.completeSwot())
        .clusterMap(ClusterMap.builder().addActors(MapActor.builder().id(MapActorId.of("a")).kind(ActorKind.BUYERS)
            .addOrganisations(OrganisationId.of("no-buyer")).build()).build())
        .projectedMap(ClusterMap.builder().addActors(MapActor.builder().id(MapActorId.of("a")).kind(ActorKind.BUYERS)
            .addOrganisations(OrganisationId.of("no-future-buyer")).build()).build())
        .addBaselines(BaselineValue.of(IndicatorId.of("no-indicator"), IndicatorValue.of(1)))
        .build();
    assertThat(world().withDiagnosticStudy(s).validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.cluster", "/diagnosticStudies/0/cluster"),
        tuple("reference.engagement", "/diagnosticStudies/0/engagement"),
        tuple("reference.person", "/diagnosticStudies/0/authors/0"),
        tuple("reference.organisation", "/diagnosticStudies/0/authorOrganisations/0"),
        tuple("reference.organisation", "/diagnosticStudies/0/validation/organisations/0"),
        tuple("reference.person", "/diagnosticStudies/0/endorsement/people/0"),
        tuple("reference.organisation", "/diagnosticStudies/0/clusterMap/actors/0/organisations/0"),
        tuple("reference.organisation", "/diagnosticStudies/0/projectedMap/actors/0/organisations/0"),
        tuple("reference.indicator", "/diagnosticStudies/0/baselines/0/indicator"));
  }

  @Test
  void aStudysEngagementIsOfItsCluster() {
    Portfolio p = world().withEngagement(newEngagement());
    DiagnosticStudy own = DiagnosticStudy.builder().id(ID).cluster(CLUSTER).engagement(ENGAGEMENT).build();
    assertThat(p.withDiagnosticStudy(own).validate().isClean()).isTrue();
    DiagnosticStudy other = DiagnosticStudy.builder().id(ID).cluster(OTHER_CLUSTER).engagement(ENGAGEMENT).build();
    assertThat(p.withDiagnosticStudy(other).validate().violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("reference.engagement-cluster");
      assertThat(v.path()).isEqualTo("/diagnosticStudies/0/engagement");
      assertThat(v.message()).isEqualTo("Study s of cluster wazirabad-cutlery names engagement gujrat-fans-099: expected an "
          + "engagement with cluster wazirabad-cutlery, found one with cluster gujrat-fans");
    });
  }

  @Test
  void aBaselineValueAgreesWithTheIndicatorsBaselineFromTheStudy() {
    IndicatorId i = IndicatorId.of("exporters");
    Engagement e = newEngagement();
    Indicator indicator = Indicator.builder().from(measuredIndicator(i, ENGAGEMENT, CLUSTER, d("2006")))
        .baseline(Baseline.of(IndicatorValue.of(5), d("2005"), ID)).build();
    Portfolio p = world().withEngagement(e).withIndicator(indicator);

    DiagnosticStudy agrees = DiagnosticStudy.builder().id(ID).cluster(CLUSTER)
        .addBaselines(BaselineValue.of(i, IndicatorValue.of(5))).build();
    assertThat(p.withDiagnosticStudy(agrees).validate().isClean()).isTrue();
    // Values agree by number, whatever form they are written in: 5 and 5.0 are one baseline.
    DiagnosticStudy agreesInAnotherForm = DiagnosticStudy.builder().id(ID).cluster(CLUSTER)
        .addBaselines(BaselineValue.of(i, IndicatorValue.of("5.0"))).build();
    assertThat(p.withDiagnosticStudy(agreesInAnotherForm).validate().isClean()).isTrue();

    DiagnosticStudy differs = DiagnosticStudy.builder().id(ID).cluster(CLUSTER)
        .addBaselines(BaselineValue.of(i, IndicatorValue.of(6))).build();
    assertThat(p.withDiagnosticStudy(differs).validate().violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("diagnostic.baseline-mismatch");
      assertThat(v.path()).isEqualTo("/diagnosticStudies/0/baselines/0/value");
      assertThat(v.message()).contains("the baseline value 6: expected the value the indicator's baseline takes from this study, 5");
    });
  }

  @Test
  void aBaselineValueOfAnIndicatorWhoseBaselineComesFromElsewhereIsNotCompared() {
    IndicatorId i = IndicatorId.of("exporters");
    Indicator indicator = Indicator.builder().from(measuredIndicator(i, ENGAGEMENT, CLUSTER, d("2006")))
        .baseline(Baseline.of(IndicatorValue.of(5), d("2005"))).build();
    DiagnosticStudy s = DiagnosticStudy.builder().id(ID).cluster(CLUSTER).addBaselines(BaselineValue.of(i, IndicatorValue.of(7))).build();
    assertThat(world().withEngagement(newEngagement()).withIndicator(indicator).withDiagnosticStudy(s).validate().isClean()).isTrue();
  }
}
