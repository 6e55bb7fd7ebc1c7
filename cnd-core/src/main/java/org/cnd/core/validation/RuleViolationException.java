package org.cnd.core.validation;

import java.util.Objects;

/**
 * The one unchecked exception of the model: thrown when a value or entity would break one of its own invariants,
 * and carrying that {@link Violation} as data.
 */
public class RuleViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Violation violation;

  /** An exception carrying the given violation; its message is the violation's. */
  public RuleViolationException(Violation violation) {
    super(Objects.requireNonNull(violation, "violation").ruleId() + ": " + violation.message());
    this.violation = violation;
  }

  /** Shorthand for a violation of a catalogue rule at a path relative to the value being built. */
  public RuleViolationException(Rule rule, String path, String message) {
    this(Violation.of(rule, path, message));
  }

  /** The violated rule, where and why. */
  public Violation violation() {
    return violation;
  }

  /** The stable identifier of the violated rule. */
  public String ruleId() {
    return violation.ruleId();
  }
}
