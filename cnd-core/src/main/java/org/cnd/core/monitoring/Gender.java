package org.cnd.core.monitoring;

import org.cnd.core.validation.Coded;

/** The gender of the people counted by a disaggregated indicator. */
public enum Gender implements Coded {
  /** Women and girls. */
  FEMALE("Female"),
  /** Men and boys. */
  MALE("Male"),
  /** Another gender, or not stated. */
  OTHER("Other");

  private final String label;

  Gender(String label) {
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
  public static java.util.Optional<Gender> fromCode(String code) {
    return Coded.fromCode(Gender.class, code);
  }
}
