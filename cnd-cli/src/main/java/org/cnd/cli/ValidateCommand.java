package org.cnd.cli;

import org.cnd.report.PlainText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cnd validate [--json] [--recursive] [--max-problems N] FILE|DIR|-...}: reads each file and runs every
 * rule; one line per problem. Files are validated one at a time and each report is printed as soon as it is done,
 * so that no portfolio is kept after its report.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Read each portfolio document and check every rule of the format and the model. '-' reads standard input; "
          + "a directory stands for the *.json files in it (in its subdirectories too with --recursive), in the "
          + "order of their names.",
      "Exit 0 when every file reads and has no error (warnings allowed), 1 when a file has an error, "
          + "2 for a usage error, a file that cannot be opened or output that cannot be written, "
          + "3 for an internal failure (out of memory); with several files the highest code wins."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Problems printed per document unless {@code --max-problems} says otherwise. */
  static final int DEFAULT_MAX_PROBLEMS = 1000;

  @Spec CommandSpec spec;

  @Option(names = "--json",
      description = "Print one JSON document on standard output instead of text lines (its schema: "
          + "cnd-cli/CLI.md).")
  boolean json;

  @Option(names = {"-r", "--recursive"}, description = "Validate the *.json files in the subdirectories of a "
      + "directory too.")
  boolean recursive;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_PROBLEMS,
      description = "Print at most N problems per document (default: ${DEFAULT-VALUE}); the report says how many "
          + "more were found.")
  int maxProblems;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Portfolio documents (JSON) to validate, directories of them, or '-' for standard input.")
  List<Path> files;

  @Override
  public Integer call() {
    if (maxProblems < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-problems must be at least 1, found " + maxProblems);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The library keeps the first maxProblems problems and counts the rest, so a hostile document's report is small.
    CndJson reader = CndJson.builder().maxProblems(maxProblems).build();
    JsonOutput.Validation jsonOut = json ? JsonOutput.validation(out) : null;
    int exit = CndCommand.OK;
    for (Path argument : files) {
      for (Path file : expand(argument)) {
        FileResult result = check(reader, file);
        exit = Math.max(exit, result.exitCode());
        if (jsonOut != null) {
          jsonOut.file(result, maxProblems);
        } else {
          print(result, out, err);
        }
        // Each report goes out before the next file is read: a long run shows progress, and nothing piles up.
        out.flush();
      }
    }
    if (jsonOut != null) {
      jsonOut.end(exit);
    }
    return exit;
  }

  private void print(FileResult r, PrintWriter out, PrintWriter err) {
    String name = PlainText.escape(r.file);
    if (r.openError != null) {
      err.println(name + ": cannot open: " + PlainText.escape(r.openError));
      err.flush();
      return;
    }
    List<Problem> problems = r.report.problems();
    int shown = Math.min(problems.size(), maxProblems);
    for (int i = 0; i < shown; i++) {
      out.println(line(r.file, problems.get(i)));
    }
    long more = problems.size() - shown + r.report.omitted();
    if (more > 0) {
      out.println(more(r.file, more) + " (--max-problems " + maxProblems + ")");
    }
    if (problems.isEmpty() && r.report.omitted() == 0) {
      out.println(name + ": valid");
    }
  }

  /**
   * The files an argument stands for: {@code -}, a file, or the {@code *.json} files of a directory (of its
   * subdirectories too when recursive), sorted by their path so that every run has the same order. Symbolic links
   * to directories are not followed inside a directory (no loop); a directory that cannot be listed is itself a
   * file that cannot be opened.
   */
  private List<Path> expand(Path argument) {
    if (argument.toString().equals("-") || !Files.isDirectory(argument)) {
      return List.of(argument);
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> entries = recursive ? Files.walk(argument) : Files.list(argument)) {
      entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .forEach(found::add);
    } catch (IOException | UncheckedIOException e) {
      return List.of(argument);
    }
    found.sort(null);
    return found.isEmpty() ? List.of(argument) : found;
  }

  /** {@code FILE: 1 more problem not shown}, {@code FILE: 2 more problems not shown}. */
  static String more(String file, long more) {
    return PlainText.escape(file) + ": " + PlainText.count(more, "more problem", "more problems") + " not shown";
  }

  /** {@code FILE: SEVERITY RULE at PATH (line L, column C): MESSAGE}, control characters escaped. */
  static String line(String file, Problem p) {
    return PlainText.escape(file) + ": " + PlainText.escape(p.toString());
  }

  /** Opens and validates one file, or {@code -} (standard input); never throws for a bad or missing file. */
  FileResult check(CndJson reader, Path file) {
    return check(reader, file, spec);
  }

  /** As {@link #check(CndJson, Path)}, for any command of the tool. */
  static FileResult check(CndJson reader, Path file, CommandSpec spec) {
    String name = file.toString();
    try {
      if (name.equals("-")) {
        return FileResult.checked(name, reader.validate(CndCommand.stdin(spec)));
      }
      String why = unopenable(file);
      if (why != null) {
        return FileResult.unopened(name, why);
      }
      return FileResult.checked(name, reader.validate(file));
    } catch (UncheckedIOException e) {
      return FileResult.unopened(name, String.valueOf(e.getCause().getMessage()));
    }
  }

  /** Why a file cannot be opened for reading, or null when it can. */
  private static String unopenable(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(file) ? "dangling symbolic link" : "no such file";
    } catch (AccessDeniedException e) {
      return "permission denied";
    } catch (FileSystemException e) {
      // ELOOP comes here, with the system's words: "Too many levels of symbolic links".
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      return Files.isSymbolicLink(file) ? "symbolic link loop (" + reason + ")" : reason;
    } catch (IOException e) {
      return String.valueOf(e.getMessage());
    }
    if (attributes.isDirectory()) {
      return "a directory with no *.json file";
    }
    if (!Files.isReadable(file)) {
      return "permission denied";
    }
    return null;
  }

  /** What was found in one file: a report, or why it could not be opened. */
  static final class FileResult {
    final String file;
    final DocumentReport report;
    final String openError;

    private FileResult(String file, DocumentReport report, String openError) {
      this.file = file;
      this.report = report;
      this.openError = openError;
    }

    static FileResult checked(String file, DocumentReport report) {
      return new FileResult(file, report, null);
    }

    static FileResult unopened(String file, String why) {
      return new FileResult(file, null, why);
    }

    /** 2 when it could not be opened, 1 when it has an error, 0 otherwise. */
    int exitCode() {
      if (openError != null) {
        return CndCommand.USAGE;
      }
      return report.isValid() ? CndCommand.OK : CndCommand.INVALID;
    }
  }
}
