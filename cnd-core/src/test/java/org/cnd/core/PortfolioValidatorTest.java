package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.testing.Fixtures;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Severity;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Example tests of every rule the portfolio validator checks, on the Pakistan fixture (see {@link Fixtures}). */
class PortfolioValidatorTest {
  private static final Portfolio PAKISTAN = Fixtures.pakistan();

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  private static Programme programme(String id) {
    return PAKISTAN.programme(ProgrammeId.of(id)).orElseThrow();
  }

  private static Organisation organisation(String id) {
    return PAKISTAN.organisation(OrganisationId.of(id)).orElseThrow();
  }

  /** The only violation of the report: its rule and path, checked, and the violation returned for its message. */
  private static Violation onlyViolation(Portfolio portfolio, String rule, String path) {
    ValidationReport report = portfolio.validate();
    assertThat(report.violations()).extracting(Violation::ruleId, Violation::path).containsExactly(tuple(rule, path));
    Violation v = report.violations().get(0);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(report.isValid()).isFalse();
    assertThat(report.isClean()).isFalse();
    return v;
  }

  @Test
  void thePakistanPortfolioIsClean() {
    ValidationReport report = PAKISTAN.validate();
    assertThat(report.violations()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.isValid()).isTrue();
    assertThat(PortfolioValidator.validate(PAKISTAN)).isEqualTo(report);
    assertThat(Portfolio.empty().validate().isClean()).isTrue();
  }

  // --- references -------------------------------------------------------------------------------------------

