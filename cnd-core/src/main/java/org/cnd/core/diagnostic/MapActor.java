package org.cnd.core.diagnostic;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalLong;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * An actor on a cluster map: a group of the cluster's enterprises ("some 400 fan manufacturers"), or institutions
 * of one kind, with how many there are and, where the record names them, the organisations.
 */
@Value.Immutable
public abstract class MapActor {
  MapActor() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier within the map. */
  public abstract MapActorId id();

  /** What kind of actor. */
  public abstract ActorKind kind();

  /** How the map names it: fan manufacturers, motor winders, PCSIR laboratories. */
  public abstract Optional<String> name();

  /** How many there are; never negative. */
  public abstract OptionalLong count();

  /** The organisations it stands for, when named. */
  public abstract ImmutableList<OrganisationId> organisations();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    name().ifPresent(n -> Texts.checkNotBlank(n, "/name", "actor name"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
    if (count().isPresent() && count().getAsLong() < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, "/count",
          "Negative count of actor " + id() + ": expected 0 or more, found " + count().getAsLong());
    }
  }

  /** Builds a {@link MapActor}. */
  public static final class Builder extends ImmutableMapActor.Builder {
    Builder() {}
  }
}
