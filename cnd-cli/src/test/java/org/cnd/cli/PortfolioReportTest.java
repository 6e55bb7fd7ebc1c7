package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

class PortfolioReportTest {
  private final String report = PortfolioReport.of(PakistanProgramme.portfolio());

  @Test
  void listsProgrammesWithTheirStatus() {
    assertThat(report).contains("Punjab SME cluster development through PSIC in collaboration with SMEDA: adopted since 2004-08");
    assertThat(report).contains("(project concept): cancelled since 2005-10; targets a number of artisanal clusters");
    assertThat(report).contains("(US/PAK/01/099): active since 2001-06~; 5 target cluster(s)");
  }

  @Test
  void groupsClustersByProvinceAndSector() {
    assertThat(report).contains("  PK-PB (16): ");
    assertThat(report).contains("  PK-SD (8): ");
    assertThat(report).contains("  knitwear [ISIC 1430] (2): Knitwear cluster in Karachi; Knitwear cluster in Lahore");
  }

  @Test
  void showsTheTimelineInDateOrder() {
    int adopted = report.indexOf("2004-08    Punjab");
    int concept = report.indexOf("2005-08    Development of artisanal clusters");
    assertThat(adopted).isPositive();
    assertThat(concept).isGreaterThan(adopted);
  }

  @Test
  void showsFundingBySource() {
    assertThat(report).contains("  TDAP: 2 commitment(s), amounts not recorded");
    assertThat(report).contains("Handloom weaving cluster in Multan: 2 programmes");
  }

  @Test
  void countsEveryCollection() {
    assertThat(report).startsWith("Portfolio: 9 programmes, 24 clusters, 17 organisations, 0 people\n"
        + "  0 engagements, 0 diagnostic studies, 0 action plans, 0 indicators, 3 trainings, 2 linkages, 1 reports\n");
  }

  @Test
  void groupsClustersByPhase() {
    assertThat(report).contains("Clusters by phase\n  no engagement records a phase");
    String tour = PortfolioReport.of(LifecycleTour.portfolio());
    assertThat(tour).contains("Clusters by phase\n  Exit (1): Electric fans cluster in Gujrat\n  no phase recorded (4)");
  }

  @Test
  void theTimelineHoldsTrainingsAndFollowUps() {
    assertThat(report).contains("2005-05    Training-of-trainers programme for cluster development agents");
    assertThat(report).contains("2008-05    Review meeting");
  }
  @Test
  void showsSelectionsWithTheirDecisionAndRankingAndNetworksWithTheirBroker() {
    assertThat(report).contains("\nSelections\n  Selection of the five pilot clusters, 5 candidate(s): decided 2001 by the "
        + "Pakistani counterparts: selected Electric fans cluster in Gujrat; ");
    assertThat(report).contains("(for their export potential)\n");
    assertThat(report).contains("  Additional clusters prepared by TDAP for inclusion into the programme, 7 candidate(s): "
        + "no decision recorded\n");
    assertThat(report).contains("\nNetworks\n  no network recorded\n");
    String tour = PortfolioReport.of(LifecycleTour.portfolio());
    assertThat(tour).contains("    ranking: 1. Electric fans cluster in Gujrat (0.9), 2. Cutlery cluster in Wazirabad "
        + "(0.65), 3. Ready-made garments cluster in Lahore (0.6)\n");
    assertThat(tour).contains("\nNetworks\n  Gujrat fan exporters (illustrative): horizontal, 8 firms, broker Network "
        + "broker (illustrative)\n");
  }
}
