package org.cnd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;

/** The tool run through its real entry point, {@link CndCommand#run}, and documents written for it. */
final class Cli {
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run cnd(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CndCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  static String write(Path dir, String name, Portfolio portfolio) throws IOException {
    return Files.writeString(dir.resolve(name), CndJson.create().write(portfolio), StandardCharsets.UTF_8).toString();
  }
}
