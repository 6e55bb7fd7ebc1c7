package org.cnd.core.plan;

import org.cnd.core.validation.Coded;

/** How far an activity has got. */
public enum ActivityStatus implements Coded {
  /** Not started. */
  PLANNED("Planned"),
  /** Started, not finished. */
  ONGOING("Ongoing"),
  /** Finished. */
  DONE("Done"),
  /** Given up. */
  DROPPED("Dropped");

  private final String label;

  ActivityStatus(String label) {
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
  public static java.util.Optional<ActivityStatus> fromCode(String code) {
    return Coded.fromCode(ActivityStatus.class, code);
  }
}
