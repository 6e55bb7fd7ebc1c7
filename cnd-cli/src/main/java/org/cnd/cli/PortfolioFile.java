package org.cnd.cli;

import org.cnd.report.PlainText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The portfolio document a command works on ({@code report}, {@code map}, {@code export}), opened and read the same
 * way for each: a file that cannot be opened is a usage error (exit 2), a document that cannot be read is refused
 * with its problems (exit 1), and a document read with rule violations is worked on and then reported invalid.
 */
final class PortfolioFile {
  private final Path file;
  private final DocumentReport report;

  private PortfolioFile(Path file, DocumentReport report) {
    this.file = file;
    this.report = report;
  }

  /**
   * The document read, or empty after saying on {@code err} why it cannot be opened; {@code -} is standard input, and
   * a file is opened as {@code validate} opens it (the same messages, control characters escaped).
   */
  static Optional<PortfolioFile> open(Path file, CommandSpec spec, PrintWriter err) {
    return of(read(file, spec, err));
  }

  /** The file read as {@link #open} reads it, saying on {@code err} why when it cannot be opened. */
  static ValidateCommand.FileResult read(Path file, CommandSpec spec, PrintWriter err) {
    ValidateCommand.FileResult opened = ValidateCommand.check(CndJson.create(), file, spec);
    if (opened.openError != null) {
      err.println(PlainText.escape(file.toString()) + ": cannot open: " + PlainText.escape(opened.openError));
    }
    return opened;
  }

  /** The document of a file read, or empty when it could not be opened. */
  static Optional<PortfolioFile> of(ValidateCommand.FileResult read) {
    return read.openError != null ? Optional.empty()
        : Optional.of(new PortfolioFile(Path.of(read.file), read.report));
  }

  /** The portfolio, or empty when the document could not be read at all. */
  Optional<Portfolio> portfolio() {
    return report.portfolio();
  }

  /** Prints each problem as {@code validate} does, one a line, with the given indentation. */
  void printProblems(PrintWriter to, String indent) {
    for (Problem p : report.problems()) {
      to.println(indent + ValidateCommand.line(file.toString(), p));
    }
  }

  /** The problems found in reading, at most the reader's maximum of them. */
  List<Problem> problems() {
    return report.problems();
  }

  /** How many problems were found beyond {@link #problems()}. */
  long omitted() {
    return report.omitted();
  }

  /** Whether the document was read and has no error. */
  boolean isValid() {
    return report.isValid();
  }

  boolean hasProblems() {
    return !report.problems().isEmpty();
  }

  /** The exit code once the work is done: 0 when the document is valid, 1 when it holds an error. */
  int exitCode() {
    return report.isValid() ? CndCommand.OK : CndCommand.INVALID;
  }
}
