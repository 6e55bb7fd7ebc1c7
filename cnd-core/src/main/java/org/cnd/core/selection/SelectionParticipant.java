package org.cnd.core.selection;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** An organisation taking part in a selection exercise in one role: a ministry as convenor, a chamber as stakeholder. */
@Value.Immutable
public abstract class SelectionParticipant {
  SelectionParticipant() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An organisation in a role. */
  public static SelectionParticipant of(OrganisationId organisation, SelectionRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** The organisation. */
  public abstract OrganisationId organisation();

  /** Its role. */
  public abstract SelectionRole role();

  /** What the record says of its part. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link SelectionParticipant}. */
  public static final class Builder extends ImmutableSelectionParticipant.Builder {
    Builder() {}
  }
}
