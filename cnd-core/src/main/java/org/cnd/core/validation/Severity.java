package org.cnd.core.validation;

import java.util.Optional;

/** How serious a violation is: an error makes a document invalid, a warning does not. */
public enum Severity implements Coded {
  /** The data breaks a rule of the model; a document with an error is invalid. */
  ERROR("error", "Error"),
  /** The data is suspicious but allowed. */
  WARNING("warning", "Warning");

  private final String code;
  private final String label;

  Severity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable lower-case code used in reports and the JSON format. */
  @Override
  public String code() {
    return code;
  }

  /** A human label. */
  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static Optional<Severity> fromCode(String code) {
    return Coded.fromCode(Severity.class, code);
  }

  @Override
  public String toString() {
    return code;
  }
}
