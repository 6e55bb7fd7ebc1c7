package org.cnd.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.Violation;
import org.cnd.iati.internal.Doc;
import org.cnd.iati.internal.Mapper;
import org.cnd.iati.internal.Problems;
import org.cnd.iati.internal.RulesetChecks;
import org.cnd.iati.internal.XmlOut;

/**
 * Exports a portfolio's programmes to an IATI Activity Standard 2.03 document ({@code iati-activities}): one
 * activity per programme, and when asked one child activity per engagement.
 *
 * <p>The export first runs the portfolio validator (an invalid portfolio gives an invalid document), then builds
 * the activities, reporting with a rule of {@link IatiRule} everything IATI requires that the data lacks and what
 * it leaves out, then checks the applicable rules of IATI's Standard Ruleset. When any error is found it writes
 * nothing, unless the options ask to write what it can. Every date, amount and code comes from the data by a rule
 * that {@code cnd-iati/IATI.md} states; nothing is invented.
 *
 * <p>For the command-line tool: {@code IatiExport.write(portfolio, options, System.out)}, one call, and print
 * {@link IatiExportResult#problems()} to standard error.
 */
public final class IatiExport {
  private IatiExport() {}

  /** What an export with these options would report, without writing anything. */
  public static List<Violation> check(Portfolio portfolio, IatiOptions options) {
    return run(portfolio, options).problems.all();
  }

  /**
   * Writes the document to the stream (flushed, not closed) when it is valid, or when the options ask to write
   * what can be written; otherwise writes nothing.
   *
   * @return the problems found and how many activities were written
   * @throws UncheckedIOException when the stream fails
   */
  public static IatiExportResult write(Portfolio portfolio, IatiOptions options, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Run run = run(portfolio, options);
    List<Violation> problems = run.problems.all();
    boolean valid = problems.stream().noneMatch(Violation::isError);
    List<Doc.Activity> writable = run.activities.stream().filter(Doc.Activity::complete).collect(Collectors.toList());
    if ((!valid && !options.writeWhatItCan()) || writable.isEmpty()) {
      return new IatiExportResult(run.problems.all(), 0);
    }
    try {
      XmlOut.write(writable, options.clock().instant(), options.engagementActivities(), out);
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new UncheckedIOException(new IOException("Could not write the IATI document", e));
    }
    return new IatiExportResult(run.problems.all(), writable.size());
  }

  private record Run(List<Doc.Activity> activities, Problems problems) {}

  private static Run run(Portfolio portfolio, IatiOptions options) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(options, "options");
    Problems problems = new Problems();
    portfolio.validate().violations().stream().filter(Violation::isError).forEach(problems::add);
    List<Doc.Activity> activities = Mapper.map(portfolio, options, problems);
    RulesetChecks.check(activities, LocalDate.now(options.clock()), problems);
    if (activities.isEmpty()) {
      problems.add(IatiRule.NO_ACTIVITY, "/programmes",
          "No activity to write: expected at least one programme to export, found none");
    }
    return new Run(activities, problems);
  }
}
