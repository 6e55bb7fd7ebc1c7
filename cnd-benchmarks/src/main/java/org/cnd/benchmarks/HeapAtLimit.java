package org.cnd.benchmarks;

import java.nio.file.Path;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;

/**
 * The heap a document near the default size limit needs to validate (TESTING.md, "Hostile input"): {@code write N
 * FILE} writes the synthetic portfolio of N clusters, {@code validate FILE} validates it and prints the outcome; run
 * the second under decreasing {@code -Xmx} to find the least heap that suffices.
 */
public final class HeapAtLimit {
  private HeapAtLimit() {}

  /** {@code write N FILE} or {@code validate FILE}. */
  public static void main(String[] args) {
    CndJson json = CndJson.create();
    if (args.length == 3 && args[0].equals("write")) {
      json.write(SyntheticPortfolio.generate(Integer.parseInt(args[1])), Path.of(args[2]));
    } else if (args.length == 2 && args[0].equals("validate")) {
      DocumentReport report = json.validate(Path.of(args[1]));
      System.out.println((report.isReadable() ? "readable" : "unreadable") + ", " + report.problems().size()
          + " problems, " + report.omitted() + " more; max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    } else {
      throw new IllegalArgumentException("usage: write N FILE | validate FILE");
    }
  }
}
