package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ClusterId;
import org.cnd.examples.PakistanProgramme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final Document pakistan = Jsoup.parse(HtmlReport.render(Fixtures.pakistan()));
  private final Document tour = Jsoup.parse(HtmlReport.render(Fixtures.tourWithMaps()));

  @Test
  void isOneFileThatLoadsNothing() {
    for (Document d : new Document[] {pakistan, tour}) {
      assertThat(d.select("script, link, img, iframe, object, embed")).isEmpty();
      assertThat(d.select("[src], [href]").stream().map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")))
          .allMatch(u -> u.startsWith("#"));
      assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
      assertThat(d.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    }
  }

  @Test
  void showsProgrammesWithStatusPeriodBudgetAndFunding() {
    Element row = pakistan.select("#programmes tbody tr").stream()
        .filter(r -> r.text().contains("US/PAK/01/099")).findFirst().orElseThrow();
    assertThat(row.select("th").text()).isNotBlank();
    assertThat(row.text()).contains("Active since 2001", "USD 235,000.00");
    assertThat(pakistan.select("#programmes thead th").eachText())
        .containsExactly("Programme", "Code", "Status", "Period", "Budget", "Funding by source and kind",
            "Counterparts' share");
  }

  @Test
  void saysAnUnknownAmountIsUnknownNeverZero() {
    assertThat(pakistan.select("#programmes").text()).contains("amount unknown").doesNotContain("0.0%");
  }

  @Test
  void hasRealHeadingsAndTablesWithHeaders() {
    assertThat(tour.select("h1")).hasSize(1);
    assertThat(tour.select("h2").eachText()).contains("Programmes", "Clusters", "Funding by source", "Timeline",
        "Electric fans cluster in Gujrat");
    for (Element table : tour.select("table")) {
      assertThat(table.select("caption").text()).isNotBlank();
      assertThat(table.select("thead th[scope=col]")).isNotEmpty();
    }
  }

  @Test
  void givesEveryChartATextAlternative() {
    assertThat(tour.select("svg")).hasSizeGreaterThanOrEqualTo(4);
    for (Element svg : tour.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      String[] labels = svg.attr("aria-labelledby").split(" ");
      assertThat(labels).hasSize(2);
      assertThat(tour.getElementById(labels[0]).text()).isNotBlank();
      assertThat(tour.getElementById(labels[1]).text()).isNotBlank();
    }
  }

  @Test
  void tellsTheClusterStoryWithItsMapPlanAndIndicators() {
    Element story = tour.getElementById("cluster-gujrat-electric-fans");
    assertThat(story).isNotNull();
    assertThat(story.select("h3").eachText()).contains("Selection and lifecycle", "Diagnostic",
        "Action plan, version 1", "Action plan, version 2", "Indicators", "Timeline");
    assertThat(story.select("svg#map-tour-gujrat-fans-diagnostic")).hasSize(1);
    assertThat(story.select("ul.differences li").eachText())
        .contains("Missing actor to bring in: exporters and foreign buyers (buyers)");
    assertThat(story.text()).contains("Common testing laboratory", "USD 120,000.00", "PSIC USD 100,000.00");
    assertThat(story.select("svg#indicator-tour-gujrat-fans-exporters desc").text())
        .contains("baseline 5 enterprises (2002-01)", "measurement 16 enterprises (2005-01)",
            "target 15 enterprises (2005)");
    assertThat(story.text()).contains("110.0% of the way from baseline to target; target met");
  }

  @Test
  void chartsTheClustersByPhaseAndTheTimeline() {
    assertThat(tour.select("#funnel desc").text()).isEqualTo("Exit: 1.");
    assertThat(pakistan.select("#funnel")).isEmpty();
    assertThat(pakistan.select("#clusters").text()).contains("No engagement records a phase.");
    assertThat(pakistan.select("#timeline-chart desc").text()).startsWith("Dated events per year: ");
  }

  @Test
  void rendersOneClusterOnRequestAndRefusesAnUnknownOne() {
    Document one = Jsoup.parse(HtmlReport.render(Fixtures.pakistan(),
        HtmlReport.Options.cluster(PakistanProgramme.SIALKOT_SPORTS)));
    assertThat(one.select("section.story")).hasSize(1);
    assertThat(one.select("section.story h2").text()).isEqualTo("Sports goods cluster in Sialkot");
    assertThatThrownBy(() -> HtmlReport.render(Fixtures.pakistan(), HtmlReport.Options.cluster(ClusterId.of("nowhere"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown cluster \"nowhere\": expected the id of one of the portfolio's 24 clusters");
  }

  @Test
  void cutsLongTablesAndLeavesOutStoriesPastTheLimits() {
    Portfolio tour = Fixtures.tourWithMaps();
    Document small = Jsoup.parse(HtmlReport.render(tour, new HtmlReport.Options(java.util.Optional.empty(), 0, 3)));
    assertThat(small.select("#timeline tbody tr")).hasSize(3);
    assertThat(small.select("#timeline p.note").text()).startsWith("And ");
    assertThat(small.select("section.story")).isEmpty();
    assertThat(small.text()).contains("1 cluster has a story").doesNotContain("1 clusters");
    assertThat(small.select("header, p").text()).contains("1 programme, 5 clusters").contains("1 diagnostic study")
        .doesNotContain("1 programmes").doesNotContain("1 reports");
  }

  @Test
  void writesTheSameBytesAsItRendersEveryTime() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.write(Fixtures.tourWithMaps(), HtmlReport.Options.defaults(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(Fixtures.tourWithMaps()));
  }

  @Test
  void escapesTheDataItShows() {
    Portfolio p = Fixtures.tour().withCluster(org.cnd.core.cluster.Cluster.builder()
        .from(Fixtures.tour().cluster(PakistanProgramme.GUJRAT_FANS).orElseThrow())
        .name("Fans <script>alert(1)</script> & co").build());
    String html = HtmlReport.render(p);
    assertThat(html).doesNotContain("<script>").contains("Fans &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  }
}
