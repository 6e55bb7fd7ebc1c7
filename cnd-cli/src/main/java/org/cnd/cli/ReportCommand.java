package org.cnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ClusterId;
import org.cnd.report.HtmlReport;
import org.cnd.report.Summary;
import org.cnd.report.SummaryJson;
import org.cnd.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cnd report [--format text|json|html] [--cluster ID] FILE}: a portfolio for people or for programs. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report on a portfolio, as text (the default), as the JSON summary or as HTML.",
      "Report on a portfolio: as text (the default; programmes with status, period, budget and funding, clusters "
          + "by province, sector and phase, indicator progress, the timeline), as the JSON summary of the derived "
          + "values (its schema: cnd-report/REPORT.md), or as one self-contained HTML file with the cluster maps "
          + "drawn.",
      "A document that cannot be read is refused (exit 1) with its problems; rule violations are listed after "
          + "the text report, or on standard error for json and html, and the exit code is then 1."
    })
final class ReportCommand implements Callable<Integer> {
  /** The renderings of a report. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), json or html.")
  Format format;

  @Option(names = "--cluster", paramLabel = "ID",
      description = "With --format html: the overview with this one cluster's story.")
  String cluster;

  @Parameters(paramLabel = "FILE", description = "A portfolio document (JSON), or '-' for standard input.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (cluster != null && format != Format.HTML) {
      throw new ParameterException(spec.commandLine(),
          "--cluster applies to --format html only: found --format " + format.name().toLowerCase());
    }
    Optional<PortfolioFile> opened = PortfolioFile.open(file, spec, err);
    if (opened.isEmpty()) {
      return CndCommand.USAGE;
    }
    PortfolioFile document = opened.get();
    if (document.portfolio().isEmpty()) {
      document.printProblems(err, "");
      return CndCommand.INVALID;
    }
    Portfolio portfolio = document.portfolio().get();
    switch (format) {
      case TEXT -> {
        out.print(TextReport.render(portfolio));
        if (document.hasProblems()) {
          out.println();
          out.println("Problems");
          document.printProblems(out, "  ");
        }
        return document.exitCode();
      }
      case JSON -> Output.print(out, SummaryJson.toJson(Summary.of(portfolio)));
      case HTML -> Output.print(out, HtmlReport.render(portfolio, options(portfolio)));
    }
    document.printProblems(err, "");
    return document.exitCode();
  }

  private HtmlReport.Options options(Portfolio portfolio) {
    if (cluster == null) {
      return HtmlReport.Options.defaults();
    }
    Optional<ClusterId> id = Ids.parse(ClusterId::of, cluster);
    if (id.isEmpty() || portfolio.cluster(id.get()).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Unknown cluster \"" + Ids.excerpt(cluster)
          + "\" in " + file + ": expected the id of one of its " + portfolio.clusters().size() + " clusters, such as "
          + portfolio.clusters().stream().limit(3).map(c -> c.id().value()).collect(Collectors.joining(", ")));
    }
    return HtmlReport.Options.cluster(id.get());
  }
}
