package org.cnd.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnd validate [--json] FILE...}: reads each file and runs every rule; one line per problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Read each portfolio document and check every rule of the format and the model.",
      "Exit 0 when every file reads and has no error (warnings allowed), 1 when any file has an error, "
          + "2 for a usage error or a file that cannot be opened."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document on standard output instead of text lines.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Portfolio documents (JSON) to validate.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CndJson reader = CndJson.create();
    List<FileResult> results = new ArrayList<>();
    int exit = CndCommand.OK;
    for (Path file : files) {
      FileResult result = check(reader, file);
      results.add(result);
      if (result.openError != null) {
        exit = CndCommand.USAGE;
      } else if (!result.report.isValid() && exit == CndCommand.OK) {
        exit = CndCommand.INVALID;
      }
    }
    if (json) {
      out.println(JsonOutput.validation(results));
    } else {
      for (FileResult r : results) {
        if (r.openError != null) {
          err.println(r.file + ": cannot open: " + r.openError);
          continue;
        }
        for (Problem p : r.report.problems()) {
          out.println(line(r.file, p));
        }
        if (r.report.problems().isEmpty()) {
          out.println(r.file + ": valid");
        }
      }
    }
    return exit;
  }

  /** {@code FILE: SEVERITY RULE at PATH (line L, column C): MESSAGE}; line and column when known. */
  static String line(String file, Problem p) {
    return file + ": " + p;
  }

  private static FileResult check(CndJson reader, Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return FileResult.unopened(name, Files.exists(file) ? "not a readable file" : "no such file");
    }
    try {
      return FileResult.checked(name, reader.validate(file));
    } catch (UncheckedIOException e) {
      return FileResult.unopened(name, e.getCause().getMessage());
    }
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
  }
}
