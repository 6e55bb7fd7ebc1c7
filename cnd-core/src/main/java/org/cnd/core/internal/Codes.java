package org.cnd.core.internal;

import java.util.Locale;

/** Derives the stable lower_snake_case code of an enumeration constant. */
public final class Codes {
  private Codes() {}

  /** The code of a constant: its name in lower case ({@code UN_AGENCY} is {@code un_agency}). */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
