package org.cnd.json;

import java.util.Objects;
import java.util.OptionalInt;
import org.cnd.core.validation.Severity;
import org.cnd.core.validation.Violation;

/**
 * One problem found in a document: a {@link Violation} (rule, severity, JSON Pointer path, message) and, when it
 * is known, the line and column of the offending node.
 *
 * <p>Lines and columns are 1-based; columns count characters (UTF-16 code units), whether the document was read
 * from text or from UTF-8 bytes.
 */
public final class Problem {
  private final Violation violation;
  private final int line;
  private final int column;

  private Problem(Violation violation, int line, int column) {
    this.violation = violation;
    this.line = line;
    this.column = column;
  }

  /**
   * A problem at a line and column.
   *
   * @param line the 1-based line, or a value below 1 when unknown
   * @param column the 1-based column, or a value below 1 when unknown
   */
  public static Problem of(Violation violation, int line, int column) {
    Objects.requireNonNull(violation, "violation");
    boolean known = line >= 1 && column >= 1;
    return new Problem(violation, known ? line : -1, known ? column : -1);
  }

  /** A problem whose place in the text is unknown. */
  public static Problem of(Violation violation) {
    return of(violation, -1, -1);
  }

  /** The broken rule, its severity, where and why. */
  public Violation violation() {
    return violation;
  }

  /** The stable identifier of the broken rule. */
  public String ruleId() {
    return violation.ruleId();
  }

  /** How serious the problem is. */
  public Severity severity() {
    return violation.severity();
  }

  /** The JSON Pointer path of the offending node. */
  public String path() {
    return violation.path();
  }

  /** What was expected and what was found. */
  public String message() {
    return violation.message();
  }

  /** The 1-based line of the offending node, when known. */
  public OptionalInt line() {
    return line < 1 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The 1-based column of the offending node, in characters, when known. */
  public OptionalInt column() {
    return column < 1 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Whether the line and column are known. */
  public boolean hasLocation() {
    return line >= 1;
  }

  /** This problem with a line and column. */
  public Problem at(int newLine, int newColumn) {
    return of(violation, newLine, newColumn);
  }

  String locationText() {
    return hasLocation() ? " (line " + line + ", column " + column + ")" : "";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem p && violation.equals(p.violation) && line == p.line && column == p.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(violation, line, column);
  }

  /**
   * {@code SEVERITY RULE at PATH (line L, column C): MESSAGE}, the line and column left out when unknown; the
   * command-line tool prints this after the file name.
   */
  @Override
  public String toString() {
    return violation.severity().name() + " " + violation.ruleId() + " at " + (violation.path().isEmpty() ? "/" : violation.path())
        + locationText() + ": " + violation.message();
  }
}
