package org.cnd.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ClusterId;
import org.cnd.report.internal.CoreTimeline;
import org.cnd.report.internal.ReportPage;

/**
 * The report for people: one self-contained HTML file (no script, no external font, image or style; a content
 * security policy that forbids loading anything), readable from a {@code file:} URL and in print. It holds the
 * portfolio overview (programmes with status, period, budget and funding; clusters by phase as a funnel, by province
 * and by sector; funding by source; the timeline charted and listed) and each cluster's story (lifecycle,
 * diagnostic with its cluster map, action plans with activities and budgets, indicators charted, trainings,
 * linkages, timeline). Every chart has a text alternative and a table of its values beside it.
 *
 * <p>The page stays a size a browser opens whatever the portfolio: tables are cut at {@link Options#rowLimit()}
 * rows (the number left out is said), and above {@link Options#storyLimit()} clusters with a story the stories are
 * left out of the overview; {@link Options#cluster(ClusterId)} renders one cluster's. Templates are compiled jte
 * templates, which escape every value for its HTML context. Deterministic: the same portfolio gives the same bytes.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      HtmlReport.class.getClassLoader(), "org.cnd.report.internal.templates");

  private HtmlReport() {}

  /**
   * What to render.
   *
   * @param only the one cluster whose story to tell; empty for every cluster's, up to the story limit
   * @param storyLimit the most stories the overview tells
   * @param rowLimit the most rows of a table
   */
  public record Options(Optional<ClusterId> only, int storyLimit, int rowLimit) {
    /** Checks the limits. */
    public Options {
      Objects.requireNonNull(only, "only");
      if (storyLimit < 0 || rowLimit < 1) {
        throw new IllegalArgumentException("Invalid limits: expected a story limit of 0 or more and a row limit of 1"
            + " or more, found " + storyLimit + " and " + rowLimit);
      }
    }

    /** The overview with the stories of up to 50 clusters and tables of up to 200 rows. */
    public static Options defaults() {
      return new Options(Optional.empty(), 50, 200);
    }

    /** The overview with one cluster's story. */
    public static Options cluster(ClusterId cluster) {
      return defaults().withOnly(cluster);
    }

    /** These options with one cluster's story. */
    public Options withOnly(ClusterId cluster) {
      return new Options(Optional.of(cluster), storyLimit, rowLimit);
    }
  }

  /**
   * The report as a string.
   *
   * @throws IllegalArgumentException when the options name a cluster the portfolio lacks
   */
  public static String render(Portfolio portfolio, Options options) {
    StringOutput out = new StringOutput();
    ENGINE.render("report.jte", page(portfolio, options), out);
    return out.toString();
  }

  /** The report with the default options. */
  public static String render(Portfolio portfolio) {
    return render(portfolio, Options.defaults());
  }

  /** Writes the report to the stream in UTF-8; the stream is left open. */
  public static void write(Portfolio portfolio, Options options, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Utf8ByteOutput bytes = new Utf8ByteOutput();
    ENGINE.render("report.jte", page(portfolio, options), bytes);
    try {
      bytes.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportPage page(Portfolio portfolio, Options options) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(options, "options");
    return ReportPage.of(portfolio, Summary.Counts.of(portfolio), Summary.programmes(portfolio),
        Summary.sources(portfolio.queries()), CoreTimeline.of(portfolio), options.only(),
        options.storyLimit(), options.rowLimit());
  }
}
