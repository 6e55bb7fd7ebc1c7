package org.cnd.report.internal;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.id.MapActorId;

/**
 * What the projected map of a cluster changes from the map of today: the actors missing today, the linkages absent
 * today that are to be developed, and those to be strengthened. Actors are matched by identifier, linkages by their
 * two actors and kind.
 *
 * @param newActors actors of the projected map that today's lacks
 * @param goneActors actors of today's map that the projected one lacks
 * @param newLinkages linkages of the projected map that today's lacks: to develop
 * @param strengthened linkages of both maps that are stronger in the projected one: to strengthen
 */
public record MapComparison(
    ImmutableList<MapActor> newActors,
    ImmutableList<MapActor> goneActors,
    ImmutableList<MapLinkage> newLinkages,
    ImmutableList<MapLinkage> strengthened) {

  /** The key a linkage is matched by. */
  public record Key(MapActorId from, MapActorId to, MapLinkageKind kind) {
    /** The key of a linkage. */
    public static Key of(MapLinkage l) {
      return new Key(l.fromActor(), l.toActor(), l.kind());
    }
  }

  /** Compares the projected map with today's. */
  public static MapComparison of(ClusterMap today, ClusterMap projected) {
    Map<Key, LinkageStrength> before = new LinkedHashMap<>();
    today.linkages().forEach(l -> before.put(Key.of(l), l.strength()));
    ImmutableList.Builder<MapLinkage> added = ImmutableList.builder();
    ImmutableList.Builder<MapLinkage> stronger = ImmutableList.builder();
    for (MapLinkage l : projected.linkages()) {
      LinkageStrength was = before.get(Key.of(l));
      if (was == null) {
        added.add(l);
      } else if (l.strength().compareTo(was) > 0) {
        stronger.add(l);
      }
    }
    return new MapComparison(
        projected.actors().stream().filter(a -> today.actor(a.id()).isEmpty()).collect(ImmutableList.toImmutableList()),
        today.actors().stream().filter(a -> projected.actor(a.id()).isEmpty()).collect(ImmutableList.toImmutableList()),
        added.build(), stronger.build());
  }

  /** No difference: the comparison of a map with itself. */
  public static MapComparison none() {
    return new MapComparison(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** True when the actor is new in the projected map. */
  public boolean isNew(MapActor actor) {
    return newActors.stream().anyMatch(a -> a.id().equals(actor.id()));
  }

  /** How the projected map changes the linkage, if it does: {@code new} or {@code stronger}. */
  public Optional<String> change(MapLinkage linkage) {
    Key key = Key.of(linkage);
    if (newLinkages.stream().anyMatch(l -> Key.of(l).equals(key))) {
      return Optional.of("new");
    }
    if (strengthened.stream().anyMatch(l -> Key.of(l).equals(key))) {
      return Optional.of("stronger");
    }
    return Optional.empty();
  }

  /** True when the maps differ. */
  public boolean isEmpty() {
    return newActors.isEmpty() && goneActors.isEmpty() && newLinkages.isEmpty() && strengthened.isEmpty();
  }
}
