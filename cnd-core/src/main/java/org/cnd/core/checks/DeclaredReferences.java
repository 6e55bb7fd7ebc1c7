package org.cnd.core.checks;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Violation;

/**
 * The properties of an entity kind that refer to other entities, declared in the kind's line when resolving them is
 * all the validator checks of the kind across entities. One routine ({@link #check}) checks every declared
 * reference of every entity with {@link References#check}, in the order of the declarations, at {@code
 * /<collection>/<index>/<property>} (and {@code /<index>} of a list), naming the entity as {@code <word> <id>}
 * ("linkage l1"); the path and the message are written only for a reference that does not resolve.
 *
 * <p>A kind whose references meet rules beyond resolving (the same cluster as another entity's, an order of dates)
 * keeps its checks in its area's class of this package instead.
 *
 * @param <T> the entity type
 */
public final class DeclaredReferences<T> {
  private static final DeclaredReferences<?> NONE = new DeclaredReferences<>(ImmutableList.of());

  // One declared property: checks its identifiers in an entity found at a path.
  @FunctionalInterface
  private interface Property<T> {
    void check(T entity, Path at, Supplier<String> what, References known, Consumer<Violation> out);
  }

  private final ImmutableList<Property<T>> properties;

  private DeclaredReferences(ImmutableList<Property<T>> properties) {
    this.properties = properties;
  }

  /** No references: the start of a declaration, and what a kind that refers to nothing declares. */
  @SuppressWarnings("unchecked")
  public static <T> DeclaredReferences<T> none() {
    return (DeclaredReferences<T>) NONE;
  }

  /** These references and a property that always holds one identifier, reported without a label. */
  public DeclaredReferences<T> one(String name, Function<T, ? extends Identifier> value) {
    return one(name, "", value);
  }

  /**
   * These references and a property that always holds one identifier.
   *
   * @param label what the reference is in messages, capitalised ("Affiliation"); empty to start with the identifier
   */
  public DeclaredReferences<T> one(String name, String label, Function<T, ? extends Identifier> value) {
    return and((entity, at, what, known, out) -> known.check(value.apply(entity), at, name, label, what, out));
  }

  /** These references and a property that holds an identifier or nothing, reported without a label. */
  public DeclaredReferences<T> optional(String name, Function<T, ? extends Optional<? extends Identifier>> value) {
    return optional(name, "", value);
  }

  /** These references and a property that holds an identifier or nothing; {@code label} as for {@link #one}. */
  public DeclaredReferences<T> optional(String name, String label,
      Function<T, ? extends Optional<? extends Identifier>> value) {
    return and((entity, at, what, known, out) -> {
      Optional<? extends Identifier> one = value.apply(entity);
      if (one.isPresent()) {
        known.check(one.get(), at, name, label, what, out);
      }
    });
  }

  /** These references and a property that holds a list of identifiers, reported without a label. */
  public DeclaredReferences<T> list(String name, Function<T, ? extends List<? extends Identifier>> value) {
    return list(name, "", value);
  }

  /** These references and a property that holds a list of identifiers; {@code label} as for {@link #one}. */
  public DeclaredReferences<T> list(String name, String label,
      Function<T, ? extends List<? extends Identifier>> value) {
    return and((entity, at, what, known, out) -> known.checkAll(value.apply(entity), at, name, label, what, out));
  }

  private DeclaredReferences<T> and(Property<T> property) {
    return new DeclaredReferences<>(
        ImmutableList.<Property<T>>builderWithExpectedSize(properties.size() + 1).addAll(properties).add(property)
            .build());
  }

  /** True when nothing is declared. */
  public boolean isEmpty() {
    return properties.isEmpty();
  }

  /**
   * Checks the declared references of each entity of a collection.
   *
   * @param entities the entities, found at {@code /<collection>}
   * @param word the name of an entity of the kind in messages, without an article ("linkage")
   * @param id the identifier of an entity
   * @param out receives each violation
   */
  public void check(List<T> entities, String collection, String word, Function<T, ? extends Identifier> id,
      References known, Consumer<Violation> out) {
    if (properties.isEmpty()) {
      return;
    }
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      Path at = Path.of(collection, i);
      Supplier<String> what = () -> word + " " + id.apply(entity);
      for (Property<T> p : properties) {
        p.check(entity, at, what, known, out);
      }
    }
  }
}
