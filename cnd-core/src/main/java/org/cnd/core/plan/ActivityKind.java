package org.cnd.core.plan;

import org.cnd.core.validation.Coded;

/** Whether an activity is a pilot or a strategic one. */
public enum ActivityKind implements Coded {
  /** Short, low-risk and visible: builds trust; may start during the diagnostic. */
  PILOT("Pilot"),
  /** Longer and larger: carries the plan's vision. */
  STRATEGIC("Strategic");

  private final String label;

  ActivityKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return org.cnd.core.internal.Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<ActivityKind> fromCode(String code) {
    return Coded.fromCode(ActivityKind.class, code);
  }
}
