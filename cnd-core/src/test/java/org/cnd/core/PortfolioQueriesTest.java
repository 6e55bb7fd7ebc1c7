package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Programme;
import org.cnd.core.testing.Fixtures;
import org.cnd.core.testing.PortfolioGen;
import org.junit.jupiter.api.Test;

class PortfolioQueriesTest {
  private static final Portfolio PAKISTAN = Fixtures.pakistan();
  private static final PortfolioQueries QUERIES = PAKISTAN.queries();
  private static final ProgrammeId FIRST = ProgrammeId.of("us-pak-01-099");

  private static List<String> ids(List<? extends Object> entities) {
    return entities.stream().map(e -> e instanceof Cluster c ? c.id().value() : ((Programme) e).id().value())
        .collect(Collectors.toList());
  }

  @Test
  void clustersByCountryAndProvince() {
    assertThat(ids(QUERIES.clustersIn(CountryCode.of("PK"))))
        .containsExactly("gujrat-electric-fans", "wazirabad-cutlery", "korangi-leather", "multan-handloom");
    assertThat(QUERIES.clustersIn(CountryCode.of("IN"))).isEmpty();
    assertThat(ids(QUERIES.clustersIn(SubdivisionCode.of("PK-SD")))).containsExactly("korangi-leather");
    assertThat(QUERIES.clustersIn(SubdivisionCode.of("PK-JK"))).isEmpty();
    assertThat(QUERIES.clustersBySubdivision().keySet())
        .containsExactly(SubdivisionCode.of("PK-PB"), SubdivisionCode.of("PK-SD"));
    assertThat(ids(QUERIES.clustersBySubdivision().get(SubdivisionCode.of("PK-PB"))))
        .containsExactly("gujrat-electric-fans", "wazirabad-cutlery", "multan-handloom");
  }

  @Test
  void clustersBySector() {
    assertThat(QUERIES.clustersInSector(IsicCode.of("C"))).hasSize(4);
    assertThat(ids(QUERIES.clustersInSector(IsicCode.of("15")))).containsExactly("korangi-leather");
    assertThat(ids(QUERIES.clustersInSector(IsicCode.of("13")))).containsExactly("multan-handloom");
    assertThat(QUERIES.clustersInSector(IsicCode.of("G"))).isEmpty();
    assertThat(QUERIES.clustersBySector().keySet())
        .containsExactly("Electric fans", "Cutlery", "Leather and leather products", "Handloom weaving");
  }

  @Test
  void programmesTargetingAClusterAndClustersInSeveralProgrammes() {
    assertThat(ids(QUERIES.programmesTargeting(ClusterId.of("korangi-leather")))).containsExactly("us-pak-01-099");
    assertThat(QUERIES.programmesTargeting(ClusterId.of("chiniot-woodworking"))).isEmpty();
    assertThat(QUERIES.clustersInSeveralProgrammes()).isEmpty();

    // The textile ministry's proposal also targets the Multan handloom cluster.
    Portfolio more = PAKISTAN.withProgramme(Programme.builder().id(ProgrammeId.of("textile-clusters"))
        .title("Six textile clusters").addTargetClusters(ClusterId.of("multan-handloom")).build());
    assertThat(ids(more.queries().clustersInSeveralProgrammes())).containsExactly("multan-handloom");
    assertThat(ids(more.queries().programmesTargeting(ClusterId.of("multan-handloom"))))
        .containsExactly("punjab-clusters", "textile-clusters");
  }

  @Test
  void fundingBySource() {
    assertThat(QUERIES.fundingBySource().keySet())
        .containsExactly(OrganisationId.of("unido"), OrganisationId.of("tdap"));
    assertThat(QUERIES.fundingBySource().get(OrganisationId.of("tdap")))
        .extracting(FundingCommitment::kind).containsExactly(FundingKind.IN_KIND);
    assertThat(QUERIES.fundingTotalsBySource())
        .containsOnlyKeys(OrganisationId.of("unido"))
        .containsEntry(OrganisationId.of("unido"), ImmutableList.of(Money.of("235000", "USD")));
  }

