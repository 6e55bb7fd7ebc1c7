package org.cnd.core.cluster;

import org.cnd.core.validation.Coded;

/** The size class of an enterprise, as diagnostic studies and indicators count them. */
public enum SizeClass implements Coded {
  /** A micro enterprise. */
  MICRO("Micro"),
  /** A small enterprise. */
  SMALL("Small"),
  /** A medium enterprise. */
  MEDIUM("Medium"),
  /** A large enterprise. */
  LARGE("Large");

  private final String label;

  SizeClass(String label) {
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
  public static java.util.Optional<SizeClass> fromCode(String code) {
    return Coded.fromCode(SizeClass.class, code);
  }
}
