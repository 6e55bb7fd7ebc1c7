package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.examples.LifecycleTour;
import org.junit.jupiter.api.Test;

/** The one-line calls README's "Reports" section shows (its Java block is the region below; ReadmeTest). */
class ReadmeCallsTest {
  @Test
  void everyCallGivesItsDocument() {
    Portfolio portfolio = LifecycleTour.portfolio();
    DiagnosticStudy study = portfolio.diagnosticStudies().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // README:start
    Summary summary = Summary.of(portfolio);                       // the derived values, in Java
    SummaryJson.write(summary, out);                               // ... as JSON (schema: SummaryJson.schema())
    String html = HtmlReport.render(portfolio, HtmlReport.Options.defaults());  // or Options.cluster(id)
    String svg = ClusterMapSvg.render(study);                      // one diagnostic study's cluster maps
    CsvExport.write(portfolio, CsvExport.Table.of("clusters"), out);  // clusters|programmes|engagements|indicators
    String text = TextReport.render(portfolio);                    // wrapped at 100 characters
    // README:end
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).startsWith("{").contains("cnd-summary");
    assertThat(written).contains("\r\n").endsWith("\r\n");
    assertThat(html).contains("<!DOCTYPE html>");
    assertThat(svg).contains("<svg");
    assertThat(text).contains(portfolio.clusters().get(0).name());
  }
}
