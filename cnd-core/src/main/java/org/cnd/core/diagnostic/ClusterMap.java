package org.cnd.core.diagnostic;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cnd.core.id.MapActorId;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A map of a cluster's economic system: its actors and the linkages between them. A diagnostic study has the map
 * of today and may have a projected one, of the cluster the action plan aims at.
 *
 * <p>Invariants: actors have distinct identifiers; linkages join actors of this map.
 */
@Value.Immutable
public abstract class ClusterMap {
  ClusterMap() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The actors. */
  public abstract ImmutableList<MapActor> actors();

  /** The linkages between actors. */
  public abstract ImmutableList<MapLinkage> linkages();

  /** The actor with this identifier. */
  public Optional<MapActor> actor(MapActorId id) {
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Map<MapActorId, Integer> seen = new HashMap<>();
    for (int i = 0; i < actors().size(); i++) {
      Integer previous = seen.putIfAbsent(actors().get(i).id(), i);
      if (previous != null) {
        throw new RuleViolationException(Rule.DIAGNOSTIC_MAP_ACTOR_DUPLICATE, "/actors/" + i + "/id",
            "Duplicate actor id \"" + actors().get(i).id() + "\": expected ids unique within the map, found it at /actors/"
                + previous + "/id too");
      }
    }
    for (int i = 0; i < linkages().size(); i++) {
      MapLinkage linkage = linkages().get(i);
      if (!seen.containsKey(linkage.fromActor())) {
        throw unknownActor(i, "fromActor", linkage.fromActor());
      }
      if (!seen.containsKey(linkage.toActor())) {
        throw unknownActor(i, "toActor", linkage.toActor());
      }
    }
  }

  private static RuleViolationException unknownActor(int index, String end, MapActorId actor) {
    return new RuleViolationException(Rule.DIAGNOSTIC_MAP_LINKAGE, "/linkages/" + index + "/" + end,
        "Linkage's " + end + " \"" + actor + "\" is not on the map: expected the id of one of the map's actors");
  }

  /** Builds a {@link ClusterMap}. */
  public static final class Builder extends ImmutableClusterMap.Builder {
    Builder() {}
  }
}
