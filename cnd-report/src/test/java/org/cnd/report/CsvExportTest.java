package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.cluster.Cluster;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void writesAHeaderRowAndOneRowPerClusterWithItsCurrentPhases() {
    String csv = CsvExport.toCsv(Fixtures.tour(), CsvExport.Table.CLUSTERS);
    List<String> lines = List.of(csv.split("\r\n", -1));
    assertThat(lines.get(0)).isEqualTo("id,name,country,subdivision,localities,sector,isic,kind,current_phases,programmes");
    assertThat(lines).hasSize(Fixtures.tour().clusters().size() + 2);
    assertThat(lines.get(lines.size() - 1)).isEmpty();
    assertThat(lines).anyMatch(l -> l.startsWith("gujrat-electric-fans,") && l.endsWith(",exit,us-pak-01-099"));
  }

  @Test
  void writesProgrammesWithTheirFundingAndTheUnknownCountedApart() {
    String csv = CsvExport.toCsv(Fixtures.pakistan(), CsvExport.Table.PROGRAMMES);
    assertThat(csv).startsWith("id,title,code,period_start,period_end,budget_currency,budget_amount,target_clusters,"
        + "status,status_since,funding_commitments,funding_known,funding_commitments_of_unknown_amount,"
        + "counterpart_share,counterpart_share_of_known_amounts\r\n");
    assertThat(csv).contains("us-pak-01-099,SME cluster development in Pakistan: the five pilot clusters,"
        + "US/PAK/01/099,2001-06~,,USD,235000.00,");
    assertThat(csv).contains(",active,2001-06~,2,,2,,\r\n");
  }

  @Test
  void writesEngagementsAndIndicatorsWithTheirDerivedValues() {
    assertThat(CsvExport.toCsv(Fixtures.tour(), CsvExport.Table.ENGAGEMENTS)).endsWith(
        "tour-gujrat-fans,us-pak-01-099,gujrat-electric-fans,9,Gujrat fan cluster committee (illustrative),exit,2005-03,\r\n");
    assertThat(CsvExport.toCsv(Fixtures.tour(), CsvExport.Table.INDICATORS)).contains(
        ",number,enterprises,increase,2,5,2002-01,16,2005-01,15,2005,1.1,true\r\n");
  }

  @Test
  void quotesWhatRfc4180Quotes() {
    Portfolio p = Fixtures.tour().withCluster(Cluster.builder()
        .from(Fixtures.tour().cluster(PakistanProgramme.GUJRAT_FANS).orElseThrow())
        .name("Fans, \"Gujrat\"\nand around").build());
    assertThat(CsvExport.toCsv(p, CsvExport.Table.CLUSTERS))
        .contains("gujrat-electric-fans,\"Fans, \"\"Gujrat\"\"\nand around\",PK,");
  }

  @Test
  void namesTheCollectionsByTheirCodes() {
    assertThat(CsvExport.Table.of("indicators")).isEqualTo(CsvExport.Table.INDICATORS);
    assertThatThrownBy(() -> CsvExport.Table.of("studies")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown collection \"studies\": expected one of clusters, programmes, engagements, indicators");
  }
}
