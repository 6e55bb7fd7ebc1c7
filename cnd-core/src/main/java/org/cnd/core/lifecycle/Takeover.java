package org.cnd.core.lifecycle;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** One responsibility of the programme that an organisation takes over at exit: PSIC takes over the CDA's work. */
@Value.Immutable
public abstract class Takeover {
  Takeover() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An organisation that takes over a responsibility. */
  public static Takeover of(OrganisationId organisation, String responsibility) {
    return builder().organisation(organisation).responsibility(responsibility).build();
  }

  /** The organisation. */
  public abstract OrganisationId organisation();

  /** The responsibility, in words: funding the cluster's CDA, running the common facility centre. */
  public abstract String responsibility();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Texts.checkNotBlank(responsibility(), "/responsibility", "responsibility");
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link Takeover}. */
  public static final class Builder extends ImmutableTakeover.Builder {
    Builder() {}
  }
}
