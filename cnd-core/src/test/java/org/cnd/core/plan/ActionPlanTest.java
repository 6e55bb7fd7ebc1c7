package org.cnd.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.MethodologyFixtures.ASSOCIATION;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.UNIDO;
import static org.cnd.core.testing.MethodologyFixtures.d;

import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
  private static final ActionPlanId ID = ActionPlanId.of("p");
  private static final ObjectiveId EXPORTS = ObjectiveId.of("exports");

  private static void refused(ThrowingCallable build, String ruleId, String path, String message) {
    assertThatThrownBy(build).isInstanceOf(RuleViolationException.class).satisfies(e -> {
      RuleViolationException r = (RuleViolationException) e;
      assertThat(r.ruleId()).isEqualTo(ruleId);
      assertThat(r.violation().path()).isEqualTo(path);
      assertThat(r.getMessage()).contains(message);
    });
  }

  private static ActionPlan.Builder plan() {
    return ActionPlan.builder().id(ID).cluster(CLUSTER).horizon(DateRange.of(d("2005"), d("2007")))
        .addObjectives(Objective.of(EXPORTS, "Raise exports"));
  }

  private static Activity.Builder activity() {
    return Activity.builder().id(ActivityId.of("a")).title("Trade fair").kind(ActivityKind.PILOT)
        .intervention(Intervention.SOFT).status(ActivityStatus.PLANNED);
  }

  @Test
  void aPlanStartsAtVersionOneAsADraft() {
    ActionPlan p = plan().build();
    assertThat(p.version()).isEqualTo(1);
    assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(p.isEndorsedBy(d("2030"))).isFalse();
  }

  @Test
  void statusFollowsEndorsementAndSupersession() {
    ActionPlan endorsed = plan().endorsement(Approval.of(d("2005-03"), "Committee")).build();
    assertThat(endorsed.status()).isEqualTo(PlanStatus.ENDORSED);
    assertThat(endorsed.isEndorsedBy(d("2005-03-01"))).isTrue();
    assertThat(endorsed.isEndorsedBy(d("2005-02-28"))).isFalse();
    assertThat(ActionPlan.builder().from(endorsed).supersededOn(d("2006")).build().status()).isEqualTo(PlanStatus.SUPERSEDED);
  }

  @Test
  void theVersionIsOneOrMore() {
    refused(() -> plan().version(0).build(), "plan.version", "/version", "expected 1 or more, found 0");
  }

  @Test
  void aPlanDoesNotSupersedeItself() {
    refused(() -> plan().supersedes(ID).build(), "plan.supersedes", "/supersedes", "Plan p supersedes itself");
  }

  @Test
  void objectivesAndActivitiesHaveDistinctIds() {
    refused(() -> plan().addObjectives(Objective.of(EXPORTS, "Again")).build(), "plan.objective-duplicate", "/objectives/1/id",
        "Duplicate objective id \"exports\"");
    refused(() -> plan().addActivities(activity().build(), activity().build()).build(), "plan.activity-duplicate",
        "/activities/1/id", "Duplicate activity id \"a\"");
  }

  @Test
  void anActivityServesThePlansOwnObjectives() {
    assertThat(plan().addActivities(activity().addObjectives(EXPORTS).build()).build().activity(ActivityId.of("a"))).isPresent();
    refused(() -> plan().addActivities(activity().addObjectives(ObjectiveId.of("quality")).build()).build(),
        "plan.activity-objective", "/activities/0/objectives/0",
        "Activity a serves objective \"quality\": expected one of the plan's objectives [exports]");
  }

  @Test
  void anActivityRunsWithinTheHorizon() {
    assertThat(plan().addActivities(activity().period(DateRange.of(d("2005"), d("2007"))).build()).build()).isNotNull();
    assertThat(plan().addActivities(activity().period(DateRange.of(d("2005-01-01"), d("2007-12-31"))).build()).build()).isNotNull();
    refused(() -> plan().addActivities(activity().period(DateRange.of(d("2004-12-31"), d("2006"))).build()).build(),
        "plan.activity-period", "/activities/0/period",
        "Activity a runs 2004-12-31/2006: expected a period within the plan's horizon 2005/2007");
    refused(() -> plan().addActivities(activity().period(DateRange.of(d("2006"), d("2008-01-01"))).build()).build(),
        "plan.activity-period", "/activities/0/period", "runs 2006/2008-01-01");
    refused(() -> plan().addActivities(activity().period(DateRange.from(d("2006"))).build()).build(),
        "plan.activity-period", "/activities/0/period", "runs 2006/..");
  }

  @Test
  void aPlanIsNotSupersededBeforeItsEndorsement() {
    refused(() -> plan().endorsement(Approval.of(d("2005-06"), "Committee")).supersededOn(d("2005-05-31")).build(),
        "plan.superseded-date", "/supersededOn", "Plan p is superseded 2005-05-31: expected no earlier than its endorsement (2005-06)");
    assertThat(plan().endorsement(Approval.of(d("2005-06"), "Committee")).supersededOn(d("2005-06-01")).build().status())
        .isEqualTo(PlanStatus.SUPERSEDED);
  }

  @Test
  void fundingIsNoMoreThanTheBudget() {
    Activity exact = activity().budget(Money.of("100", "USD"))
        .addFunding(FundingShare.of(UNIDO, Money.of("60", "USD")), FundingShare.of(ASSOCIATION, Money.of("40", "USD"))).build();
    assertThat(exact.fundingTotal()).contains(Money.of("100", "USD"));
    refused(() -> activity().budget(Money.of("100", "USD"))
            .addFunding(FundingShare.of(UNIDO, Money.of("60", "USD")), FundingShare.of(ASSOCIATION, Money.of("40.01", "USD"))).build(),
        "plan.funding-exceeds-budget", "/funding", "Funding of activity a adds up to USD 100.01: expected no more than its budget USD 100.00");
  }

  @Test
  void fundingWithoutABudgetIsNotCapped() {
    assertThat(activity().addFunding(FundingShare.of(UNIDO, Money.of("1000000", "USD"))).build().budget()).isEmpty();
    assertThat(activity().build().fundingTotal()).isEmpty();
  }

  @Test
  void budgetAndFundingAreInOneCurrency() {
    refused(() -> activity().budget(Money.of("100", "USD")).addFunding(FundingShare.of(UNIDO, Money.of("10", "PKR"))).build(),
        "plan.funding-currency", "/funding/0/amount", "Funding share PKR 10.00 of activity a is in PKR: expected USD, the currency at /budget");
    refused(() -> activity().addFunding(FundingShare.of(UNIDO, Money.of("10", "PKR")), FundingShare.of(UNIDO, Money.of("10", "USD"))).build(),
        "plan.funding-currency", "/funding/1/amount", "expected PKR, the currency at /funding/0/amount");
  }

  @Test
  void amountsAreNotNegative() {
    refused(() -> activity().budget(Money.of("-1", "USD")).build(), "money.negative", "/budget", "found USD -1.00");
    refused(() -> FundingShare.of(UNIDO, Money.of("-1", "USD")), "money.negative", "/amount", "found USD -1.00");
  }

  @Test
  void requiredTextIsNotBlank() {
    refused(() -> activity().title(" ").build(), "text.blank", "/title", "activity title");
    refused(() -> Objective.of(EXPORTS, ""), "text.blank", "/statement", "objective statement");
    refused(() -> plan().vision(" ").build(), "text.blank", "/vision", "vision");
  }

  @Test
  void optionalPartsMayBeAbsent() {
    ActionPlan p = plan().basis(Optional.empty()).engagement(Optional.empty()).build();
    assertThat(p.basis()).isEmpty();
    assertThat(ActivityKind.fromCode("pilot")).contains(ActivityKind.PILOT);
    assertThat(Intervention.fromCode("hard")).contains(Intervention.HARD);
    assertThat(ActivityStatus.fromCode("dropped")).contains(ActivityStatus.DROPPED);
    assertThat(PlanStatus.fromCode("superseded")).contains(PlanStatus.SUPERSEDED);
  }
}
