package org.cnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.report.ClusterMapSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cnd map FILE STUDY-ID}: one diagnostic study's cluster map as SVG. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Draw one diagnostic study's cluster map as SVG.",
      "Draw the cluster map of one diagnostic study as an SVG picture on standard output (cnd map FILE STUDY-ID "
          + "> map.svg): principal firms in the centre, suppliers on one side, buyers on the other, support "
          + "institutions and services in a band below, the projected map beside today's with the differences "
          + "marked.",
      "An unknown study is a usage error (exit 2); a study without a cluster map, or a document with errors, "
          + "exit 1."
    })
final class MapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A portfolio document (JSON).")
  Path file;

  @Parameters(index = "1", paramLabel = "STUDY-ID", description = "The id of a diagnostic study of the portfolio.")
  String study;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    DiagnosticStudy found = Ids.parse(DiagnosticStudyId::of, study).flatMap(portfolio::diagnosticStudy)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "Unknown study \"" + Ids.excerpt(study)
            + "\" in " + file + ": expected " + expected(portfolio)));
    if (found.clusterMap().isEmpty()) {
      err.println(file + ": study " + found.id().value() + " has no cluster map to draw");
      document.printProblems(err, "");
      return CndCommand.INVALID;
    }
    Output.print(out, ClusterMapSvg.render(found));
    document.printProblems(err, "");
    return document.exitCode();
  }

  private static String expected(Portfolio portfolio) {
    if (portfolio.diagnosticStudies().isEmpty()) {
      return "the id of a diagnostic study, but the portfolio has none";
    }
    return "one of " + portfolio.diagnosticStudies().stream().limit(10).map(s -> s.id().value())
        .collect(Collectors.joining(", "))
        + (portfolio.diagnosticStudies().size() > 10 ? ", ..." : "");
  }
}
