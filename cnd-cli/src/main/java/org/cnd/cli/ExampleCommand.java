package org.cnd.cli;

import java.util.concurrent.Callable;
import org.cnd.examples.Examples;
import org.cnd.json.CndJson;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(CndJson.create().write(name.portfolio()));
    return CndCommand.OK;
  }
}
