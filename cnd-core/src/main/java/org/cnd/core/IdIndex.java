package org.cnd.core;

import com.google.common.base.Preconditions;
import java.util.concurrent.ThreadLocalRandom;
import org.cnd.core.id.Identifier;

/**
 * A persistent map from identifiers to values (never null): a hash array mapped trie of 32-way nodes. {@link #with}
 * and {@link #without} copy only the nodes on the path to the key, a handful at any size, and share the rest; a
 * look-up walks the same few nodes.
 *
 * <p>The first seven levels take five bits each of the identifier's hash; identifiers whose hashes are equal (easy to
 * make: the hash is {@link String#hashCode()}'s) then go on by a second hash of their text, seeded at random per run
 * so that no document can be made to collide in it, and only identifiers equal in both land in one list. A document
 * of colliding ids thus costs a few more levels per look-up, not a linear search.
 *
 * @param <V> the values
 */
final class IdIndex<V> {
  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  // Seven levels of five bits cover the 32 bits of the hash; thirteen more cover the 64 of the second hash.
  private static final int PRIMARY_LEVELS = 7;
  static final int LEVELS = PRIMARY_LEVELS + 13;
  private static final long SEED = ThreadLocalRandom.current().nextLong();
  private static final Object[] NO_SLOTS = {};
  private static final IdIndex<?> EMPTY = new IdIndex<>(LEVELS, new Node(0, NO_SLOTS));

  // The levels of nodes above the lists: LEVELS, fewer only to test the lists.
  private final int levels;
  private final Node root;

  private IdIndex(int levels, Node root) {
    this.levels = levels;
    this.root = root;
  }

  /** The index with nothing in it. */
  @SuppressWarnings("unchecked")
  static <V> IdIndex<V> empty() {
    return (IdIndex<V>) EMPTY;
  }

  /** The index with nothing in it whose keys go into lists below this many levels (for tests of the lists). */
  static <V> IdIndex<V> empty(int levels) {
    Preconditions.checkArgument(levels >= 0 && levels <= LEVELS, "levels %s", levels);
    return new IdIndex<>(levels, new Node(0, NO_SLOTS));
  }

  /** True when the index holds nothing. */
  boolean isEmpty() {
    return root.slots.length == 0;
  }

  /** The value of this identifier, or null. */
  @SuppressWarnings("unchecked")
  V get(Identifier key) {
    int hash = spread(key.hashCode());
    long second = 0;
    Node node = root;
    for (int level = 0; ; level++) {
      Object[] slots = node.slots;
      if (level == levels) {
        for (int i = 0; i < slots.length; i += 2) {
          if (key.equals(slots[i])) {
            return (V) slots[i + 1];
          }
        }
        return null;
      }
      if (level == PRIMARY_LEVELS) {
        second = secondary(key);
      }
      int bit = 1 << chunk(hash, second, level);
      if ((node.bitmap & bit) == 0) {
        return null;
      }
      int i = 2 * Integer.bitCount(node.bitmap & (bit - 1));
      Object k = slots[i];
      if (k == null) {
        node = (Node) slots[i + 1];
      } else {
        return key.equals(k) ? (V) slots[i + 1] : null;
      }
    }
  }

  /** This index with the value for this identifier, added or in place of the one it had. */
  IdIndex<V> with(Identifier key, V value) {
    Node changed = put(root, 0, key, spread(key.hashCode()), value);
    return changed == root ? this : new IdIndex<>(levels, changed);
  }

  /** This index without this identifier; this index when it has none. */
  IdIndex<V> without(Identifier key) {
    Node changed = remove(root, 0, key, spread(key.hashCode()));
    if (changed == root) {
      return this;
    }
    return changed == null ? empty(levels) : new IdIndex<>(levels, changed);
  }

  // A node: per slot, a key and its value, or null and the child node of the keys that share the slot's bits. At
  // the last level the slots are a plain list and the bitmap is unused.
  private static final class Node {
    final int bitmap;
    final Object[] slots;

    Node(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }
  }

