package org.cnd.json.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the nodes of one object were read: the object's start, each property's value, each element of an array
 * property and, until the object is built, the same tables of the objects among them (one level down only, so that
 * what an enclosing object keeps stays small and proportional to its own size). Locations are packed into longs,
 * line and column, because an enclosing object keeps one table per element of its arrays while it is read.
 */
final class LocationTable {
  private static final long ABSENT = 0L;

  private final Map<String, Integer> indexByName;
  private final long start;
  private final long[] valueAt;
  private long[][] elementsAt;
  private int[] elementCounts;
  private LocationTable[] objectAt;
  private LocationTable[][] elementObjectsAt;

  LocationTable(Map<String, Integer> indexByName, TokenStreamLocation start, int properties) {
    this.indexByName = indexByName;
    this.start = pack(start);
    this.valueAt = new long[properties];
  }

  private LocationTable(LocationTable table) {
    this.indexByName = table.indexByName;
    this.start = table.start;
    this.valueAt = table.valueAt;
    this.elementsAt = table.elementsAt;
    this.elementCounts = table.elementCounts;
  }

  /** The same table without the tables of the objects inside: what the enclosing object keeps. */
  LocationTable ownLevel() {
    return objectAt == null && elementObjectsAt == null ? this : new LocationTable(this);
  }

  /** Records where the property's value starts. */
  void value(int property, TokenStreamLocation at) {
    valueAt[property] = pack(at);
  }

  /** Records where the next element of an array property starts. */
  void element(int property, TokenStreamLocation at) {
    if (elementsAt == null) {
      elementsAt = new long[valueAt.length][];
      elementCounts = new int[valueAt.length];
    }
    long[] elements = elementsAt[property];
    int count = elementCounts[property];
    if (elements == null || count == elements.length) {
      elements = elements == null ? new long[4] : Arrays.copyOf(elements, count * 2);
      elementsAt[property] = elements;
    }
    elements[count] = pack(at);
    elementCounts[property] = count + 1;
  }

  /** Records the table of the object a property holds. */
  void object(int property, LocationTable table) {
    if (objectAt == null) {
      objectAt = new LocationTable[valueAt.length];
    }
    objectAt[property] = table;
  }

  /** Records the table of the object at the last element recorded for an array property. */
  void elementObject(int property, LocationTable table) {
    if (elementObjectsAt == null) {
      elementObjectsAt = new LocationTable[valueAt.length][];
    }
    LocationTable[] objects = elementObjectsAt[property];
    int element = elementCounts[property] - 1;
    if (objects == null || element >= objects.length) {
      objects = objects == null ? new LocationTable[Math.max(4, element + 1)]
          : Arrays.copyOf(objects, Math.max(objects.length * 2, element + 1));
      elementObjectsAt[property] = objects;
    }
    objects[element] = table;
  }

  /**
   * The location of the node that the reference tokens name from {@code from} on, relative to this object, or of its
   * nearest ancestor recorded.
   *
   * @return the line and column, packed; see {@link #line(long)} and {@link #column(long)}
   */
  long locate(List<String> tokens, int from) {
    if (from >= tokens.size()) {
      return start;
    }
    Integer index = indexByName.get(tokens.get(from));
    if (index == null || valueAt[index] == ABSENT) {
      return start;
    }
    boolean deeper = from + 1 < tokens.size();
    long[] elements = elementsAt == null ? null : elementsAt[index];
    if (elements == null) {
      LocationTable object = objectAt == null ? null : objectAt[index];
      return deeper && object != null ? object.locate(tokens, from + 1) : valueAt[index];
    }
    int element = deeper ? Pointers.index(tokens.get(from + 1)) : -1;
    if (element < 0 || element >= elementCounts[index]) {
      return valueAt[index];
    }
    LocationTable[] objects = elementObjectsAt == null ? null : elementObjectsAt[index];
    LocationTable object = objects == null || element >= objects.length ? null : objects[element];
    return from + 2 < tokens.size() && object != null ? object.locate(tokens, from + 2) : elements[element];
  }

  // Lines and columns are 1-based or -1 (unknown): a packed location is never 0, which marks an absent one.
  private static long pack(TokenStreamLocation at) {
    return ((long) Errors.line(at) << 32) | (Errors.column(at) & 0xFFFFFFFFL);
  }

  /** The line of a packed location. */
  static int line(long location) {
    return (int) (location >> 32);
  }

  /** The column of a packed location. */
  static int column(long location) {
    return (int) location;
  }
}
