package org.cnd.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.testing.EntityGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
  private static final OrganisationId UNIDO = OrganisationId.of("unido");
  private static final OrganisationId TDAP = OrganisationId.of("tdap");
  private static final OrganisationId PSIC = OrganisationId.of("psic");
  private static final OrganisationId SMEDA = OrganisationId.of("smeda");
  private static final ProgrammeId INTEGRATED = ProgrammeId.of("unido-integrated-programme-pakistan");
  private static final ProgrammeId FIRST = ProgrammeId.of("us-pak-01-099");

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void theFirstProject() {
    Programme first = Programme.builder()
        .id(FIRST)
        .title("SME Cluster and Network Development in Pakistan")
        .code("US/PAK/01/099")
        .period(DateRange.from(date("2001")))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, date("2001"), "began in mid-2001"))
        .addParticipants(Participation.of(UNIDO, ParticipationRole.IMPLEMENTING))
        .addParticipants(Participation.builder().organisation(TDAP).role(ParticipationRole.COUNTERPART)
            .note("selected the five pilot clusters").build())
        .budget(Money.of("235000", "USD"))
        .addFunding(FundingCommitment.builder().funder(UNIDO).kind(FundingKind.CASH)
            .amount(Money.of("235000", "USD")).build())
        .addFunding(FundingCommitment.builder().funder(TDAP).kind(FundingKind.IN_KIND)
            .note("parallel funding and in-kind support").build())
        .addTargetClusters(ClusterId.of("gujrat-electric-fans"), ClusterId.of("wazirabad-cutlery"),
            ClusterId.of("lahore-garments"), ClusterId.of("korangi-leather"), ClusterId.of("saddar-gems-jewellery"))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, INTEGRATED))
        .build();

    assertThat(first.code()).contains("US/PAK/01/099");
    assertThat(first.currentStatus()).contains(ProgrammeStatus.ACTIVE);
    assertThat(first.budget()).contains(Money.parse("USD 235000.00"));
    assertThat(first.participantsIn(ParticipationRole.COUNTERPART)).containsExactly(TDAP);
    assertThat(first.participantsIn(ParticipationRole.FUNDING)).isEmpty();
    assertThat(first.targetClusters()).hasSize(5);
    assertThat(first.targets(ClusterId.of("wazirabad-cutlery"))).isTrue();
    assertThat(first.targets(ClusterId.of("multan-handloom"))).isFalse();
    assertThat(first.relatedProgrammes()).containsExactly(ProgrammeRelation.of(RelationKind.PARENT, INTEGRATED));
    assertThat(first.funding()).extracting(FundingCommitment::kind).containsExactly(FundingKind.CASH, FundingKind.IN_KIND);
  }

  @Test
  void theAzadKashmirProposalWasOvertakenByEvents() {
    Programme ajk = Programme.builder()
        .id(ProgrammeId.of("ajk-artisanal-clusters"))
        .title("Development of artisanal clusters in Azad Jammu and Kashmir")
        .addStatusHistory(StatusChange.of(ProgrammeStatus.CONCEPT, date("2005-08"), "invited UNIDO to prepare a concept"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.CANCELLED, date("2005-10"), "overtaken by events"))
        .targetDescription("a number of artisanal clusters in the province")
        .build();
    assertThat(ajk.currentStatus()).contains(ProgrammeStatus.CANCELLED);
    assertThat(ajk.statusHistory().get(1).note()).contains("overtaken by events");
    assertThat(ajk.targetClusters()).isEmpty();
    assertThat(ajk.targetDescription()).contains("a number of artisanal clusters in the province");
  }

  @Test
  void aProgrammeWithoutHistoryHasNoStatus() {
    Programme p = Programme.builder().id(FIRST).title("t").build();
    assertThat(p.currentStatus()).isEmpty();
  }

  @Test
  void anOrganisationInTwoRolesAppearsTwice() {
    Programme punjab = Programme.builder().id(ProgrammeId.of("punjab-clusters")).title("Punjab clusters")
        .addParticipants(Participation.of(PSIC, ParticipationRole.IMPLEMENTING))
        .addParticipants(Participation.of(PSIC, ParticipationRole.FUNDING))
        .addParticipants(Participation.builder().organisation(SMEDA).role(ParticipationRole.IMPLEMENTING)
            .note("in collaboration with SMEDA").build())
        .build();
    assertThat(punjab.participantsIn(ParticipationRole.IMPLEMENTING)).containsExactly(PSIC, SMEDA);
    assertThat(punjab.participantsIn(ParticipationRole.FUNDING)).containsExactly(PSIC);
  }

  @Test
  void refusesANegativeBudgetOrFundingAmount() {
    assertRefused(() -> Programme.builder().id(FIRST).title("t").budget(Money.of("-5", "USD")).build(),
            "money.negative", "/budget")
        .hasMessage("money.negative: Negative budget: expected 0 or more, found USD -5.00");
    assertRefused(() -> FundingCommitment.builder().funder(TDAP).kind(FundingKind.CASH)
            .amount(Money.of("-1", "PKR")).build(), "money.negative", "/amount")
        .hasMessageContaining("found PKR -1.00");
    assertThat(Programme.builder().id(FIRST).title("t").budget(Money.of("0", "USD")).build().budget())
        .contains(Money.of("0", "USD"));
  }

  @Test
  void refusesAClusterTargetedTwice() {
    ClusterId multan = ClusterId.of("multan-handloom");
    assertRefused(() -> Programme.builder().id(FIRST).title("t")
            .addTargetClusters(multan, ClusterId.of("multan-home-furnishings"), multan).build(),
                    "programme.target-duplicate", "/targetClusters/2")
        .hasMessageContaining("multan-handloom");
  }

  @Test
  void refusesARelationToItself() {
    assertRefused(() -> Programme.builder().id(FIRST).title("t")
            .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, INTEGRATED))
            .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.FOLLOWS, FIRST)).build(),
                    "programme.self-relation", "/relatedProgrammes/1/programme");
  }

  @Test
  void refusesBlankText() {
    assertRefused(() -> Programme.builder().id(FIRST).title(" ").build(), "text.blank", "/title");
    assertRefused(() -> Programme.builder().id(FIRST).title("t").code("").build(), "text.blank", "/code");
    assertRefused(() -> Programme.builder().id(FIRST).title("t").targetDescription(" ").build(), "text.blank",
        "/targetDescription");
    assertRefused(() -> Programme.builder().id(FIRST).title("t").description("\n").build(), "text.blank",
        "/description");
    assertRefused(() -> StatusChange.of(ProgrammeStatus.ACTIVE, date("2001"), " "), "text.blank", "/note");
    assertRefused(() -> Participation.builder().organisation(TDAP).role(ParticipationRole.COUNTERPART).note("").build(),
        "text.blank", "/note");
    assertRefused(() -> FundingCommitment.builder().funder(TDAP).kind(FundingKind.IN_KIND).note(" ").build(),
        "text.blank", "/note");
  }

  @Test
  void generatedPartsEqualTheirCopies() {
    qt().forAll(EntityGen.statusChanges()).checkAssert(c -> assertThat(StatusChange.builder().from(c).build()).isEqualTo(c));
    qt().forAll(EntityGen.participations())
        .checkAssert(x -> assertThat(Participation.builder().from(x).build()).isEqualTo(x));
    qt().forAll(EntityGen.fundingCommitments()).checkAssert(f -> {
      assertThat(FundingCommitment.builder().from(f).build()).isEqualTo(f);
      assertThat(f.amount().filter(Money::isNegative)).isEmpty();
    });
    qt().forAll(EntityGen.programmeRelations())
        .checkAssert(r -> assertThat(ProgrammeRelation.builder().from(r).build()).isEqualTo(r));
  }

  @Test
  void generatedHistoriesAreInTimeOrder() {
    qt().forAll(EntityGen.statusHistories()).checkAssert(history -> {
      for (int j = 0; j < history.size(); j++) {
        for (int k = 0; k < j; k++) {
          assertThat(history.get(j).date().isCertainlyBefore(history.get(k).date())).isFalse();
        }
      }
    });
  }

  @Test
  void generatedProgrammesEqualTheirCopies() {
    qt().forAll(EntityGen.programmes()).checkAssert(p -> {
      Programme copy = Programme.builder().from(p).build();
      assertThat(copy).isEqualTo(p);
      assertThat(copy.hashCode()).isEqualTo(p.hashCode());
    });
  }
}
