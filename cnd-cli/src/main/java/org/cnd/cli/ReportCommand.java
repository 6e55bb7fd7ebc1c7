package org.cnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnd report FILE}: a readable summary of a portfolio document. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Print a readable summary of a portfolio: programmes with their status, clusters by province, sector and "
          + "phase, the timeline, funding by source and the counterparts' share, selections and networks.",
      "A document that cannot be read is refused (exit 1) with its problems; rule violations are listed after "
          + "the summary."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A portfolio document (JSON), or '-' for standard input.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidateCommand.FileResult opened = ValidateCommand.check(CndJson.create(), file, spec);
    if (opened.openError != null) {
      err.println(Escape.text(file.toString()) + ": cannot open: " + Escape.text(opened.openError));
      return CndCommand.USAGE;
    }
    DocumentReport report = opened.report;
    if (report.portfolio().isEmpty()) {
      report.problems().forEach(p -> err.println(ValidateCommand.line(file.toString(), p)));
      return CndCommand.INVALID;
    }
    out.print(PortfolioReport.of(report.portfolio().get()));
    if (!report.problems().isEmpty()) {
      out.println();
      out.println("Problems");
      for (Problem p : report.problems()) {
        out.println("  " + ValidateCommand.line(file.toString(), p));
      }
    }
    return report.isValid() ? CndCommand.OK : CndCommand.INVALID;
  }
}
