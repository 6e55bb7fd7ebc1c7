package org.cnd.cli;

import java.util.concurrent.Callable;
import org.cnd.json.CndJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cnd schema}: the JSON Schema of the format on standard output. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the portfolio format.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String schema = CndJson.schema();
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    return CndCommand.OK;
  }
}
