package org.cnd.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedPlan;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.newEngagement;
import static org.cnd.core.testing.MethodologyFixtures.world;

import org.cnd.core.Portfolio;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.money.Money;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The validator's checks of action plans. */
class PlanChecksTest {
  private static final DiagnosticStudyId STUDY = DiagnosticStudyId.of("s");
  private static final ActionPlanId V1 = ActionPlanId.of("v1");
  private static final ActionPlanId V2 = ActionPlanId.of("v2");

  private static Portfolio withStudy() {
    return world().withDiagnosticStudy(endorsedStudy(STUDY, CLUSTER, d("2005")));
  }

  @Test
  void aPlanBasedOnAStudyOfItsClusterIsClean() {
    assertThat(withStudy().withActionPlan(endorsedPlan(V1, CLUSTER, STUDY, d("2005"))).validate().isClean()).isTrue();
  }

  @Test
  void everyReferenceResolves() {
    ActionPlan p = ActionPlan.builder().from(endorsedPlan(V1, ClusterId.of("nowhere"), DiagnosticStudyId.of("no-study"), d("2005")))
        .engagement(EngagementId.of("no-engagement"))
        .supersedes(ActionPlanId.of("no-plan")).version(2)
        .endorsement(Approval.builder().date(d("2005")).addOrganisations(OrganisationId.of("no-org")).addPeople(PersonId.of("nobody")).build())
        .addActivities(Activity.builder().id(ActivityId.of("a")).title("Fair").kind(ActivityKind.PILOT).intervention(Intervention.SOFT)
            .status(ActivityStatus.PLANNED).addResponsible(OrganisationId.of("no-responsible"))
            .addFunding(FundingShare.of(OrganisationId.of("no-funder"), Money.of("1", "USD")))
            .addIndicators(IndicatorId.of("no-indicator")).build())
        .build();
    assertThat(world().withActionPlan(p).validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.cluster", "/actionPlans/0/cluster"),
        tuple("reference.engagement", "/actionPlans/0/engagement"),
        tuple("reference.diagnostic-study", "/actionPlans/0/basis"),
        tuple("reference.action-plan", "/actionPlans/0/supersedes"),
        tuple("reference.organisation", "/actionPlans/0/endorsement/organisations/0"),
        tuple("reference.person", "/actionPlans/0/endorsement/people/0"),
        tuple("reference.organisation", "/actionPlans/0/activities/0/responsible/0"),
        tuple("reference.organisation", "/actionPlans/0/activities/0/funding/0/organisation"),
        tuple("reference.indicator", "/actionPlans/0/activities/0/indicators/0"));
  }

  @Test
  void theBasisIsAStudyOfThePlansCluster() {
    Portfolio p = world().withDiagnosticStudy(endorsedStudy(STUDY, OTHER_CLUSTER, d("2005")))
        .withActionPlan(endorsedPlan(V1, CLUSTER, STUDY, d("2005")));
    assertThat(p.validate().violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("plan.basis-cluster");
      assertThat(v.path()).isEqualTo("/actionPlans/0/basis");
      assertThat(v.message()).isEqualTo("Plan v1 of cluster gujrat-fans is based on study s of cluster wazirabad-cutlery: "
          + "expected a study of cluster gujrat-fans");
    });
  }

  @Test
  void aPlansEngagementIsOfItsCluster() {
    Portfolio p = withStudy().withEngagement(newEngagement());
    assertThat(p.withActionPlan(ActionPlan.builder().from(endorsedPlan(V1, CLUSTER, STUDY, d("2005"))).engagement(ENGAGEMENT).build())
        .validate().isClean()).isTrue();
    ActionPlan elsewhere = ActionPlan.builder().from(endorsedPlan(V1, OTHER_CLUSTER, STUDY, d("2005"))).basis(java.util.Optional.empty())
        .engagement(ENGAGEMENT).build();
    assertThat(p.withActionPlan(elsewhere).validate().violations()).extracting(Violation::ruleId)
        .containsExactly("reference.engagement-cluster");
  }

  @Test
  void aRevisionSupersedesALowerVersionOfTheSameCluster() {
    ActionPlan v1 = ActionPlan.builder().from(endorsedPlan(V1, CLUSTER, STUDY, d("2005"))).supersededOn(d("2006")).build();
    ActionPlan v2 = ActionPlan.builder().from(endorsedPlan(V2, CLUSTER, STUDY, d("2006"))).version(2).supersedes(V1).build();
    assertThat(withStudy().withActionPlan(v1).withActionPlan(v2).validate().isClean()).isTrue();

    ActionPlan sameVersion = ActionPlan.builder().from(v2).version(1).build();
    assertThat(withStudy().withActionPlan(v1).withActionPlan(sameVersion).validate().violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("plan.supersedes");
      assertThat(v.path()).isEqualTo("/actionPlans/1/supersedes");
      assertThat(v.message()).isEqualTo("Plan v2 (version 1) supersedes plan v1 (version 1): expected a lower version than 1");
    });

    ActionPlan otherCluster = ActionPlan.builder().from(v1).cluster(OTHER_CLUSTER).basis(java.util.Optional.empty()).build();
    assertThat(withStudy().withActionPlan(otherCluster).withActionPlan(v2).validate().violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("expected a plan of the same cluster"));
  }
}