  @Test
  void fundingTotalsKeepCurrenciesApart() {
    Portfolio more = withFunding(FundingCommitment.builder().funder(OrganisationId.of("unido")).kind(FundingKind.CASH)
        .amount(Money.of("1000", "EUR")).build(),
        FundingCommitment.builder().funder(OrganisationId.of("unido")).kind(FundingKind.CASH)
        .amount(Money.of("5000", "USD")).build());
    assertThat(more.queries().fundingTotalsBySource().get(OrganisationId.of("unido")))
        .containsExactly(Money.of("240000", "USD"), Money.of("1000", "EUR"));
  }

  @Test
  void theCounterpartsShare() {
    // TDAP, the counterpart, gives in kind without an amount: its share of the recorded amounts is nil.
    assertThat(QUERIES.counterpartShare(FIRST)).hasValueSatisfying(s -> assertThat(s).isZero());
    assertThat(QUERIES.counterpartFunding()).extracting(FundingCommitment::funder)
        .containsExactly(OrganisationId.of("tdap"));

    Portfolio more = withFunding(FundingCommitment.builder().funder(OrganisationId.of("tdap")).kind(FundingKind.CASH)
        .amount(Money.of("65000", "USD")).build());
    assertThat(more.queries().counterpartShare(FIRST))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(new BigDecimal("0.2166666666666667")));

    Portfolio mixed = withFunding(FundingCommitment.builder().funder(OrganisationId.of("tdap")).kind(FundingKind.CASH)
        .amount(Money.of("65000", "PKR")).build());
    assertThat(mixed.queries().counterpartShare(FIRST)).isEmpty();
    assertThat(QUERIES.counterpartShare(ProgrammeId.of("punjab-clusters"))).isEmpty();
    assertThat(QUERIES.counterpartShare(ProgrammeId.of("no-such-programme"))).isEmpty();
  }

  private static Portfolio withFunding(FundingCommitment... extra) {
    return PAKISTAN.withProgramme(Programme.builder().from(PAKISTAN.programme(FIRST).orElseThrow())
        .addFunding(extra).build());
  }

  @Test
  void aTimelineByEarliestDay() {
    assertThat(QUERIES.timeline())
        .extracting(e -> e.date().toString(), e -> e.subject().value(), e -> e.kind().code(), TimelineEntry::item)
        .containsExactly(
            tuple("2001", "us-pak-01-099", "programme_status", 0),
            tuple("2004-08", "punjab-clusters", "programme_status", 0),
            // 2005-Q3 begins before 2005-08, so the proposal is listed before the concept it followed.
            tuple("2005-Q3", "ajk-artisanal-clusters", "programme_status", 1),
            tuple("2005-08", "ajk-artisanal-clusters", "programme_status", 0));
  }

  @Test
  void namesOrganisationsByAcronym() {
    assertThat(QUERIES.organisationName(OrganisationId.of("tdap"))).isEqualTo("TDAP");
    assertThat(QUERIES.organisationName(OrganisationId.of("epb"))).isEqualTo("epb");
  }

  @Test
  void timelinesAreSortedAndComplete() {
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios()).checkAssert(p -> {
      List<TimelineEntry> timeline = p.queries().timeline();
      for (int i = 1; i < timeline.size(); i++) {
        assertThat(timeline.get(i - 1).date()).isLessThanOrEqualTo(timeline.get(i).date());
      }
      long changes = p.programmes().stream().mapToLong(x -> x.statusHistory().size()).sum();
      long dated = p.programmes().stream().flatMap(x -> x.funding().stream()).filter(f -> f.date().isPresent()).count();
      assertThat(timeline).hasSize((int) (changes + dated));
      assertThat(timeline).extracting(TimelineEntry::subject).allMatch((Identifier id) -> p.contains(id));
    });
  }
}
