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
 * portfolio. A document that can be read has its portfolio, valid or not, and the portfolio validator's violations.
 */
public final class DocumentReport {
  private final ImmutableList<Problem> problems;
  private final Optional<Portfolio> portfolio;

  private DocumentReport(ImmutableList<Problem> problems, Optional<Portfolio> portfolio) {
    this.problems = problems;
    this.portfolio = portfolio;
  }

  /** The report of a document that could not be read. */
  public static DocumentReport unreadable(Problem problem) {
    return new DocumentReport(ImmutableList.of(Objects.requireNonNull(problem, "problem")), Optional.empty());
  }

  /** The report of a document that was read, with the validator's problems. */
  public static DocumentReport of(Portfolio portfolio, Iterable<Problem> problems) {
    return new DocumentReport(ImmutableList.copyOf(problems), Optional.of(Objects.requireNonNull(portfolio, "portfolio")));
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

  /** True when the document could be read and has no error (warnings allowed). */
  public boolean isValid() {
    return portfolio.isPresent() && problems.stream().noneMatch(p -> p.violation().isError());
  }

  /** True when there is nothing at all to report. */
  public boolean isClean() {
    return portfolio.isPresent() && problems.isEmpty();
  }

  /** The violations without their locations, as the core reports them. */
  public ValidationReport toValidationReport() {
    return ValidationReport.of(problems.stream().map(Problem::violation).collect(ImmutableList.<Violation>toImmutableList()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentReport r && problems.equals(r.problems) && portfolio.equals(r.portfolio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problems, portfolio);
  }

  /** One problem a line, as {@link Problem#toString()}; {@code valid} when there is nothing to report. */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "valid";
    }
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(p).append('\n'));
    return out.toString();
  }
}
