package org.cnd.core.id;

/** Identifies an actor on a cluster map, unique within its map; linkages of the map name their actors by it. */
public final class MapActorId extends Identifier implements Comparable<MapActorId> {
  private MapActorId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static MapActorId of(String value) {
    return new MapActorId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static MapActorId parse(String text) {
    return new MapActorId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(MapActorId other) {
    return compareText(other);
  }
}