  private Node put(Node node, int level, Identifier key, int hash, Object value) {
    Object[] slots = node.slots;
    if (level == levels) {
      for (int i = 0; i < slots.length; i += 2) {
        if (key.equals(slots[i])) {
          return slots[i + 1] == value ? node : withSlot(node, i + 1, value);
        }
      }
      return new Node(0, insert(slots, slots.length, key, value));
    }
    int bit = 1 << chunk(hash, level < PRIMARY_LEVELS ? 0 : secondary(key), level);
    int i = 2 * Integer.bitCount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) == 0) {
      return new Node(node.bitmap | bit, insert(slots, i, key, value));
    }
    Object k = slots[i];
    if (k == null) {
      Node child = (Node) slots[i + 1];
      Node changed = put(child, level + 1, key, hash, value);
      return changed == child ? node : withSlot(node, i + 1, changed);
    }
    if (key.equals(k)) {
      return slots[i + 1] == value ? node : withSlot(node, i + 1, value);
    }
    Identifier other = (Identifier) k;
    Node pair = pair(level + 1, other, spread(other.hashCode()), slots[i + 1], key, hash, value);
    Object[] changed = slots.clone();
    changed[i] = null;
    changed[i + 1] = pair;
    return new Node(node.bitmap, changed);
  }

  private static Node withSlot(Node node, int i, Object value) {
    Object[] slots = node.slots.clone();
    slots[i] = value;
    return new Node(node.bitmap, slots);
  }

  // The node, at this level, of two keys that shared a slot above it.
  private Node pair(int level, Identifier k1, int h1, Object v1, Identifier k2, int h2, Object v2) {
    if (level == levels) {
      return new Node(0, new Object[] {k1, v1, k2, v2});
    }
    int c1 = chunk(h1, level < PRIMARY_LEVELS ? 0 : secondary(k1), level);
    int c2 = chunk(h2, level < PRIMARY_LEVELS ? 0 : secondary(k2), level);
    if (c1 == c2) {
      return new Node(1 << c1, new Object[] {null, pair(level + 1, k1, h1, v1, k2, h2, v2)});
    }
    Object[] slots = c1 < c2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
    return new Node((1 << c1) | (1 << c2), slots);
  }

  // The node without the key: the same node when it has none, null when nothing is left. A child left with one key
  // and no child of its own is folded into its parent's slot, so removals do not leave long chains behind.
  private Node remove(Node node, int level, Identifier key, int hash) {
    Object[] slots = node.slots;
    if (level == levels) {
      for (int i = 0; i < slots.length; i += 2) {
        if (key.equals(slots[i])) {
          return slots.length == 2 ? null : new Node(0, delete(slots, i));
        }
      }
      return node;
    }
    int bit = 1 << chunk(hash, level < PRIMARY_LEVELS ? 0 : secondary(key), level);
    if ((node.bitmap & bit) == 0) {
      return node;
    }
    int i = 2 * Integer.bitCount(node.bitmap & (bit - 1));
    Object k = slots[i];
    if (k == null) {
      Node child = (Node) slots[i + 1];
      Node changed = remove(child, level + 1, key, hash);
      if (changed == child) {
        return node;
      }
      if (changed == null) {
        return slots.length == 2 ? null : new Node(node.bitmap & ~bit, delete(slots, i));
      }
      Object[] copy = slots.clone();
      if (changed.slots.length == 2 && changed.slots[0] != null) {
        copy[i] = changed.slots[0];
        copy[i + 1] = changed.slots[1];
      } else {
        copy[i + 1] = changed;
      }
      return new Node(node.bitmap, copy);
    }
    if (!key.equals(k)) {
      return node;
    }
    return slots.length == 2 ? null : new Node(node.bitmap & ~bit, delete(slots, i));
  }

  private static Object[] insert(Object[] slots, int i, Object key, Object value) {
    Object[] out = new Object[slots.length + 2];
    System.arraycopy(slots, 0, out, 0, i);
    out[i] = key;
    out[i + 1] = value;
    System.arraycopy(slots, i, out, i + 2, slots.length - i);
    return out;
  }

  private static Object[] delete(Object[] slots, int i) {
    Object[] out = new Object[slots.length - 2];
    System.arraycopy(slots, 0, out, 0, i);
    System.arraycopy(slots, i + 2, out, i, slots.length - i - 2);
    return out;
  }

  private static int chunk(int hash, long second, int level) {
    return level < PRIMARY_LEVELS
        ? hash >>> (BITS * level) & MASK
        : (int) (second >>> (BITS * (level - PRIMARY_LEVELS))) & MASK;
  }

  private static int spread(int hash) {
    return hash ^ hash >>> 16;
  }

  // The second hash: of the text, seeded per run.
  private static long secondary(Identifier key) {
    String text = key.value();
    long h = SEED;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return h ^ h >>> 32;
  }
}
