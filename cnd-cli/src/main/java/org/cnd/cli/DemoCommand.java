package org.cnd.cli;

import org.cnd.report.PlainText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnd.core.Portfolio;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.cnd.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cnd demo}: the main job end to end. Builds the Pakistan portfolio, writes it to a file, reads it back,
 * validates it, prints the report, and walks the lifecycle tour.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the main job end to end: build the Pakistan portfolio, write it as JSON, read it back, "
        + "validate it, print its report, and walk the lifecycle tour.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the Pakistan portfolio (default: a file in a new temporary directory, removed at the end). Written to a temporary file beside it, forced to the disk, then moved over it: on failure an old FILE is left as it was.")
  Path target;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CndJson json = CndJson.create();

    out.println("1. Build the Pakistan CND programme with the Java API");
    Portfolio built = PakistanProgramme.portfolio();
    out.println("   " + PlainText.count(built.programmes().size(), "programme", "programmes") + ", "
        + PlainText.count(built.clusters().size(), "cluster", "clusters") + ", "
        + PlainText.count(built.organisations().size(), "organisation", "organisations"));

    // Without --out the file is the demo's own: it lives in a directory of its own, removed at the end.
    Path scratch = target == null ? Files.createTempDirectory("cnd-demo-") : null;
    try {
      Path file = target != null ? target : scratch.resolve("pakistan.json");
      out.println("2. Write it as JSON");
      try {
        // Atomic: a failure (a full disk) leaves the old file whole and no temporary file behind.
        json.write(built, file);
      } catch (UncheckedIOException e) {
        IOException cause = e.getCause();
        spec.commandLine().getErr().println("cnd demo: cannot write " + PlainText.escape(file.toString()) + ": "
            + PlainText.escape(describe(file, cause)));
        return CndCommand.USAGE;
      }
      out.printf("   %s (%d bytes)%n", PlainText.escape(file.toString()), Files.size(file));
      return readBack(json, built, file, out);
    } finally {
      if (scratch != null) {
        Files.deleteIfExists(scratch.resolve("pakistan.json"));
        Files.deleteIfExists(scratch);
      }
    }
  }

  private static String describe(Path file, IOException e) {
    if (Files.isDirectory(file)) {
      return "a directory is in the way";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.DirectoryNotEmptyException || e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a directory is in the way";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static int readBack(CndJson json, Portfolio built, Path file, PrintWriter out) {
    out.println("3. Read it back and validate it");
    DocumentReport report = json.validate(file);
    boolean same = report.portfolio().map(built::equals).orElse(false);
    out.printf("   read back %s the portfolio built; %s%n", same ? "equals" : "DIFFERS FROM",
        report.isClean() ? "no problem found"
            : PlainText.count(report.problems().size(), "problem", "problems"));
    report.problems().forEach(p -> out.println("   " + ValidateCommand.line(file.toString(), p)));

    out.println("4. Report");
    out.println();
    out.print(TextReport.render(report.portfolio().orElse(built)));

    out.println();
    out.println("5. Walk the lifecycle tour");
    LifecycleTour.run(out);
    return same && report.isValid() ? CndCommand.OK : CndCommand.INVALID;
  }
}
