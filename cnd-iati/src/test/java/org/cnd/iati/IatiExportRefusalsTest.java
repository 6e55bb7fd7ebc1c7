package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.IatiActivityId;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.programme.Transaction;
import org.cnd.core.programme.TransactionKind;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Violation;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the export, broken on its own in the first project of the Pakistan example (programme 2,
 * UNIDO is organisation 0): the export names the rule and the path of what is missing or wrong, and writes nothing
 * for an error; a warning says what was left out and the document is still written.
 */
class IatiExportRefusalsTest {
  private static final Portfolio PAKISTAN = PakistanProgramme.withIllustrativePurpose(PakistanProgramme.portfolio());
  private static final ProgrammeId FIRST = PakistanProgramme.FIRST_PROJECT;
  private static Portfolio withFirst(UnaryOperator<Programme.Builder> change) {
    return PAKISTAN.withProgramme(change.apply(Programme.builder().from(PAKISTAN.programme(FIRST).orElseThrow())).build());
  }

  private static Exports.Run export(Portfolio portfolio) {
    return Exports.conforming(portfolio, Exports.options().addProgrammes(FIRST).approximateActualDates(true).build(), RulesetOracle.shared());
  }

  private static void refused(Portfolio portfolio, String rule, String path) {
    Exports.Run run = export(portfolio);
    assertThat(run.result().isWritten()).isFalse();
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path).contains(tuple(rule, path));
    assertThat(run.result().errors()).allSatisfy(v -> assertThat(v.message()).contains("expected"));
  }

  @Test
  void aReportingOrganisationWithoutIatiIdentifierIsNamed() {
    Portfolio p = PAKISTAN.withOrganisation(Organisation.builder()
        .from(PakistanProgramme.portfolio().organisation(PakistanProgramme.UNIDO).orElseThrow())
        .iatiIdentifier(java.util.Optional.empty()).iatiType(java.util.Optional.empty()).build());
    refused(p, "iati.reporting-org", "/organisations/0/iatiIdentifier");
    refused(p, "iati.reporting-org", "/organisations/0/iatiType");
    refused(p, "iati.activity-identifier", "/programmes/2/iatiIdentifier");
  }

  @Test
  void aReportBecomesADocumentLinkOnlyWithAUrlAFormatAndACategory() {
    java.util.function.BiFunction<org.cnd.core.collaboration.ReportKind, String, Portfolio> withReport = (kind, url) -> {
      org.cnd.core.collaboration.Report.Builder r = org.cnd.core.collaboration.Report.builder()
          .id(org.cnd.core.id.ReportId.of("first-project-report")).title("A report of the first project").kind(kind)
          .addClusters(PakistanProgramme.GUJRAT_FANS).addProgrammes(FIRST);
      if (url != null) {
        r.url(java.net.URI.create(url));
      }
      return PAKISTAN.withReport(r.build());
    };
    int k = PAKISTAN.reports().size();
    Exports.Run written = export(withReport.apply(org.cnd.core.collaboration.ReportKind.EVALUATION,
        "https://www.example.org/evaluations/first"));
    assertThat(written.activities().get(0).documents())
        .containsExactly("https://www.example.org/evaluations/first text/html A07 -: A report of the first project");
    for (Object[] c : new Object[][] {
        {org.cnd.core.collaboration.ReportKind.EVALUATION, null, "/url"},
        {org.cnd.core.collaboration.ReportKind.EVALUATION, "https://www.example.org/first.docx", "/url"},
        {org.cnd.core.collaboration.ReportKind.STUDY, "https://www.example.org/first.pdf", "/kind"}}) {
      Exports.Run run = export(withReport.apply((org.cnd.core.collaboration.ReportKind) c[0], (String) c[1]));
      assertThat(run.result().isWritten()).as("a warning leaves the document written").isTrue();
      assertThat(run.activities().get(0).documents()).isEmpty();
      assertThat(run.result().problems()).extracting(Violation::ruleId, Violation::path)
          .contains(tuple("iati.document-link", "/reports/" + k + c[2]));
    }
  }

  @Test
  void percentagesOfSeveralPurposesSumToAHundred() {
    refused(withFirst(b -> b.purposes(List.of(DacPurpose.of("32130", new BigDecimal("60")),
        DacPurpose.of("25010", new BigDecimal("30"))))), "iati.sector-percentages", "/programmes/2/purposes");
    refused(withFirst(b -> b.purposes(List.of(DacPurpose.of("32130", new BigDecimal("60")), DacPurpose.of("25010")))),
        "iati.sector-percentages", "/programmes/2/purposes/1");
    refused(withFirst(b -> b.purposes(List.of(DacPurpose.of("32130", new BigDecimal("50"))))),
        "iati.sector-percentages", "/programmes/2/purposes/0/percentage");
  }

  @Test
  void purposesThatSumToAHundredAreWritten() {
    Exports.Run run = export(withFirst(b -> b.purposes(List.of(DacPurpose.of("32130", new BigDecimal("60.5")),
        DacPurpose.of("25010", new BigDecimal("39.5"))))));
    assertThat(run.activities().get(0).sectors()).containsExactly("32130 60.5", "25010 39.5");
  }

  @Test
  void aSectorIsRequired() {
    refused(withFirst(b -> b.purposes(List.of())), "iati.sector", "/programmes/2/purposes");
  }

  @Test
  void theLanguageIsTheProgrammesOrTheOptionsDefault() {
    Portfolio p = withFirst(b -> b.language(java.util.Optional.empty()));
    refused(p, "iati.language", "/programmes/2/language");
    Exports.Run run = Exports.conforming(p, Exports.options().addProgrammes(FIRST).approximateActualDates(true)
        .language(org.cnd.core.programme.LanguageCode.of("en")).build(), RulesetOracle.shared());
    assertThat(run.activities().get(0).language()).isEqualTo("en");
  }

  @Test
  void aStatusIsRequired() {
    refused(withFirst(b -> b.statusHistory(List.of())), "iati.activity-status", "/programmes/2/statusHistory");
  }

  @Test
  void aDescriptionIsRequired() {
    refused(withFirst(b -> b.description(java.util.Optional.empty())), "iati.description", "/programmes/2/description");
  }

  @Test
  void actualDatesAreNotInTheFuture() {
    PartialDate tomorrow = PartialDate.of(IatiGen.TODAY.plusDays(1));
    refused(withFirst(b -> b.period(DateRange.from(tomorrow)).statusHistory(List.of(StatusChange.of(ProgrammeStatus.ACTIVE, tomorrow)))),
        "iati.date-future", "/programmes/2/period");
  }

  @Test
  void transactionsAreNotInTheFutureAndNameOrganisationsOfThePortfolio() {
    Transaction.Builder t = Transaction.builder().kind(TransactionKind.DISBURSEMENT).value(Money.of("100", "USD"));
    refused(withFirst(b -> b.addTransactions(t.date(PartialDate.of(IatiGen.TODAY.plusDays(1))).build())),
        "iati.date-future", "/programmes/2/transactions/0/date");
    refused(withFirst(b -> b.addTransactions(t.date(PartialDate.parse("2002-03-04")).provider(OrganisationId.of("nobody")).build())),
        "iati.reference-organisation", "/programmes/2/transactions/0/provider");
  }

  @Test
  void transactionsKnownToTheDayGoBackWithTheirOrganisations() {
    Portfolio p = withFirst(b -> b.addTransactions(
        Transaction.builder().kind(TransactionKind.DISBURSEMENT).date(PartialDate.parse("2002-03-04"))
            .value(Money.of("12500.50", "USD")).provider(PakistanProgramme.UNIDO).receiver(PakistanProgramme.SMEDA).build(),
        Transaction.builder().kind(TransactionKind.EXPENDITURE).date(PartialDate.parse("2002-05"))
            .value(Money.of("10", "USD")).build()));
    Exports.Run run = export(p);
    assertThat(run.activities().get(0).money()).containsExactly(new IatiReader.Money("3", "2002-03-04", "2002-03-04",
        "USD", "12500.50", "United Nations Industrial Development Organization",
        "Small and Medium Enterprises Development Authority"));
    assertThat(run.result().problems()).extracting(Violation::ruleId, Violation::path)
        .contains(tuple("iati.transaction-date", "/programmes/2/transactions/1/date"));
  }

  @Test
  void anApproximateDayIsNotKnownToTheDay() {
    Portfolio p = withFirst(b -> b.addTransactions(
        Transaction.builder().kind(TransactionKind.DISBURSEMENT).date(PartialDate.parse("2002-03-04~"))
            .value(Money.of("10", "USD")).build()));
    Exports.Run run = export(p);
    assertThat(run.activities().get(0).money()).isEmpty();
    assertThat(run.result().problems()).extracting(Violation::ruleId, Violation::path)
        .contains(tuple("iati.transaction-date", "/programmes/2/transactions/0/date"));
  }

  @Test
  void aBudgetOverAPlannedPeriodIsSplitIntoYearsProRataAndAddsUp() {
    Exports.Run run = export(withFirst(b -> b.plannedPeriod(DateRange.parse("2001-07/2003-06"))));
    List<IatiReader.Money> budgets = run.activities().get(0).money();
    assertThat(budgets).extracting(IatiReader.Money::start, IatiReader.Money::end).containsExactly(
        tuple("2001-07-01", "2002-06-30"), tuple("2002-07-01", "2003-06-30"));
    assertThat(budgets.stream().map(m -> new BigDecimal(m.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("235000");
    assertThat(run.activities().get(0).dates()).containsEntry("1", "2001-07-01").containsEntry("3", "2003-06-30");
  }

  @Test
  void clustersInSeveralCountriesNeedSharesCndDoesNotHold() {
    ClusterId abroad = ClusterId.of("abroad");
    Portfolio p = withFirst(b -> b.addTargetClusters(abroad)).withCluster(Cluster.builder().id(abroad)
        .name("A cluster in India").sector(Sector.of("cutlery", "2593")).place(Place.of(CountryCode.of("IN"))).build());
    refused(p, "iati.recipient-country", "/programmes/2/targetClusters/5");
  }

  @Test
  void identifiersAreUnique() {
    IatiActivityId same = IatiActivityId.of("XM-DAC-41123-SAME");
    Portfolio p = withFirst(b -> b.iatiIdentifier(same));
    p = p.withProgramme(Programme.builder().from(p.programme(PakistanProgramme.FOLLOW_UP_PROJECT).orElseThrow())
        .iatiIdentifier(same).build());
    Exports.Run run = Exports.conforming(p, Exports.options()
        .addProgrammes(FIRST, PakistanProgramme.FOLLOW_UP_PROJECT).approximateActualDates(true).build(), RulesetOracle.shared());
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path)
        .contains(tuple("iati.identifier-unique", "/programmes/3/iatiIdentifier"));
  }

  @Test
  void aSelectedProgrammeIsOneOfThePortfolio() {
    Exports.Run run = Exports.conforming(PAKISTAN, Exports.options().addProgrammes(ProgrammeId.of("no-such")).build(), RulesetOracle.shared());
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("iati.programme", ""), tuple("iati.no-activity", "/programmes"));
  }

  @Test
  void anInvalidPortfolioIsRefusedWithTheValidatorsRules() {
    Portfolio p = withFirst(b -> b.addParticipants(org.cnd.core.programme.Participation.of(OrganisationId.of("ghost"),
        org.cnd.core.programme.ParticipationRole.FUNDING)));
    refused(p, "reference.organisation", "/programmes/2/participants/2/organisation");
  }
}
