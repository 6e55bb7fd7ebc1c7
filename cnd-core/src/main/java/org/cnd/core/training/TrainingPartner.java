package org.cnd.core.training;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** An organisation taking part in a training in one role: NIPA as organiser, UNIDO's India programme as resource partner. */
@Value.Immutable
public abstract class TrainingPartner {
  TrainingPartner() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An organisation in a role. */
  public static TrainingPartner of(OrganisationId organisation, TrainingRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** The organisation. */
  public abstract OrganisationId organisation();

  /** Its role. */
  public abstract TrainingRole role();

  /** What the record says of its part. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link TrainingPartner}. */
  public static final class Builder extends ImmutableTrainingPartner.Builder {
    Builder() {}
  }
}