  @Test
  void aParentMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withOrganisation(
        Organisation.builder().from(organisation("smeda-sindh")).parent(OrganisationId.of("smeda-punjab")).build());
    Violation v = onlyViolation(p, "reference.organisation", "/organisations/3/parent");
    assertThat(v.message()).contains("\"smeda-punjab\"", "smeda-sindh", "expected the id of an organisation");
  }

  @Test
  void anAffiliationMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withPerson(Person.builder().from(PAKISTAN.people().get(0))
        .affiliation(OrganisationId.of("ahan")).build());
    Violation v = onlyViolation(p, "reference.organisation", "/people/0/affiliation");
    assertThat(v.message()).contains("\"ahan\"", "cda-sindh");
  }

  @Test
  void aParticipantMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .addParticipants(Participation.of(OrganisationId.of("nipa"), ParticipationRole.TECHNICAL_SUPPORT)).build());
    Violation v = onlyViolation(p, "reference.organisation", "/programmes/2/participants/3/organisation");
    assertThat(v.message()).contains("\"nipa\"", "punjab-clusters");
  }

  @Test
  void aFunderMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("us-pak-01-099"))
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("edb")).kind(FundingKind.IN_KIND).build())
        .build());
    Violation v = onlyViolation(p, "reference.organisation", "/programmes/1/funding/2/funder");
    assertThat(v.message()).contains("\"edb\"", "us-pak-01-099");
  }

  @Test
  void aTargetClusterMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .addTargetClusters(ClusterId.of("chiniot-woodworking")).build());
    Violation v = onlyViolation(p, "reference.cluster", "/programmes/2/targetClusters/1");
    assertThat(v.message()).contains("\"chiniot-woodworking\"", "expected the id of a cluster");
  }

  @Test
  void aRelatedProgrammeMustBeInThePortfolio() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.FOLLOWS, ProgrammeId.of("trta"))).build());
    Violation v = onlyViolation(p, "reference.programme", "/programmes/2/relatedProgrammes/1/programme");
    assertThat(v.message()).contains("\"trta\"", "expected the id of a programme");
  }

  @Test
  void aReferenceToAnotherKindOfEntityDoesNotResolve() {
    // A cluster and an organisation may share an identifier's text; a reference names one kind only.
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .addParticipants(Participation.of(OrganisationId.of("multan-handloom"), ParticipationRole.COUNTERPART))
        .build());
    onlyViolation(p, "reference.organisation", "/programmes/2/participants/3/organisation");
  }

  // --- organisations ----------------------------------------------------------------------------------------

  @Test
  void aCycleOfParentsIsReportedOnceWhereItFirstAppears() {
    // smeda -> smeda-sindh -> smeda: two organisations, one cycle, reported at smeda (organisation 2).
    Portfolio p = PAKISTAN.withOrganisation(
        Organisation.builder().from(organisation("smeda")).parent(OrganisationId.of("smeda-sindh")).build());
    Violation v = onlyViolation(p, "organisation.parent-cycle", "/organisations/2/parent");
    assertThat(v.message()).contains("smeda -> smeda-sindh -> smeda");
  }

  @Test
  void aLongerCycleIsReportedOnceAndItsTailIsNot() {
    // tdap -> psic -> unido -> tdap; punjab-government -> psic hangs off the cycle without being on it.
    Portfolio p = PAKISTAN
        .withOrganisation(Organisation.builder().from(organisation("psic")).parent(OrganisationId.of("unido")).build())
        .withOrganisation(Organisation.builder().from(organisation("unido")).parent(OrganisationId.of("tdap")).build())
        .withOrganisation(Organisation.builder().from(organisation("tdap")).parent(OrganisationId.of("psic")).build())
        .withOrganisation(
            Organisation.builder().from(organisation("punjab-government")).parent(OrganisationId.of("psic")).build());
    Violation v = onlyViolation(p, "organisation.parent-cycle", "/organisations/0/parent");
    assertThat(v.message()).contains("unido -> tdap -> psic -> unido");
  }

  @Test
  void twoCyclesAreTwoViolations() {
    Portfolio p = PAKISTAN
        .withOrganisation(Organisation.builder().from(organisation("unido")).parent(OrganisationId.of("tdap")).build())
        .withOrganisation(Organisation.builder().from(organisation("tdap")).parent(OrganisationId.of("unido")).build())
        .withOrganisation(Organisation.builder().from(organisation("smeda")).parent(OrganisationId.of("smeda-sindh")).build());
    assertThat(p.validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("organisation.parent-cycle", "/organisations/0/parent"),
        tuple("organisation.parent-cycle", "/organisations/2/parent"));
  }

  // --- programmes -------------------------------------------------------------------------------------------

  @Test
  void statusChangesAreInTimeOrder() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("us-pak-01-099"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.COMPLETED, date("2008")))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.SUSPENDED, date("2007-06")))
        .build());
    Violation v = onlyViolation(p, "programme.status-order", "/programmes/1/statusHistory/2/date");
    assertThat(v.message()).contains("suspended", "2007-06", "completed", "2008", "/programmes/1/statusHistory/1");
  }

  @Test
  void changesThatMayOverlapAreInOrder() {
    // 2005 and 2005-06 may be the same day; 2005-06 and 2005-06-15 too; equal dates are in order.
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("us-pak-01-099"))
        .statusHistory(List.of(
            StatusChange.of(ProgrammeStatus.ADOPTED, date("2005-06")),
            StatusChange.of(ProgrammeStatus.ACTIVE, date("2005")),
            StatusChange.of(ProgrammeStatus.SUSPENDED, date("2005-06-15")),
            StatusChange.of(ProgrammeStatus.ACTIVE, date("2005-06-15"))))
        .build());
    assertThat(p.validate().isClean()).isTrue();
  }

  @Test
  void aChangeCertainlyBeforeAnyEarlierChangeIsOutOfOrder() {
    // Neighbours may overlap (2005-06 and 2005, 2005 and 2005-01), but 2005-01 is certainly before 2005-06.
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("us-pak-01-099"))
        .statusHistory(List.of(
            StatusChange.of(ProgrammeStatus.ADOPTED, date("2005-06")),
            StatusChange.of(ProgrammeStatus.ACTIVE, date("2005")),
            StatusChange.of(ProgrammeStatus.SUSPENDED, date("2005-01"))))
        .build());
    Violation v = onlyViolation(p, "programme.status-order", "/programmes/1/statusHistory/2/date");
    assertThat(v.message()).contains("2005-01", "adopted", "2005-06", "/programmes/1/statusHistory/0");
  }

  @Test
  void workFallsWithinThePeriod() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .period(DateRange.parse("2004-08/2006"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.COMPLETED, date("2007-03")))
        .build());
    Violation v = onlyViolation(p, "programme.status-period", "/programmes/2/statusHistory/1/date");
    assertThat(v.message()).contains("completed", "2007-03", "2004-08/2006");
  }

  @Test
  void anAdoptionAQuarterBeforeThePeriodIsValid() {
    // The fixture's AJK proposal precedes its period 2006/2008; approval a quarter before the start is common too.
    assertThat(programme("ajk-artisanal-clusters").period()).contains(DateRange.parse("2006/2008"));
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("ajk-artisanal-clusters"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, date("2005-Q4")))
        .build());
    assertThat(p.validate().isClean()).isTrue();
  }

  @Test
  void anActiveStatusBeforeThePeriodIsNot() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("ajk-artisanal-clusters"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, date("2005-Q4")))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, date("2005-12")))
        .build());
    Violation v = onlyViolation(p, "programme.status-period", "/programmes/3/statusHistory/3/date");
    assertThat(v.message()).contains("active", "2005-12", "within the programme's period 2006/2008");
  }

  @Test
  void anAdoptionAfterThePeriodIsNot() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("ajk-artisanal-clusters"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, date("2009-01")))
        .build());
    Violation v = onlyViolation(p, "programme.status-period", "/programmes/3/statusHistory/2/date");
    assertThat(v.message()).contains("adopted", "2009-01", "before the end of the programme's period 2006/2008");
  }

  @Test
  void aProposalOvertakenByEventsMayEndBeforeThePlannedPeriod() {
    // The AJK concept of August 2005 was overtaken by events: cancelled before it was ever adopted.
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("ajk-artisanal-clusters"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.CANCELLED, date("2005-10"), "overtaken by events"))
        .build());
    assertThat(p.validate().isClean()).isTrue();
  }

  @Test
  void aCancellationIsNotAfterThePeriod() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("ajk-artisanal-clusters"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, date("2006-02")))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.CANCELLED, date("2009")))
        .build());
    onlyViolation(p, "programme.status-period", "/programmes/3/statusHistory/3/date");
  }

  @Test
  void aChangeThatMayFallWithinThePeriodIsFine() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .period(DateRange.parse("2004-08-15/2006"))
        .statusHistory(List.of(StatusChange.of(ProgrammeStatus.ADOPTED, date("2004-08")),
            StatusChange.of(ProgrammeStatus.COMPLETED, date("2006-Q4"))))
        .build());
    assertThat(p.validate().isClean()).isTrue();
  }

  @Test
  void fundingIsInTheBudgetsCurrency() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("us-pak-01-099"))
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("tdap")).kind(FundingKind.CASH)
            .amount(Money.of("5000000", "PKR")).build())
        .build());
    Violation v = onlyViolation(p, "programme.currency", "/programmes/1/funding/2/amount");
    assertThat(v.message()).contains("PKR 5000000.00", "expected USD", "/programmes/1/budget");
  }

  @Test
  void withoutABudgetTheFirstFundingAmountSetsTheCurrency() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("punjab-clusters"))
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("psic")).kind(FundingKind.IN_KIND).build())
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("psic")).kind(FundingKind.CASH)
            .amount(Money.of("1000000", "PKR")).build())
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("unido")).kind(FundingKind.CASH)
            .amount(Money.of("50000", "USD")).build())
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("smeda")).kind(FundingKind.CASH)
            .amount(Money.of("2000000", "PKR")).build())
        .build());
    Violation v = onlyViolation(p, "programme.currency", "/programmes/2/funding/2/amount");
    assertThat(v.message()).contains("USD 50000.00", "expected PKR", "/programmes/2/funding/1/amount");
  }

  @Test
  void twoProgrammesThatNameEachOtherAsParentAreReportedOnce() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("integrated-programme"))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, ProgrammeId.of("us-pak-01-099"))).build());
    Violation v = onlyViolation(p, "programme.relation-consistent", "/programmes/0/relatedProgrammes/0/programme");
    assertThat(v.message()).contains("integrated-programme", "us-pak-01-099");
  }

  @Test
  void aParentThatNamesItsChildAsChildIsConsistent() {
    Portfolio p = PAKISTAN.withProgramme(Programme.builder().from(programme("integrated-programme"))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.CHILD, ProgrammeId.of("us-pak-01-099"))).build());
    assertThat(p.validate().isClean()).isTrue();
  }

  // --- scale ------------------------------------------------------------------------------------------------

  /**
   * A chain of 100,000 parents closed into one cycle is one cycle, found without a recursion as deep as the chain;
   * in a history of 100,000 changes each one out of order is reported. (What this costs is measured by {@code
   * LongChainBenchmarks} in cnd-benchmarks, not here.)
   */
  @Test
  void reportsOneCycleInALongChainAndEveryChangeOutOfOrderInALongHistory() {
    int n = 100_000;
    int days = 3_000;
    List<Organisation> chain = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      chain.add(Organisation.builder().id(OrganisationId.of("o" + i)).name("O" + i).kind(OrganisationKind.OTHER)
          .parent(OrganisationId.of("o" + ((i + 1) % n))).build());
    }
    List<StatusChange> history = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      history.add(StatusChange.of(ProgrammeStatus.ACTIVE, PartialDate.of(java.time.LocalDate.of(2000, 1, 1).plusDays(i % days))));
    }
    Portfolio big = Portfolio.builder().addAllOrganisations(chain)
        .addProgrammes(Programme.builder().id(ProgrammeId.of("long")).title("Long").addAllStatusHistory(history).build())
        .build();
    ValidationReport report = big.validate();
    assertThat(report.violationsOf("organisation.parent-cycle")).hasSize(1);
    // Days run 0..2999 again and again: after the first round every change is certainly before day 2999, the
    // latest so far, except day 2999 itself in each later full round.
    int laterFullRounds = n / days - 1;
    assertThat(report.violationsOf("programme.status-order")).hasSize(n - days - laterFullRounds);
  }

  // --- the report -------------------------------------------------------------------------------------------

  @Test
  void reportsEveryViolationInDocumentOrderAndNeverThrows() {
    Portfolio p = PAKISTAN
        .withOrganisation(Organisation.builder().from(organisation("tdap")).parent(OrganisationId.of("epb")).build())
        .withPerson(Person.builder().from(PAKISTAN.people().get(0)).affiliation(OrganisationId.of("ahan")).build())
        .withProgramme(Programme.builder().from(programme("us-pak-01-099"))
            .addTargetClusters(ClusterId.of("lahore-garments"))
            .addFunding(FundingCommitment.builder().funder(OrganisationId.of("tdap")).kind(FundingKind.CASH)
                .amount(Money.of("1", "EUR")).build())
            .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, date("2000")))
            .build())
        .withOrganisation(Organisation.builder().id(OrganisationId.of("nipa"))
            .name("National Institute of Public Administration").kind(OrganisationKind.TRAINING_INSTITUTE)
            .parent(OrganisationId.of("establishment-division")).build());
    assertThat(p.validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.organisation", "/organisations/1/parent"),
        tuple("reference.organisation", "/organisations/6/parent"),
        tuple("reference.organisation", "/people/0/affiliation"),
        tuple("reference.cluster", "/programmes/1/targetClusters/3"),
        tuple("programme.status-order", "/programmes/1/statusHistory/1/date"),
        tuple("programme.status-period", "/programmes/1/statusHistory/1/date"),
        tuple("programme.currency", "/programmes/1/funding/2/amount"));
  }
}
