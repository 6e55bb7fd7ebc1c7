package org.cnd.core.network;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** A member organisation of a network, with its stage of the value chain when the record states it. */
@Value.Immutable
public abstract class NetworkMember {
  NetworkMember() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A member. */
  public static NetworkMember of(OrganisationId organisation) {
    return builder().organisation(organisation).build();
  }

  /** A member at a stage of the value chain. */
  public static NetworkMember of(OrganisationId organisation, String stage) {
    return builder().organisation(organisation).stage(stage).build();
  }

  /** The organisation. */
  public abstract OrganisationId organisation();

  /** Its stage of the value chain: tanning, stitching, retail. */
  public abstract Optional<String> stage();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    stage().ifPresent(s -> Texts.checkNotBlank(s, "/stage", "value-chain stage"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link NetworkMember}. */
  public static final class Builder extends ImmutableNetworkMember.Builder {
    Builder() {}
  }
}
