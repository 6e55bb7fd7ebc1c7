package org.cnd.core.time;

import java.util.Optional;
import org.cnd.core.validation.Coded;

/**
 * The two ways cnd writes dates. Both are read by every {@code parse}; they differ only in how a quarter is written.
 *
 * <p>{@link #CND} is format version 1's syntax and the default ({@code toString()}); {@link #EDTF} is the Extended
 * Date/Time Format of the Library of Congress (ISO 8601-2), for tools that read EDTF and not cnd's {@code YYYY-Qn}.
 */
public enum DateSyntax implements Coded {
  /** Format version 1: {@code 2004}, {@code 2007-Q1}, {@code 2004-08}, {@code 2005-10-08}, {@code 2001-06~}. */
  CND("cnd", "cnd format version 1"),
  /** EDTF: as {@link #CND}, with quarters as ISO 8601-2's sub-year groupings 33 to 36: {@code 2007-33}. */
  EDTF("edtf", "Extended Date/Time Format (ISO 8601-2)");

  private final String code;
  private final String label;

  DateSyntax(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable lower_snake_case code: {@code cnd} or {@code edtf}. */
  @Override
  public String code() {
    return code;
  }

  /** A human label. */
  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any: what a {@code --dates edtf} option reads. */
  public static Optional<DateSyntax> fromCode(String code) {
    return Coded.fromCode(DateSyntax.class, code);
  }
}
