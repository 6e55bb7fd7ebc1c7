package org.cnd.core.diagnostic;

import java.util.Optional;
import org.cnd.core.id.MapActorId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A linkage between two actors of a cluster map: what flows from one to the other and how strong the tie is. An
 * actor may be linked to itself (cooperation among the principal firms).
 */
@Value.Immutable
public abstract class MapLinkage {
  MapLinkage() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A linkage of a kind and strength from one actor to another. */
  public static MapLinkage of(MapActorId from, MapActorId to, MapLinkageKind kind, LinkageStrength strength) {
    return builder().fromActor(from).toActor(to).kind(kind).strength(strength).build();
  }

  /** The actor it starts from. */
  public abstract MapActorId fromActor();

  /** The actor it goes to. */
  public abstract MapActorId toActor();

  /** What flows along it. */
  public abstract MapLinkageKind kind();

  /** How strong it is. */
  public abstract LinkageStrength strength();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link MapLinkage}. */
  public static final class Builder extends ImmutableMapLinkage.Builder {
    Builder() {}
  }
}
