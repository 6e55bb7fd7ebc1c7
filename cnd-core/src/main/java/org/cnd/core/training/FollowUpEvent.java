package org.cnd.core.training;

import java.util.Optional;
import org.cnd.core.id.TrainingId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/**
 * An event that follows a training: "review meeting of the CDAs is expected in mid-May 2008" is a planned review
 * meeting dated {@code 2008-05} with the note "expected in mid-May". When held, it may be recorded as a training of
 * its own.
 */
@Value.Immutable
public abstract class FollowUpEvent {
  FollowUpEvent() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An event of a kind, with a status, at a date. */
  public static FollowUpEvent of(TrainingKind kind, EventStatus status, PartialDate date) {
    return builder().kind(kind).status(status).date(date).build();
  }

  /** What kind of event. */
  public abstract TrainingKind kind();

  /** Planned, held or cancelled. */
  public abstract EventStatus status();

  /** When it is expected, or took place. */
  public abstract PartialDate date();

  /** The training recording the event, once held. */
  public abstract Optional<TrainingId> training();

  /** What the record says of it: expected in mid-May. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link FollowUpEvent}. */
  public static final class Builder extends ImmutableFollowUpEvent.Builder {
    Builder() {}
  }
}
