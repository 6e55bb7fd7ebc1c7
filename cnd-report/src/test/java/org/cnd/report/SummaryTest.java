package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.diagnostic.StudyStatus;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.money.Money;
import org.cnd.core.plan.PlanStatus;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.time.PartialDate;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final OrganisationId DONOR = OrganisationId.of("donor");
  private static final OrganisationId MINISTRY = OrganisationId.of("ministry");

  private final Summary pakistan = Summary.of(Fixtures.pakistan());
  private final Summary tour = Summary.of(Fixtures.tour());

  @Test
  void givesEachProgrammeItsStatusPeriodAndBudget() {
    ProgrammeSummary first = programme(pakistan, PakistanProgramme.FIRST_PROJECT);
    Programme recorded = Fixtures.pakistan().programme(PakistanProgramme.FIRST_PROJECT).orElseThrow();
    assertThat(first.status()).isEqualTo(recorded.currentStatus());
    assertThat(first.statusSince()).contains(recorded.statusHistory().get(recorded.statusHistory().size() - 1).date());
    assertThat(first.period()).isEqualTo(recorded.period());
    assertThat(first.budget()).contains(Money.of("235000", "USD"));
  }

  @Test
  void countsCommitmentsOfUnknownAmountApartNeverAsZero() {
    Portfolio p = funded(FundingCommitment.builder().funder(DONOR).kind(FundingKind.CASH)
            .amount(Money.of("400000", "USD")).build(),
        FundingCommitment.builder().funder(DONOR).kind(FundingKind.CASH).amount(Money.of("100000", "USD")).build(),
        FundingCommitment.builder().funder(MINISTRY).kind(FundingKind.IN_KIND).build());
    ProgrammeSummary s = Summary.of(p).programmes().get(0);
    assertThat(s.funding()).containsExactly(
        new FundingTotal(DONOR, FundingKind.CASH, Optional.of(Money.of("500000", "USD")), 2),
        new FundingTotal(MINISTRY, FundingKind.IN_KIND, Optional.empty(), 1));
    // The core's share of the known amounts is 0: the counterpart's amount is unknown, so the share is too.
    assertThat(s.counterparts().ofKnownAmounts()).contains(p.queries().counterpartShare(s.id()).orElseThrow());
    assertThat(s.counterparts().ofKnownAmounts().get()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(s.counterparts().isComplete()).isFalse();
    assertThat(s.counterparts().share()).isEmpty();
    assertThat(s.counterparts()).isEqualTo(new CounterpartShare(s.counterparts().ofKnownAmounts(), 3, 1, 1, 1));
  }

  @Test
  void givesTheShareWhenEveryAmountIsKnown() {
    Portfolio p = funded(
        FundingCommitment.builder().funder(DONOR).kind(FundingKind.CASH).amount(Money.of("300", "USD")).build(),
        FundingCommitment.builder().funder(MINISTRY).kind(FundingKind.CASH).amount(Money.of("100", "USD")).build());
    CounterpartShare share = Summary.of(p).programmes().get(0).counterparts();
    assertThat(share.isComplete()).isTrue();
    assertThat(share.share().orElseThrow()).isEqualByComparingTo("0.25");
  }

  @Test
  void givesEachEngagementItsCurrentPhaseAndSinceWhen() {
    EngagementSummary e = tour.engagements().get(0);
    assertThat(e.id()).isEqualTo(LifecycleTour.ENGAGEMENT);
    assertThat(e.phase()).contains(Phase.EXIT);
    assertThat(e.since()).contains(PartialDate.parse("2005-03"));
    assertThat(e.resumesTo()).isEmpty();
    assertThat(tour.clusters().stream().filter(c -> c.id().equals(PakistanProgramme.GUJRAT_FANS)).findFirst()
        .orElseThrow().phases()).containsExactly(Phase.EXIT);
  }

  @Test
  void givesStudiesAndPlansTheirStatus() {
    assertThat(tour.studies()).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(StudyStatus.ENDORSED);
      assertThat(s.since()).contains(PartialDate.parse("2002-03"));
    });
    assertThat(tour.plans()).extracting(PlanSummary::id, PlanSummary::status, PlanSummary::since).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LifecycleTour.PLAN_1, PlanStatus.SUPERSEDED,
            Optional.of(PartialDate.parse("2003-11"))),
        org.assertj.core.groups.Tuple.tuple(LifecycleTour.PLAN_2, PlanStatus.ENDORSED,
            Optional.of(PartialDate.parse("2003-11"))));
  }

  @Test
  void givesEachIndicatorItsProgress() {
    IndicatorSummary i = tour.indicators().get(0);
    assertThat(i.baseline().orElseThrow().value().number()).contains(BigDecimal.valueOf(5));
    assertThat(i.latest().orElseThrow().value().number()).contains(BigDecimal.valueOf(16));
    assertThat(i.target().orElseThrow().value().number()).contains(BigDecimal.valueOf(15));
    assertThat(i.achieved()).isEqualTo(Fixtures.tour().queries().indicatorProgress(i.id()).orElseThrow().achieved());
    assertThat(i.achieved().orElseThrow()).isEqualByComparingTo("1.1");
    assertThat(i.targetMet()).contains(true);
  }

  @Test
  void givesFundingBySourceWithTheUnknownCounted() {
    SourceSummary tdap = pakistan.fundingBySource().stream().filter(s -> s.funder().equals(PakistanProgramme.TDAP))
        .findFirst().orElseThrow();
    assertThat(tdap).isEqualTo(new SourceSummary(PakistanProgramme.TDAP, com.google.common.collect.ImmutableList.of(),
        2, 2));
  }

  @Test
  void keepsTheCoresTimelineTyped() {
    assertThat(tour.timeline()).hasSameSizeAs(Fixtures.tour().queries().timeline());
    assertThat(tour.timeline()).extracting(TimelineItem::kind).contains("engagement_phase", "plan_endorsed",
        "measurement");
    assertThat(pakistan.counts().clusters()).isEqualTo(24);
  }

  private static ProgrammeSummary programme(Summary s, ProgrammeId id) {
    return s.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Portfolio funded(FundingCommitment... funding) {
    return Portfolio.builder()
        .addOrganisations(Organisation.builder().id(DONOR).name("Donor").kind(OrganisationKind.DONOR).build())
        .addOrganisations(Organisation.builder().id(MINISTRY).name("Ministry").kind(OrganisationKind.NATIONAL_MINISTRY)
            .build())
        .addProgrammes(Programme.builder().id(ProgrammeId.of("p")).title("P")
            .addParticipants(Participation.of(DONOR, ParticipationRole.FUNDING))
            .addParticipants(Participation.of(MINISTRY, ParticipationRole.COUNTERPART))
            .addFunding(funding).build())
        .build();
  }
}
