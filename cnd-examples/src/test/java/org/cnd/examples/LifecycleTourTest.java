package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.plan.PlanStatus;
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
}
