package org.cnd.core.validation;

/**
 * An enumeration of the model with a stable lower_snake_case code, used by the JSON format, and a human label.
 *
 * <p>Codes are public API: never renamed, never reused.
 */
public interface Coded {
  /** The stable lower_snake_case code, such as {@code un_agency}. */
  String code();

  /** A human label, such as {@code UN agency}. */
  String label();
}
