package org.cnd.json;

import java.util.Objects;
import org.cnd.core.validation.Violation;

/**
 * The one exception of this module: a document could not be read. It carries the broken rule, the JSON Pointer
 * path of the offending node, the line and column where the parser met it, and a message naming what was expected
 * and what was found.
 *
 * <p>The rule is a {@linkplain FormatRule format rule} ({@code json.type}, {@code json.unknown-property}, ...) or,
 * when a well-formed value breaks a rule of the model, the core rule ({@code date.syntax}, {@code money.currency},
 * ...). Its message reads {@code RULE at PATH (line L, column C): MESSAGE}.
 */
public final class CndJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /**
   * An exception for a violation found at a line and column of a document.
   *
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, counted in characters, or -1 when unknown
   */
  public CndJsonException(Violation violation, int line, int column) {
    this(violation, line, column, null);
  }

  /** As {@link #CndJsonException(Violation, int, int)}, keeping the exception that revealed the problem. */
  public CndJsonException(Violation violation, int line, int column, Throwable cause) {
    this(Problem.of(Objects.requireNonNull(violation, "violation"), line, column), cause);
  }

  private CndJsonException(Problem problem, Throwable cause) {
    super(message(problem), cause);
    this.problem = problem;
  }

  private static String message(Problem problem) {
    Violation v = problem.violation();
    return v.ruleId() + " at " + (v.path().isEmpty() ? "/" : v.path()) + problem.locationText() + ": " + v.message();
  }

  /** The broken rule, where and why. */
  public Violation violation() {
    return problem.violation();
  }

  /** The same violation with its line and column, as {@link CndJson#validate(String)} reports it. */
  public Problem problem() {
    return problem;
  }

  /** The stable identifier of the broken rule, such as {@code json.type} or {@code date.syntax}. */
  public String ruleId() {
    return problem.violation().ruleId();
  }

  /** The JSON Pointer path of the offending node; empty for the document itself. */
  public String path() {
    return problem.violation().path();
  }

  /** The 1-based line where the parser met the problem, or -1 when unknown. */
  public int line() {
    return problem.line().orElse(-1);
  }

  /** The 1-based column where the parser met the problem, in characters, or -1 when unknown. */
  public int column() {
    return problem.column().orElse(-1);
  }
}
