package org.cnd.core.training;

import org.cnd.core.validation.Coded;

/** Whether a follow-up event is planned, was held, or was cancelled. */
public enum EventStatus implements Coded {
  /** Expected, not yet held. */
  PLANNED("Planned"),
  /** Took place. */
  HELD("Held"),
  /** Will not take place. */
  CANCELLED("Cancelled");

  private final String label;

  EventStatus(String label) {
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
  public static java.util.Optional<EventStatus> fromCode(String code) {
    return Coded.fromCode(EventStatus.class, code);
  }
}
