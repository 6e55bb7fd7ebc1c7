package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {
  private final String report = TextReport.render(Fixtures.pakistan());
  private final String tour = TextReport.render(Fixtures.tour());

  @Test
  void wrapsEveryLineAtOneHundredCharacters() {
    assertThat(report.lines()).allMatch(l -> l.length() <= TextReport.WIDTH);
    assertThat(tour.lines()).allMatch(l -> l.length() <= TextReport.WIDTH);
    assertThat(report).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void listsProgrammesWithTheirStatus() {
    String flat = report.replaceAll("\n +", " ");
    assertThat(flat).contains("Punjab SME cluster development through PSIC in collaboration with SMEDA: adopted since 2004-08");
    assertThat(flat).contains("(project concept): cancelled since 2005-10; targets a number of artisanal clusters");
    assertThat(flat).contains("(US/PAK/01/099): active since 2001-06~; 5 target clusters");
  }

  @Test
  void showsBudgetsAndPeriodsWithTheirCurrencyAndNoListFormatting() {
    assertThat(report).contains("      period from 2001-06~; budget USD 235,000.00\n");
    assertThat(report).doesNotContain("[USD").doesNotContain("235000");
  }

  @Test
  void saysUnknownAmountsAreUnknown() {
    assertThat(report).contains("  TDAP: 2 commitments, amounts unknown\n");
    assertThat(report).contains("funding: TDAP (cash) amount unknown; UNIDO (cash) amount unknown");
    assertThat(report).contains("counterparts' share: unknown: 2 of 2 commitments have no amount");
    assertThat(report).doesNotContain("0.0%");
  }

  @Test
  void groupsClustersByProvinceSectorAndPhase() {
    assertThat(report).contains("  PK-PB (16): ");
    assertThat(report).contains("  PK-SD (8): ");
    assertThat(report).contains("  knitwear [ISIC 1430] (2): Knitwear cluster in Karachi; Knitwear cluster in Lahore");
    assertThat(report).contains("Clusters by phase\n  no engagement records a phase");
    assertThat(tour).contains("Clusters by phase\n  Exit (1): Electric fans cluster in Gujrat\n  no phase recorded (4)");
    assertThat(report).contains("Handloom weaving cluster in Multan: 2 programmes");
  }

  @Test
  void summarisesIndicatorProgress() {
    assertThat(tour).contains("Firms exporting (illustrative): baseline 5 enterprises (2002-01), latest 16 enterprises"
        + " (2005-01),\n    target 15 enterprises (2005), 110.0% of the way, target met\n");
  }

  @Test
  void showsTheTimelineInDateOrder() {
    int adopted = report.indexOf("2004-08    Punjab");
    int concept = report.indexOf("2005-08    Development of artisanal clusters");
    assertThat(adopted).isPositive();
    assertThat(concept).isGreaterThan(adopted);
    assertThat(report).contains("2005-05    Training-of-trainers programme for cluster development agents");
    assertThat(report).contains("2008-05    Review meeting");
  }

  @Test
  void countsEveryCollection() {
    assertThat(report).startsWith("Portfolio: 9 programmes, 24 clusters, 17 organisations, 0 people\n"
        + "  0 engagements, 0 diagnostic studies, 0 action plans, 0 indicators, 3 trainings, 2 linkages, 1\n"
        + "    report\n");
  }

  @Test
  void countsOneInTheSingularAndOtherCountsInThePlural() {
    assertThat(tour).startsWith("Portfolio: 1 programme, 5 clusters, 5 organisations, 2 people\n"
        + "  1 engagement, 1 diagnostic study, 2 action plans, 1 indicator, 0 trainings, 0 linkages, 1 report\n");
    assertThat(tour).doesNotContain("(s)").doesNotContain(" 1 programmes").doesNotContain(" 1 clusters");
  }

  @Test
  void showsSelectionsWithTheirDecisionAndRankingAndNetworksWithTheirBroker() {
    String flat = report.replaceAll("\n +", " ");
    assertThat(flat).contains("\nSelections Selection of the five pilot clusters, 5 candidates: decided 2001 by the "
        + "Pakistani counterparts: selected Electric fans cluster in Gujrat; ");
    assertThat(flat).contains("(for their export potential)");
    assertThat(flat).contains("Additional clusters prepared by TDAP for inclusion into the programme, 7 candidates: "
        + "no decision recorded");
    assertThat(flat).contains("\nNetworks no network recorded");
    String tourFlat = tour.replaceAll("\n +", " ");
    assertThat(tourFlat).contains(" ranking: 1. Electric fans cluster in Gujrat (0.9), 2. Cutlery cluster in Wazirabad "
        + "(0.65), 3. Ready-made garments cluster in Lahore (0.6)");
    assertThat(tourFlat).contains("\nNetworks Gujrat fan exporters (illustrative): horizontal, 8 firms, broker Network "
        + "broker (illustrative)");
  }

  @Test
  void writesControlCharactersOfTheDataAsEscapesSoThatNoNameForgesALine() {
    org.cnd.core.Portfolio p = Fixtures.pakistan();
    org.cnd.core.cluster.Cluster first = p.clusters().get(0);
    String forged = TextReport.render(p.withCluster(org.cnd.core.cluster.Cluster.builder().from(first)
        .name("Fans\n/etc/passwd: valid\u001b[2J").build()));
    assertThat(forged).doesNotContain("\n/etc/passwd").doesNotContain("\u001b")
        .contains("Fans\\n/etc/passwd: valid\\u001b[2J");
  }
}
