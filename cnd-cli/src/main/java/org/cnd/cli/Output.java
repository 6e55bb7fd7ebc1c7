package org.cnd.cli;

import java.io.PrintWriter;

/** Documents printed whole on standard output. */
final class Output {
  private Output() {}

  /** The document, ending with a line break whether or not its text has one. */
  static void print(PrintWriter out, String document) {
    out.print(document);
    if (!document.endsWith("\n")) {
      out.print('\n');
    }
  }
}
