package org.cnd.cli;

import org.cnd.report.PlainText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cnd} command-line tool, for integrators who never write Java: validate JSON portfolios, summarise
 * them, print the examples and the JSON Schema, and run the demo.
 *
 * <p>Exit codes: 0 success; 1 a file read but has errors (syntax, format or rule); 2 a usage error, a file that
 * cannot be opened, or output that cannot be written; 3 an internal failure (out of memory, a bug). With several
 * files the highest code wins. {@code cnd-cli/CLI.md} states the conventions.
 */
@Command(
    name = "cnd",
    mixinStandardHelpOptions = true,
    versionProvider = CndCommand.Version.class,
    description = "Validate, summarise and produce CND portfolio documents (JSON).",
    footer = {"", "Exit codes: 0 valid; 1 a file has an error; 2 a usage error, a file that cannot be opened or "
        + "output that cannot be written; 3 an internal failure (out of memory). With several files the highest "
        + "code wins. Conventions: cnd-cli/CLI.md."})
public final class CndCommand implements Runnable {
  /**
   * The commands, in the order of the help, by the name each one's {@code @Command} gives. picocli builds the model
   * of a command by reflection over its class, a good part of the tool's start-up: a run that names its command
   * first builds that one only; any other (none, an option first, a mistyped or the help command) builds them all.
   */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("map", MapCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("example", ExampleCommand::new);
    commands.put("schema", SchemaCommand::new);
    commands.put("demo", DemoCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  /** Exit code: every file read and has no error. */
  public static final int OK = 0;
  /** Exit code: some file has an error (syntax, format or rule). */
  public static final int INVALID = 1;
  /** Exit code: a usage error, a file that cannot be opened, or output that cannot be written. */
  public static final int USAGE = 2;

  /** Exit code: an internal failure of the tool (out of memory, a bug); one line on standard error. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What {@code -} reads, for the commands that take it. */
  private InputStream in = InputStream.nullInputStream();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: expected one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /**
   * Runs the tool with the given arguments and writers; returns the exit code. A writer that failed (its
   * {@code checkError()}) is a write error, as in {@link #run(String[], InputStream, OutputStream, OutputStream)},
   * whose reason a {@link PrintWriter} does not keep. Standard input is empty.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = execute(args, InputStream.nullInputStream(), out, err);
    if (out.checkError()) {
      err.println("cnd: write error: the output stream failed");
      err.flush();
      return Math.max(code, USAGE);
    }
    return code;
  }

  /**
   * Runs the tool on byte streams, as {@link #main} does: text is UTF-8; the output is checked, and a failure to
   * write it (a full disk, a closed stream) is reported as {@code cnd: write error: REASON} with exit code 2 (or 3
   * after an internal failure).
   */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    CheckedOutput checked = new CheckedOutput(out);
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), false);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code = execute(args, in, outWriter, errWriter);
    outWriter.flush();
    if (checked.failure() != null || outWriter.checkError()) {
      String reason = checked.failure() == null ? "the output stream failed" : checked.failure().getMessage();
      errWriter.println("cnd: write error: " + PlainText.escape(String.valueOf(reason)));
      code = Math.max(code, USAGE);
    }
    errWriter.flush();
    return code;
  }

  private static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CndCommand root = new CndCommand();
    root.in = in;
    CommandLine cli = new CommandLine(root);
    // Before the settings below, which picocli passes on to the subcommands present when they are made.
    String first = args.length > 0 ? args[0] : "";
    if (COMMANDS.containsKey(first) && !first.equals("help")) {
      cli.addSubcommand(first, COMMANDS.get(first).get());
    } else {
      COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Path.class, CndCommand::path);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((ex, arguments) -> usageError(ex, arguments, out, err));
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, err));
    int code;
    try {
      code = cli.execute(args);
    } catch (VirtualMachineError | LinkageError | RuntimeException e) {
      // Out of memory or a bug: one line and the code of its own, never a stack trace or the code for "invalid".
      code = internalError(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Standard input, for the commands that read {@code -}. */
  static InputStream stdin(CommandLine.Model.CommandSpec spec) {
    return ((CndCommand) spec.root().userObject()).in;
  }

  private static int usageError(CommandLine.ParameterException ex, String[] arguments, PrintWriter out,
      PrintWriter err) {
    CommandLine where = ex.getCommandLine();
    String message = ex.getMessage();
    List<String> suggestions = List.of();
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      suggestions = u.getSuggestions();
      if (!u.isUnknownOption() && !where.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()) {
        message = "unknown command '" + u.getUnmatched().get(0) + "'";
      }
    }
    err.println("cnd: " + PlainText.escape(message));
    if (!suggestions.isEmpty()) {
      err.println("Did you mean: " + PlainText.escape(String.join(" or ", suggestions)) + "?");
    }
    err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (jsonRequested(arguments)) {
      out.println(JsonOutput.usageError(message, suggestions));
    }
    return USAGE;
  }

  /** Whether {@code --json} is among the options (before a {@code --} that ends them). */
  private static boolean jsonRequested(String[] arguments) {
    for (String a : arguments) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--json")) {
        return true;
      }
    }
    return false;
  }

  private static int internalError(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println("cnd: internal error: out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); run java -Xmx<size> -jar cnd.jar with a larger heap");
    } else {
      err.println("cnd: internal error: " + PlainText.escape(String.valueOf(e)) + " (a bug of the tool)");
    }
    err.flush();
    return INTERNAL;
  }

  /**
   * A file name as a path. Under the POSIX locale the JVM decodes arguments and encodes file names as ASCII
   * ({@code sun.jnu.encoding}, fixed at start-up from the locale; {@code -Dsun.jnu.encoding} is ignored): a name
   * with other characters arrives as U+FFFD and cannot become a path. Say so, and what to do.
   */
  private static Path path(String name) {
    try {
      if (name.indexOf('\ufffd') < 0) {
        return Path.of(name);
      }
    } catch (InvalidPathException e) {
      // falls through to the message below
    }
    throw new CommandLine.TypeConversionException("cannot use the file name '" + PlainText.escape(name)
        + "': its characters cannot be represented in the file name encoding of this locale (sun.jnu.encoding="
        + System.getProperty("sun.jnu.encoding") + "); run the tool under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 "
        + "(./cnd does so under the POSIX locale)");
  }

  /** The entry point of {@code java -jar cnd.jar}. */
  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, which the tool must report.
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
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
