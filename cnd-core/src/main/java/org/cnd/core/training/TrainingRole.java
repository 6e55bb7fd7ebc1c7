package org.cnd.core.training;

import org.cnd.core.validation.Coded;

/** The part an organisation plays in a training. */
public enum TrainingRole implements Coded {
  /** Organises and runs it. */
  ORGANISER("Organiser"),
  /** Provides trainers, experts or material. */
  RESOURCE_PARTNER("Resource partner"),
  /** Hosts it. */
  HOST("Host"),
  /** Pays for it. */
  FUNDER("Funder");

  private final String label;

  TrainingRole(String label) {
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
  public static java.util.Optional<TrainingRole> fromCode(String code) {
    return Coded.fromCode(TrainingRole.class, code);
  }
}
