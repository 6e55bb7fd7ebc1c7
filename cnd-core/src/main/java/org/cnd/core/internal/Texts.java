package org.cnd.core.internal;

import java.util.Objects;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/** Checks shared by every entity with required text. */
public final class Texts {
  private Texts() {}

  /**
   * Returns the text when it holds a non-blank character.
   *
   * @param path where the text is, relative to the value being built
   * @param what what the text is, for the message ("name", "title")
   * @throws RuleViolationException ({@code text.blank}) when the text is blank
   */
  public static String checkNotBlank(String text, String path, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new RuleViolationException(Rule.TEXT_BLANK, path,
          "Blank " + what + ": expected at least one character that is not white space, found " + blank(text));
    }
    return text;
  }

  // Blank text can be a megabyte of spaces: the message quotes a short one, and counts a long one's characters.
  private static String blank(String text) {
    if (text.length() <= 40) {
      return "\"" + text + "\"";
    }
    return "white space only (" + text.length() + " characters)";
  }
}
