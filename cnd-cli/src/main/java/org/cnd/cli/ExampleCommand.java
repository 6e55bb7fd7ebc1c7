package org.cnd.cli;

import org.cnd.report.PlainText;
import java.util.concurrent.Callable;
import org.cnd.core.time.DateSyntax;
import org.cnd.examples.Examples;
import org.cnd.json.CndJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnd example NAME}: an example portfolio as JSON on standard output. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = "Print an example portfolio as JSON: pakistan (the reference example) or tour (illustrative).")
final class ExampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "One of: ${COMPLETION-CANDIDATES}.")
  Examples name;

  @Option(names = "--dates", paramLabel = "SYNTAX", defaultValue = "cnd",
      description = "How dates are written: cnd (format version 1's forms, 2007-Q1; the default) or edtf "
          + "(the Extended Date/Time Format, 2007-33). Both read the same.")
  String dates;

  @Override
  public Integer call() {
    DateSyntax syntax = DateSyntax.fromCode(dates).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--dates must be cnd or edtf, found " + PlainText.escape(dates)));
    spec.commandLine().getOut().print(CndJson.builder().dateSyntax(syntax).build().write(name.portfolio()));
    return CndCommand.OK;
  }
}
