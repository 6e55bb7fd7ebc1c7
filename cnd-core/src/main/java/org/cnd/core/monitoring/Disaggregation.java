package org.cnd.core.monitoring;

import org.cnd.core.validation.Coded;

/** How the values of an indicator are broken down. */
public enum Disaggregation implements Coded {
  /** By the size class of the enterprises. */
  ENTERPRISE_SIZE("By enterprise size"),
  /** By the gender of the people counted. */
  GENDER("By gender");

  private final String label;

  Disaggregation(String label) {
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
  public static java.util.Optional<Disaggregation> fromCode(String code) {
    return Coded.fromCode(Disaggregation.class, code);
  }
}
