package org.cnd.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/** Every violation found in one piece of data, in the order found. A report without errors is valid. */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

  private final ImmutableList<Violation> violations;

  private ValidationReport(ImmutableList<Violation> violations) {
    this.violations = violations;
  }

  /** A report holding the given violations. */
  public static ValidationReport of(Iterable<Violation> violations) {
    ImmutableList<Violation> list = ImmutableList.copyOf(violations);
    return list.isEmpty() ? EMPTY : new ValidationReport(list);
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

  /** True when there is no error (warnings allowed). */
  public boolean isValid() {
    return violations.stream().noneMatch(Violation::isError);
  }

  /** True when there is nothing at all to report. */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /** This report followed by another's violations. */
  public ValidationReport plus(ValidationReport other) {
    if (other.violations.isEmpty()) {
      return this;
    }
    return of(ImmutableList.<Violation>builder().addAll(violations).addAll(other.violations).build());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport r && violations.equals(r.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** One violation a line; {@code valid} when there is nothing to report. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "valid";
    }
    StringBuilder out = new StringBuilder();
    for (Violation v : violations) {
      out.append(v).append('\n');
    }
    return out.toString();
  }
}
