package org.cnd.core;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * One collection of a portfolio: its entities in order and the position of each identifier.
 *
 * <p>A table built from a list checks that its identifiers are unique and indexes them in the same pass. A table
 * derived from another by an edit is not checked again (an edit keeps identifiers unique) and derives its index from
 * the other's: a replacement shares it, an addition or a removal puts one small step in front of it. Steps are
 * folded into a fresh index when {@value #MAX_STEPS} have piled up, so that a look-up walks a bounded chain. An edit
 * thus costs one copy of the edited collection's array, and the other collections are shared.
 */
final class Table<T, I extends Identifier> {
  /** The most steps an index has in front of its base before it is rebuilt. */
  static final int MAX_STEPS = 32;

  final EntityKind<T, I> kind;
  final ImmutableList<T> items;
  private final Positions positions;

  private Table(EntityKind<T, I> kind, ImmutableList<T> items, Positions positions) {
    this.kind = kind;
    this.items = items;
    this.positions = positions;
  }

  /**
   * A table of these entities.
   *
   * @throws RuleViolationException ({@code portfolio.duplicate-id}) at the second of two entities with one identifier
   */
  static <T, I extends Identifier> Table<T, I> of(EntityKind<T, I> kind, ImmutableList<T> items) {
    Map<Identifier, Integer> first = new HashMap<>((int) (items.size() / 0.75f) + 1);
    for (int i = 0; i < items.size(); i++) {
      I key = kind.id(items.get(i));
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        String collection = kind.collection();
        throw new RuleViolationException(Rule.PORTFOLIO_DUPLICATE_ID, Pointer.of(collection, i, "id"),
            "Duplicate id \"" + key + "\" in " + collection + ": expected ids unique within the collection, found it at "
                + Pointer.of(collection, previous, "id") + " too");
      }
    }
    return new Table<>(kind, items, new Base(first));
  }

  /** The position of the entity with this identifier, or -1. */
  int position(Identifier id) {
    return positions.get(id);
  }

  /** The entity with this identifier, or null. */
  T get(Identifier id) {
    int at = positions.get(id);
    return at < 0 ? null : items.get(at);
  }

  /** This table with the entity replacing the one with its identifier, or added at the end. */
  Table<T, I> put(T entity) {
    I id = kind.id(entity);
    int at = positions.get(id);
    int size = items.size();
    if (at >= 0) {
      if (items.get(at).equals(entity)) {
        return this;
      }
      ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(size);
      out.addAll(items.subList(0, at)).add(entity).addAll(items.subList(at + 1, size));
      return new Table<>(kind, out.build(), positions);
    }
    ImmutableList<T> added = ImmutableList.<T>builderWithExpectedSize(size + 1).addAll(items).add(entity).build();
    return derive(added, new Added(positions, id, size));
  }

  /** This table without the entity with this identifier; this table when there is none. */
  Table<T, I> remove(Identifier id) {
    int at = positions.get(id);
    if (at < 0) {
      return this;
    }
    int size = items.size();
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(size - 1);
    ImmutableList<T> removed = out.addAll(items.subList(0, at)).addAll(items.subList(at + 1, size)).build();
    return derive(removed, new Removed(positions, id, at));
  }

  private Table<T, I> derive(ImmutableList<T> items, Step step) {
    if (step.steps <= MAX_STEPS) {
      return new Table<>(kind, items, step);
    }
    Map<Identifier, Integer> index = new HashMap<>((int) (items.size() / 0.75f) + 1);
    for (int i = 0; i < items.size(); i++) {
      index.put(kind.id(items.get(i)), i);
    }
    return new Table<>(kind, items, new Base(index));
  }

  /** The positions of a table's identifiers. */
  private abstract static class Positions {
    abstract int get(Identifier id);

    abstract int steps();
  }

  private static final class Base extends Positions {
    private final Map<Identifier, Integer> index;

    Base(Map<Identifier, Integer> index) {
      this.index = index;
    }

    @Override
    int get(Identifier id) {
      Integer at = index.get(id);
      return at == null ? -1 : at;
    }

    @Override
    int steps() {
      return 0;
    }
  }

  private abstract static class Step extends Positions {
    final Positions before;
    final Identifier id;
    final int at;
    final int steps;

    Step(Positions before, Identifier id, int at) {
      this.before = before;
      this.id = id;
      this.at = at;
      this.steps = before.steps() + 1;
    }

    @Override
    int steps() {
      return steps;
    }
  }

  // The identifier added at the end, at position at.
  private static final class Added extends Step {
    Added(Positions before, Identifier id, int at) {
      super(before, id, at);
    }

    @Override
    int get(Identifier wanted) {
      return id.equals(wanted) ? at : before.get(wanted);
    }
  }

  // The identifier removed from position at: those after it move up by one.
  private static final class Removed extends Step {
    Removed(Positions before, Identifier id, int at) {
      super(before, id, at);
    }

    @Override
    int get(Identifier wanted) {
      if (id.equals(wanted)) {
        return -1;
      }
      int position = before.get(wanted);
      return position > at ? position - 1 : position;
    }
  }

}
