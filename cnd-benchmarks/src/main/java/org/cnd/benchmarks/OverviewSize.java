package org.cnd.benchmarks;

import java.io.ByteArrayOutputStream;
import org.cnd.core.Portfolio;
import org.cnd.report.HtmlReport;
import org.cnd.report.Summary;
import org.cnd.report.SummaryJson;

/**
 * Prints the size of the HTML overview and of the JSON summary of the synthetic portfolio at the scales given
 * (default 1,000, 10,000 and 100,000 clusters): the overview must stay a size a browser opens.
 */
public final class OverviewSize {
  private OverviewSize() {}

  /** Prints {@code clusters html-bytes summary-bytes} for each scale. */
  public static void main(String[] args) {
    String[] scales = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
    for (String scale : scales) {
      Portfolio p = SyntheticPortfolio.generate(Integer.parseInt(scale));
      ByteArrayOutputStream html = new ByteArrayOutputStream();
      HtmlReport.write(p, HtmlReport.Options.defaults(), html);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      SummaryJson.write(Summary.of(p), json);
      System.out.printf("%s clusters: HTML overview %,d bytes, JSON summary %,d bytes%n", scale, html.size(),
          json.size());
    }
  }
}
