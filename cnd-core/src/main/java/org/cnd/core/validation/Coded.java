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

  /**
   * The constant of a coded enumeration with the given code, if any. A constant's name is never its code:
   * {@code fromCode(OrganisationKind.class, "UN_AGENCY")} is empty.
   */
  static <E extends Enum<E> & Coded> java.util.Optional<E> fromCode(Class<E> type, String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(code)) {
        return java.util.Optional.of(value);
      }
    }
    return java.util.Optional.empty();
  }
}
