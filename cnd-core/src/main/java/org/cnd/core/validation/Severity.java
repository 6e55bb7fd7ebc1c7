package org.cnd.core.validation;

/** How serious a violation is: an error makes a document invalid, a warning does not. */
public enum Severity {
  /** The data breaks a rule of the model; a document with an error is invalid. */
  ERROR("error"),
  /** The data is suspicious but allowed. */
  WARNING("warning");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The stable lower-case code used in reports and the JSON format. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
