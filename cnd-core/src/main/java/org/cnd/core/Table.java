package org.cnd.core;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.Map;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * One collection of a portfolio: its entities in order, and the entity of each identifier.
 *
 * <p>A table built from a list checks that its identifiers are unique and indexes them in a hash map in the same
 * pass. A table derived from another by an edit is not checked again (an edit keeps identifiers unique): it copies
 * the array of entities with the one change (once; a removal twice), shares the other's hash map, and puts the
 * change in a persistent map in front of it ({@link IdIndex}, which copies only the few nodes on the path to the
 * edited identifier): the entity that replaces or adds, or a mark that the identifier is removed. No edit copies or
 * rebuilds a hash map, however many follow each other; a look-up asks the changes first, then the map. The map
 * keeps the entities of the table it was built for, so an entity replaced or removed since stays in memory as long
 * as a table derived from that one does (at most one entity per identifier the map holds).
 */
final class Table<T, I extends Identifier> {
  // What the changes hold for an identifier that is removed.
  private static final Object REMOVED = new Object();

  final EntityKind<T, I> kind;
  final ImmutableList<T> items;
  // The entities of the table that was built, by identifier; never changed.
  private final Map<Identifier, T> built;
  // What the edits since then changed: an entity, or REMOVED.
  private final IdIndex<Object> changes;

  private Table(EntityKind<T, I> kind, ImmutableList<T> items, Map<Identifier, T> built, IdIndex<Object> changes) {
    this.kind = kind;
    this.items = items;
    this.built = built;
    this.changes = changes;
  }

  /**
   * A table of these entities.
   *
   * @throws RuleViolationException ({@code portfolio.duplicate-id}) at the second of two entities with one identifier
   */
  static <T, I extends Identifier> Table<T, I> of(EntityKind<T, I> kind, ImmutableList<T> items) {
    Map<Identifier, T> index = new HashMap<>((int) (items.size() / 0.75f) + 1);
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      I key = kind.id(item);
      T previous = index.putIfAbsent(key, item);
      if (previous != null) {
        String collection = kind.collection();
        throw new RuleViolationException(Rule.PORTFOLIO_DUPLICATE_ID, Pointer.of(collection, i, "id"),
            "Duplicate id \"" + key + "\" in " + collection + ": expected ids unique within the collection, found it at "
                + Pointer.of(collection, positionOf(items.toArray(), previous), "id") + " too");
      }
    }
    return new Table<>(kind, items, index, IdIndex.empty());
  }

  /** True when an entity has this identifier. */
  boolean contains(Identifier id) {
    return get(id) != null;
  }

  /** The entity with this identifier, or null. */
  @SuppressWarnings("unchecked")
  T get(Identifier id) {
    // A table as built, not edited since, has no changes to ask.
    if (changes.isEmpty()) {
      return built.get(id);
    }
    Object changed = changes.get(id);
    if (changed == null) {
      return built.get(id);
    }
    return changed == REMOVED ? null : (T) changed;
  }

  /** This table with the entity replacing the one with its identifier, or added at the end. */
  Table<T, I> put(T entity) {
    I id = kind.id(entity);
    T old = get(id);
    if (old == null) {
      ImmutableList<T> added =
          ImmutableList.<T>builderWithExpectedSize(items.size() + 1).addAll(items).add(entity).build();
      return new Table<>(kind, added, built, changes.with(id, entity));
    }
    if (old.equals(entity)) {
      return this;
    }
    Object[] array = items.toArray();
    array[positionOf(array, old)] = entity;
    return new Table<>(kind, list(array), built, changes.with(id, entity));
  }

  /** This table without the entity with this identifier; this table when there is none. */
  Table<T, I> remove(Identifier id) {
    T old = get(id);
    if (old == null) {
      return this;
    }
    Object[] array = items.toArray();
    int at = positionOf(array, old);
    Object[] out = new Object[array.length - 1];
    System.arraycopy(array, 0, out, 0, at);
    System.arraycopy(array, at + 1, out, at, out.length - at);
    // An identifier the map does not know needs no mark: forgetting the change removes it.
    IdIndex<Object> changed = built.containsKey(id) ? changes.with(id, REMOVED) : changes.without(id);
    return new Table<>(kind, list(out), built, changed);
  }

  // The entity's position, found by identity: the index holds the very objects of the list, and no object is in a
  // table twice (its identifier would be). Comparing references reads only the array, not the entities.
  private static int positionOf(Object[] array, Object entity) {
    for (int i = 0; i < array.length; i++) {
      if (array[i] == entity) {
        return i;
      }
    }
    throw new IllegalStateException("the index and the list of a table disagree");
  }

  // The list of a fresh array that nothing else holds. Guava's copyOf of a collection that is not its own wraps what
  // toArray() returns after checking it for nulls, so handing the array over as a collection saves the defensive
  // copy copyOf(array) would make (were Guava to copy it, only the time would change). Building the list with
  // Guava's builder from sub-lists, as before, copied element by element through the sub-lists' iterators: the cost
  // that made a replacement 10 to 50 times an addition.
  private ImmutableList<T> list(Object[] array) {
    return ImmutableList.copyOf(new Handover<T>(array));
  }

  private static final class Handover<T> extends AbstractList<T> {
    private final Object[] array;

    Handover(Object[] array) {
      this.array = array;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
      return (T) array[index];
    }

    @Override
    public int size() {
      return array.length;
    }

    @Override
    public Object[] toArray() {
      return array;
    }
  }
}
