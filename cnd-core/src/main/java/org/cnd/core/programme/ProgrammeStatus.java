package org.cnd.core.programme;

import org.cnd.core.validation.Coded;

/** The status of a programme at a point of its history. */
public enum ProgrammeStatus implements Coded {
  /** A concept or idea being prepared. */
  CONCEPT("Concept"),
  /** A draft proposal submitted or under discussion. */
  PROPOSED("Proposed"),
  /** Adopted or approved by those who will carry it out. */
  ADOPTED("Adopted"),
  /** Being carried out. */
  ACTIVE("Active"),
  /** Finished. */
  COMPLETED("Completed"),
  /** Halted for a time. */
  SUSPENDED("Suspended"),
  /** Given up before completion, for example overtaken by events. */
  CANCELLED("Cancelled");

  private final String label;

  ProgrammeStatus(String label) {
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
  public static java.util.Optional<ProgrammeStatus> fromCode(String code) {
    return Coded.fromCode(ProgrammeStatus.class, code);
  }
}
