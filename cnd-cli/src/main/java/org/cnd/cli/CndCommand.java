package org.cnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cnd} command-line tool, for integrators who never write Java: validate JSON portfolios, summarise
 * them, print the examples and the JSON Schema, and run the demo.
 *
 * <p>Exit codes: 0 success; 1 a file read but has errors (syntax, format or rule); 2 a usage error or a file that
 * cannot be opened.
 */
@Command(
    name = "cnd",
    mixinStandardHelpOptions = true,
    versionProvider = CndCommand.Version.class,
    description = "Validate, summarise and produce CND portfolio documents (JSON).",
    subcommands = {
      ValidateCommand.class,
      ReportCommand.class,
      MapCommand.class,
      ExportCommand.class,
      ExampleCommand.class,
      SchemaCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CndCommand implements Runnable {
  /** Exit code: every file read and has no error. */
  public static final int OK = 0;
  /** Exit code: some file has an error (syntax, format or rule). */
  public static final int INVALID = 1;
  /** Exit code: a usage error, or a file that cannot be opened. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: expected one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Runs the tool with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CndCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      err.println("cnd: " + ex.getMessage());
      err.println("Try 'cnd --help' for more information.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Bad input never reaches here (commands report it); this is a bug of the tool: say so in one line.
      err.println("cnd: internal error: " + ex);
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The entry point of {@code java -jar cnd.jar}. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Reads the version from the jar's manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CndCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cnd " + (version == null ? "(development build)" : version)};
    }
  }
}
