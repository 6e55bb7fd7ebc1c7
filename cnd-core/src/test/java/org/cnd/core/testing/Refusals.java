package org.cnd.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cnd.core.validation.RuleViolationException;

/** AssertJ assertions that code refuses a value with a {@link RuleViolationException} of a given rule and path. */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts that the call throws a {@link RuleViolationException} of the rule, at the path (relative to the value
   * being built); returns the assertion for further checks of the message.
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, String ruleId, String path) {
    return assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
      assertThat(e.ruleId()).as("rule").isEqualTo(ruleId);
      assertThat(e.violation().ruleId()).as("rule of the violation").isEqualTo(ruleId);
      assertThat(e.violation().path()).as("path").isEqualTo(path);
    });
  }

  /** Asserts that the call throws a {@link RuleViolationException} of the rule, wherever. */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call, String ruleId) {
    return assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
        e -> assertThat(e.ruleId()).as("rule").isEqualTo(ruleId));
  }
}
