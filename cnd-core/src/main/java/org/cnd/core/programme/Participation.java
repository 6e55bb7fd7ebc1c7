package org.cnd.core.programme;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** An organisation taking part in a programme in one role. An organisation with two roles appears twice. */
@Value.Immutable
public abstract class Participation {
  Participation() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An organisation in a role. */
  public static Participation of(OrganisationId organisation, ParticipationRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** The organisation. */
  public abstract OrganisationId organisation();

  /** Its role. */
  public abstract ParticipationRole role();

  /** What the record says of its part ("in collaboration with SMEDA"). */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link Participation}. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
