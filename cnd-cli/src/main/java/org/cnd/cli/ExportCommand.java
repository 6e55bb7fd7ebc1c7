package org.cnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cnd.core.Portfolio;
import org.cnd.report.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cnd export --format csv --collection NAME FILE}: a portfolio's data for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a collection of a portfolio as a table (CSV).",
      "Export a portfolio for other tools on standard output. csv: one collection as a table (RFC 4180, UTF-8, "
          + "a header row), one row per entity with the derived values beside the recorded ones; --collection "
          + "clusters, programmes, engagements or indicators.",
      "An unknown format or collection is a usage error (exit 2); a document with errors, exit 1."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats; each has its case in {@link #export}. */
  enum Format {
    CSV
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv.")
  Format format;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "With csv: clusters, programmes, engagements or indicators.")
  String collection;

  @Parameters(paramLabel = "FILE", description = "A portfolio document (JSON).")
  Path file;

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
    export(document.portfolio().get(), out);
    document.printProblems(err, "");
    return document.exitCode();
  }

  private void export(Portfolio portfolio, PrintWriter out) {
    switch (format) {
      case CSV -> out.print(CsvExport.toCsv(portfolio, table()));
    }
  }

  private CsvExport.Table table() {
    if (collection == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing --collection: --format csv exports one of clusters, programmes, engagements, indicators");
    }
    try {
      return CsvExport.Table.of(collection);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage().replace(collection, Ids.excerpt(collection)));
    }
  }
}
