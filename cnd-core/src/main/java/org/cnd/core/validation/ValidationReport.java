package org.cnd.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Every violation found in one piece of data, in the order found, or the first ones of them when the report was
 * capped: then {@link #omitted()} counts the rest (as javac's {@code -Xmaxerrs} does), and {@link #omittedErrors()}
 * those of them that are errors, so that {@link #isValid()} stays true to all of them. A report without errors is
 * valid.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of(), 0, 0);

  private final ImmutableList<Violation> violations;
  private final long omitted;
  private final long omittedErrors;

  private ValidationReport(ImmutableList<Violation> violations, long omitted, long omittedErrors) {
    this.violations = violations;
    this.omitted = omitted;
    this.omittedErrors = omittedErrors;
  }

  /** A report holding the given violations. */
  public static ValidationReport of(Iterable<Violation> violations) {
    return of(violations, 0, 0);
  }

  /**
   * A capped report: the violations kept, and how many more were found and how many of those are errors.
   *
   * @throws IllegalArgumentException when a count is negative or there are more omitted errors than omitted
   */
  public static ValidationReport of(Iterable<Violation> violations, long omitted, long omittedErrors) {
    if (omitted < 0 || omittedErrors < 0 || omittedErrors > omitted) {
      throw new IllegalArgumentException(
          "expected 0 <= omittedErrors <= omitted, found " + omittedErrors + " and " + omitted);
    }
    ImmutableList<Violation> list = ImmutableList.copyOf(violations);
    return list.isEmpty() && omitted == 0 ? EMPTY : new ValidationReport(list, omitted, omittedErrors);
  }

  /** How many violations were found beyond those kept: 0 unless the report was capped. */
  public long omitted() {
    return omitted;
  }

  /** How many of the {@link #omitted()} violations are errors. */
  public long omittedErrors() {
    return omittedErrors;
  }

  /** The report of data with nothing wrong. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Every violation, errors and warnings, in the order found. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /** The violations of severity error. */
  public ImmutableList<Violation> errors() {
    return violations.stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  /** The violations of severity warning. */
  public ImmutableList<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  /** The violations of one rule. */
  public ImmutableList<Violation> violationsOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return violations.stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The violations of one catalogue rule. */
  public ImmutableList<Violation> violationsOf(Rule rule) {
    return violationsOf(rule.id());
  }

  /** True when there is no error (warnings allowed), omitted ones included. */
  public boolean isValid() {
    return omittedErrors == 0 && violations.stream().noneMatch(Violation::isError);
  }

  /** True when there is nothing at all to report. */
  public boolean isClean() {
    return violations.isEmpty() && omitted == 0;
  }

  /** This report followed by another's violations; the omitted counts add up. */
  public ValidationReport plus(ValidationReport other) {
    if (other.violations.isEmpty() && other.omitted == 0) {
      return this;
    }
    return of(ImmutableList.<Violation>builder().addAll(violations).addAll(other.violations).build(),
        omitted + other.omitted, omittedErrors + other.omittedErrors);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport r && violations.equals(r.violations) && omitted == r.omitted
        && omittedErrors == r.omittedErrors;
  }

  @Override
  public int hashCode() {
    // An uncapped report hashes as its list of violations.
    return omitted == 0 ? violations.hashCode() : violations.hashCode() * 31 + Long.hashCode(omitted * 31 + omittedErrors);
  }

  /** One violation a line, then a line counting the omitted ones; {@code valid} when there is nothing to report. */
  @Override
  public String toString() {
    if (isClean()) {
      return "valid";
    }
    StringBuilder out = new StringBuilder();
    for (Violation v : violations) {
      out.append(v).append('\n');
    }
    if (omitted > 0) {
      out.append(omittedLine(omitted)).append('\n');
    }
    return out.toString();
  }

  /** The line that ends a capped report: {@code ... and 12 more problems not shown}. */
  public static String omittedLine(long omitted) {
    return "... and " + omitted + " more problem" + (omitted == 1 ? "" : "s") + " not shown";
  }
}
