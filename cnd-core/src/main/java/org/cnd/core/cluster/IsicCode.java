package org.cnd.core.cluster;

import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * An ISIC Rev.4 code: a section letter ({@code C}, manufacturing), a division of two digits ({@code 13}, textiles),
 * a group of three ({@code 139}) or a class of four ({@code 1392}). The form is checked, and sections run A to U;
 * whether a division, group or class is assigned in ISIC Rev.4 is not.
 */
public final class IsicCode implements Comparable<IsicCode> {
  private final String code;

  private IsicCode(String code) {
    this.code = code;
  }

  /**
   * The code with the given text.
   *
   * @throws RuleViolationException ({@code sector.isic}) when the text is not a section letter or 2 to 4 digits
   */
  public static IsicCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (!isWellFormed(code)) {
      String quoted = code.length() <= 20 ? code : code.substring(0, 17) + "...";
      throw new RuleViolationException(Rule.SECTOR_ISIC, Pointer.ROOT,
          "Invalid ISIC Rev.4 code \"" + quoted + "\": expected a section letter A-U or 2 to 4 digits, such as 1392");
    }
    return new IsicCode(code);
  }

  // [A-U]|\d{2,4}, checked by hand: cheaper than a regular expression for every sector read.
  private static boolean isWellFormed(String code) {
    int n = code.length();
    if (n == 1) {
      char c = code.charAt(0);
      return c >= 'A' && c <= 'U';
    }
    if (n < 2 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The same as {@link #of(String)}. */
  public static IsicCode parse(String text) {
    return of(text);
  }

  // The divisions of each ISIC Rev.4 section, first and last, in section order A to U.
  private static final int[][] SECTION_DIVISIONS = {
    {1, 3}, {5, 9}, {10, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47}, {49, 53}, {55, 56}, {58, 63}, {64, 66},
    {68, 68}, {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88}, {90, 93}, {94, 96}, {97, 98}, {99, 99}
  };

  /**
   * The section the code belongs to: itself for a section letter, else the section of its division; empty for a
   * division that ISIC Rev.4 does not assign (such as {@code 04}).
   */
  public java.util.Optional<IsicCode> section() {
    if (isSection()) {
      return java.util.Optional.of(this);
    }
    int division = Integer.parseInt(code.substring(0, 2));
    for (int i = 0; i < SECTION_DIVISIONS.length; i++) {
      if (division >= SECTION_DIVISIONS[i][0] && division <= SECTION_DIVISIONS[i][1]) {
        return java.util.Optional.of(new IsicCode(String.valueOf((char) ('A' + i))));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * True when the other code lies within this one: {@code C} contains {@code 13} and {@code 1392}; {@code 13}
   * contains {@code 139}; every code contains itself.
   */
  public boolean contains(IsicCode other) {
    if (isSection()) {
      return other.section().map(this::equals).orElse(false);
    }
    return !other.isSection() && other.code.startsWith(code);
  }

  /** True for a section letter. */
  public boolean isSection() {
    return Character.isLetter(code.charAt(0));
  }

  /** The code's text. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(IsicCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IsicCode c && code.equals(c.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code's text. */
  @Override
  public String toString() {
    return code;
  }
}
