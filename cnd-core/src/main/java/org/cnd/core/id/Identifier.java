package org.cnd.core.id;

import java.util.Comparator;
import java.util.Objects;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * The common form of every typed identifier: 1 to 64 characters of lower-case letters, digits and hyphens.
 *
 * <p>Identifiers of different entities are different types and never equal, even with the same text: a {@link
 * ClusterId} {@code multan-handloom} is not an {@link OrganisationId} {@code multan-handloom}. The text form is
 * returned by {@link #toString()} and {@link #value()}.
 *
 * <p>Each kind is {@link Comparable} to itself (a {@code ClusterId} to a {@code ClusterId}), not to every
 * identifier: {@link java.util.HashMap} keeps keys whose hashes collide in a balanced tree only when their class is
 * comparable to itself, so that ids made to collide (their hash is {@link String#hashCode()}'s, easy to collide)
 * cost a logarithmic look-up, not a linear one. {@link #ORDER} compares identifiers of different kinds.
 */
public abstract class Identifier {
  /** Orders identifiers of every kind: by kind (the class name), then by text. */
  public static final Comparator<Identifier> ORDER = Comparator.<Identifier, String>comparing(i -> i.getClass().getName())
      .thenComparing(Identifier::value);

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  Identifier(String value) {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw invalid(getClass().getSimpleName(), value);
    }
    this.value = value;
  }

  /** Whether the text is a well-formed identifier. */
  public static boolean isValid(String text) {
    return text != null && isWellFormed(text);
  }

  // [a-z0-9-]{1,64}, checked by hand: identifiers are built for every reference read, and a regular expression
  // costs several times as much.
  private static boolean isWellFormed(String text) {
    int n = text.length();
    if (n < 1 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static RuleViolationException invalid(String kind, String value) {
    return new RuleViolationException(
        Rule.ID_SYNTAX,
        Pointer.ROOT,
        "Invalid " + kind + ": expected 1 to " + MAX_LENGTH
            + " characters of lower-case letters a-z, digits 0-9 and hyphens, found \"" + abbreviate(value) + "\"");
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** The identifier's text. */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Orders two identifiers of one kind by text: each kind's {@code compareTo}. */
  final int compareText(Identifier other) {
    return value.compareTo(other.value);
  }

  /** The identifier's text. */
  @Override
  public final String toString() {
    return value;
  }
}
