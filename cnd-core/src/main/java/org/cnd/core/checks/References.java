package org.cnd.core.checks;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The identifiers of the data at hand, and what a reference to each kind of entity must meet. The portfolio hands
 * one to each area's checks, built from its entity kinds, so that they resolve references without seeing the whole
 * portfolio (this package cannot see the root package, which describes the kinds).
 *
 * <p>{@link #check} is the one reference check of the validator: every reference of every entity is checked by it,
 * with the rule and the noun of the kind the identifier names. The path and the text naming the entity that holds
 * the reference ({@code what}) are written only for a reference that does not resolve.
 */
public interface References {
  /** True when an entity with this identifier exists. */
  boolean contains(Identifier id);

  /**
   * The rule a reference with this identifier breaks when it names no entity.
   *
   * @throws IllegalArgumentException when no entity kind has identifiers of this type
   */
  Rule rule(Identifier id);

  /** The noun for an entity of this identifier's kind in messages, with its article: "a cluster". */
  String noun(Identifier id);

  /**
   * Reports a reference that names no entity of the data at hand: {@code <label> "<id>" of <what> is not in the
   * portfolio: expected the id of <noun>}.
   *
   * @param path where the reference is
   * @param label what the reference is, capitalised ("Parent organisation"), or empty to start with the identifier
   * @param what the entity that holds the reference ("plan p1", "activity a1 of plan p1")
   * @return true when the reference resolves
   */
  default boolean check(Identifier id, Path path, String label, Supplier<String> what, Consumer<Violation> out) {
    if (contains(id)) {
      return true;
    }
    out.accept(broken(id, path, label, what));
    return false;
  }

  /** {@link #check(Identifier, Path, String, Supplier, Consumer) Checks} a reference found at {@code at/<property>}. */
  default boolean check(Identifier id, Path at, String property, String label, Supplier<String> what,
      Consumer<Violation> out) {
    if (contains(id)) {
      return true;
    }
    out.accept(broken(id, at.with(property), label, what));
    return false;
  }

  /** {@link #check(Identifier, Path, String, Supplier, Consumer) Checks} each identifier of a list at {@code path}. */
  default void checkAll(List<? extends Identifier> ids, Path path, String label, Supplier<String> what,
      Consumer<Violation> out) {
    for (int j = 0; j < ids.size(); j++) {
      Identifier id = ids.get(j);
      if (!contains(id)) {
        out.accept(broken(id, path.with(j), label, what));
      }
    }
  }

  /** {@link #checkAll(List, Path, String, Supplier, Consumer) Checks} the list found at {@code at/<property>}. */
  default void checkAll(List<? extends Identifier> ids, Path at, String property, String label,
      Supplier<String> what, Consumer<Violation> out) {
    for (int j = 0; j < ids.size(); j++) {
      Identifier id = ids.get(j);
      if (!contains(id)) {
        out.accept(broken(id, at.with(property, j), label, what));
      }
    }
  }

  private Violation broken(Identifier id, Path path, String label, Supplier<String> what) {
    return Violation.of(rule(id), path.toString(), (label.isEmpty() ? "" : label + " ") + "\"" + id + "\" of "
        + what.get() + " is not in the portfolio: expected the id of " + noun(id));
  }
}
