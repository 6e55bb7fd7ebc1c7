package org.cnd.json;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;

/**
 * What {@link CndJson#validate(String)} found in one document: either the format error that stopped reading, or
 * every violation of the model's rules across entities, each with its line and column when the document holds the
 * node.
 *
 * <p>Reading stops at the first format error, so a document that cannot be read has exactly one problem and no
 * portfolio. A document that can be read has its portfolio, valid or not, and the portfolio validator's violations:
 * the first of them up to the reader's {@link CndJson#maxProblems()}, and a count of the rest ({@link #omitted()}),
 * as javac's {@code -Xmaxerrs} does.
 */
public final class DocumentReport {
  private final ImmutableList<Problem> problems;
  private final Optional<Portfolio> portfolio;
  private final long omitted;
  private final long omittedErrors;

  private DocumentReport(
      ImmutableList<Problem> problems, Optional<Portfolio> portfolio, long omitted, long omittedErrors) {
    this.problems = problems;
    this.portfolio = portfolio;
    this.omitted = omitted;
    this.omittedErrors = omittedErrors;
  }

  /** The report of a document that could not be read. */
  public static DocumentReport unreadable(Problem problem) {
    return new DocumentReport(ImmutableList.of(Objects.requireNonNull(problem, "problem")), Optional.empty(), 0, 0);
  }

  /** The report of a document that was read, with the validator's problems. */
  public static DocumentReport of(Portfolio portfolio, Iterable<Problem> problems) {
    return of(portfolio, problems, 0, 0);
  }

  /**
   * The report of a document that was read, with the problems kept and how many more were found (and how many of
   * those are errors).
   *
   * @throws IllegalArgumentException when a count is negative or there are more omitted errors than omitted
   */
  public static DocumentReport of(Portfolio portfolio, Iterable<Problem> problems, long omitted, long omittedErrors) {
    if (omitted < 0 || omittedErrors < 0 || omittedErrors > omitted) {
      throw new IllegalArgumentException(
          "expected 0 <= omittedErrors <= omitted, found " + omittedErrors + " and " + omitted);
    }
    return new DocumentReport(ImmutableList.copyOf(problems), Optional.of(Objects.requireNonNull(portfolio, "portfolio")),
        omitted, omittedErrors);
  }

  /** How many problems were found beyond those kept ({@link CndJson#maxProblems()}); 0 when all are kept. */
  public long omitted() {
    return omitted;
  }

  /** How many of the {@link #omitted()} problems are errors. */
  public long omittedErrors() {
    return omittedErrors;
  }

  /** Every problem: the format error, or the rule violations in the validator's order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The problems of severity error. */
  public ImmutableList<Problem> errors() {
    return problems.stream().filter(p -> p.violation().isError()).collect(ImmutableList.toImmutableList());
  }

  /** The problems of severity warning. */
  public ImmutableList<Problem> warnings() {
    return problems.stream().filter(p -> !p.violation().isError()).collect(ImmutableList.toImmutableList());
  }

  /** The portfolio, when the document could be read (it may still break rules across entities). */
  public Optional<Portfolio> portfolio() {
    return portfolio;
  }

  /** True when the document could be read. */
  public boolean isReadable() {
    return portfolio.isPresent();
  }

  /** True when the document could be read and has no error (warnings allowed), omitted problems included. */
  public boolean isValid() {
    return portfolio.isPresent() && omittedErrors == 0 && problems.stream().noneMatch(p -> p.violation().isError());
  }

  /** True when there is nothing at all to report. */
  public boolean isClean() {
    return portfolio.isPresent() && problems.isEmpty() && omitted == 0;
  }

  /** The violations without their locations, as the core reports them, with the same omitted counts. */
  public ValidationReport toValidationReport() {
    return ValidationReport.of(problems.stream().map(Problem::violation).collect(ImmutableList.<Violation>toImmutableList()),
        omitted, omittedErrors);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentReport r && problems.equals(r.problems) && portfolio.equals(r.portfolio)
        && omitted == r.omitted && omittedErrors == r.omittedErrors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(problems, portfolio, omitted, omittedErrors);
  }

  /**
   * One problem a line, as {@link Problem#toString()}, then {@code ... and N more problems not shown} when some
   * were omitted; {@code valid} when there is nothing to report.
   */
  @Override
  public String toString() {
    if (problems.isEmpty() && omitted == 0) {
      return "valid";
    }
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(p).append('\n'));
    if (omitted > 0) {
      out.append(ValidationReport.omittedLine(omitted)).append('\n');
    }
    return out.toString();
  }
}
