package org.cnd.cli;

import org.cnd.report.PlainText;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cnd.core.Portfolio;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.programme.LanguageCode;
import org.cnd.iati.IatiExport;
import org.cnd.iati.IatiExportResult;
import org.cnd.iati.IatiOptions;
import org.cnd.json.AtomicFiles;
import org.cnd.json.Problem;
import org.cnd.report.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cnd export --format csv|iati [OPTIONS] FILE}: a portfolio's data for other tools, on standard output or in
 * a file written atomically. The IATI options are {@link IatiOptions}' own, in its words.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a portfolio for other tools: a collection as a table (CSV), or the programmes as IATI activities.",
      "Export a portfolio for other tools, on standard output or into --out FILE. csv: one collection as a table "
          + "(RFC 4180, UTF-8, a header row), one row per entity with the derived values beside the recorded ones; "
          + "--collection clusters, programmes, engagements or indicators. iati: an IATI Activity Standard 2.03 "
          + "document (XML), one activity per programme (cnd-iati/IATI.md); what IATI requires and the data lacks "
          + "is a problem, printed as validate prints them, and the document is then not written.",
      "Exit 0 when the export is written without error (warnings allowed), 1 when the document or the export has "
          + "an error (with --write-what-it-can the activities that can be written are written, and the exit code "
          + "is still 1), 2 for a usage error, a file that cannot be opened or output that cannot be written."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats; each has its case in {@link #export}. */
  enum Format {
    CSV,
    IATI
  }

  /** The options that apply to {@code --format iati} only. */
  private static final List<String> IATI_ONLY = List.of("--programme", "--reporting-org", "--language",
      "--approximate-dates", "--engagement-activities", "--no-build-identifiers", "--write-what-it-can");

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv or iati.")
  Format format;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "With csv: clusters, programmes, engagements or indicators.")
  String collection;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the export into FILE instead of standard output: to a temporary file beside it, "
          + "forced to the disk, then moved over it; when the export is refused or fails, an old FILE is left as "
          + "it was.")
  Path target;

  @Option(names = "--json",
      description = "Print the problems as one JSON document on standard output (the schema of validate --json, "
          + "cnd-cli/CLI.md); needs --out FILE for the export itself.")
  boolean json;

  @Option(names = "--programme", paramLabel = "ID",
      description = "With iati: export this programme (repeatable; default: every programme).")
  List<String> programmes = new ArrayList<>();

  @Option(names = "--reporting-org", paramLabel = "ID",
      description = "With iati: the organisation (its id in the portfolio) that reports every activity; default: "
          + "each programme's only accountable participant, else its only implementing one.")
  String reportingOrganisation;

  @Option(names = "--language", paramLabel = "CODE",
      description = "With iati: the language (ISO 639-1) of programmes that do not state theirs.")
  String language;

  @Option(names = "--approximate-dates",
      description = "With iati: write actual dates known less precisely than a day by the rule for planned dates "
          + "(a start its earliest day, an end its latest); default: only actual dates known to the day.")
  boolean approximateActualDates;

  @Option(names = "--engagement-activities",
      description = "With iati: one child activity per engagement of an exported programme.")
  boolean engagementActivities;

  @Option(names = "--no-build-identifiers",
      description = "With iati: do not build the identifier of a programme without one from the reporting "
          + "organisation's identifier and the programme's code.")
  boolean noBuildIdentifiers;

  @Option(names = "--write-what-it-can",
      description = "With iati: despite errors, write every activity that has all the elements IATI's schema "
          + "requires (exit 1 all the same).")
  boolean writeWhatItCan;

  @Parameters(paramLabel = "FILE", description = "A portfolio document (JSON), or '-' for standard input.")
  Path file;

  @Override
  public Integer call() {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidateCommand.FileResult read = PortfolioFile.read(file, spec, err);
    Optional<PortfolioFile> opened = PortfolioFile.of(read);
    if (opened.isEmpty()) {
      if (json) {
        JsonOutput.Validation report = JsonOutput.validation(out);
        report.file(read, 1);
        report.end(CndCommand.USAGE);
      }
      return CndCommand.USAGE;
    }
    PortfolioFile document = opened.get();
    // An invalid portfolio gives no IATI document (the export would refuse it, without the reading's lines).
    if (document.portfolio().isEmpty() || (format == Format.IATI && !document.isValid())) {
      return finish(out, err, document, List.of(), OptionalInt.empty(), CndCommand.OK);
    }
    Portfolio portfolio = document.portfolio().get();
    List<Problem> found = new ArrayList<>();
    OptionalInt written = OptionalInt.empty();
    byte[] bytes = null;
    switch (format) {
      case CSV -> bytes = CsvExport.toCsv(portfolio, table()).getBytes(StandardCharsets.UTF_8);
      case IATI -> {
        // Into memory first: a refused export writes nothing, to standard output or over an old --out FILE.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        IatiExportResult result = IatiExport.write(portfolio, iatiOptions(), buffer);
        result.problems().forEach(v -> found.add(Problem.of(v)));
        written = OptionalInt.of(result.activitiesWritten());
        if (result.isWritten()) {
          bytes = buffer.toByteArray();
        }
      }
    }
    boolean delivered = bytes == null || deliver(bytes, out, err);
    return finish(out, err, document, found, written, delivered ? CndCommand.OK : CndCommand.USAGE);
  }

  /** Writes the export to {@code --out} or standard output; false, after saying why, when the file fails. */
  private boolean deliver(byte[] bytes, PrintWriter out, PrintWriter err) {
    if (target == null) {
      out.print(new String(bytes, StandardCharsets.UTF_8));
      return true;
    }
    try {
      AtomicFiles.write(target, o -> o.write(bytes));
      return true;
    } catch (UncheckedIOException e) {
      err.println("cnd export: " + PlainText.escape(String.valueOf(e.getMessage())));
      return false;
    }
  }

  /**
   * Prints the reading's problems, then the export's, as {@code validate} prints them (text on standard error, or
   * the JSON report on standard output); returns the exit code: 1 when any of them is an error, at least
   * {@code least}.
   */
  private int finish(PrintWriter out, PrintWriter err, PortfolioFile document, List<Problem> found,
      OptionalInt activitiesWritten, int least) {
    List<Problem> all = new ArrayList<>(document.problems());
    all.addAll(found);
    boolean valid = document.isValid() && found.stream().noneMatch(p -> p.violation().isError());
    int code = Math.max(least, valid ? CndCommand.OK : CndCommand.INVALID);
    if (json) {
      JsonOutput.Validation report = JsonOutput.validation(out);
      report.file(file.toString(), valid, all, document.omitted(), activitiesWritten);
      report.end(code);
    } else {
      all.forEach(p -> err.println(ValidateCommand.line(file.toString(), p)));
      if (document.omitted() > 0) {
        err.println(ValidateCommand.more(file.toString(), document.omitted()));
      }
    }
    return code;
  }

  /** Options of one format given with another, and {@code --json} without {@code --out}, are usage errors. */
  private void checkOptions() {
    var parsed = spec.commandLine().getParseResult();
    if (format != Format.IATI) {
      for (String name : IATI_ONLY) {
        if (parsed.hasMatchedOption(name)) {
          throw new ParameterException(spec.commandLine(), name + " applies to --format iati only: found --format "
              + format.name().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    if (format != Format.CSV && collection != null) {
      throw new ParameterException(spec.commandLine(), "--collection applies to --format csv only: found --format "
          + format.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (json && target == null) {
      throw new ParameterException(spec.commandLine(),
          "--json prints the problems on standard output: expected --out FILE for the export itself");
    }
  }

  private IatiOptions iatiOptions() {
    IatiOptions.Builder options = IatiOptions.builder()
        .approximateActualDates(approximateActualDates)
        .engagementActivities(engagementActivities)
        .buildIdentifiers(!noBuildIdentifiers)
        .writeWhatItCan(writeWhatItCan);
    for (String id : programmes) {
      options.addProgrammes(id("--programme", ProgrammeId::of, id, "a programme id"));
    }
    if (reportingOrganisation != null) {
      options.reportingOrganisation(id("--reporting-org", OrganisationId::of, reportingOrganisation,
          "an organisation id"));
    }
    if (language != null) {
      options.language(id("--language", LanguageCode::of, language, "an ISO 639-1 code in lower case, such as en"));
    }
    return options.build();
  }

  private <T> T id(String option, Function<String, T> of, String text, String expected) {
    return Ids.parse(of, text).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Invalid " + option + " \"" + PlainText.escape(Ids.excerpt(text)) + "\": expected " + expected));
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
