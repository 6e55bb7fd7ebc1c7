package org.cnd.core.programme;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** A programme's change of status, dated, with an optional note such as "overtaken by events". */
@Value.Immutable
public abstract class StatusChange {
  StatusChange() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A change without a note. */
  public static StatusChange of(ProgrammeStatus status, PartialDate date) {
    return builder().status(status).date(date).build();
  }

  /** A change with a note. */
  public static StatusChange of(ProgrammeStatus status, PartialDate date, String note) {
    return builder().status(status).date(date).note(note).build();
  }

  /** The status from this change on. */
  public abstract ProgrammeStatus status();

  /** When the change happened. */
  public abstract PartialDate date();

  /** Why, or what the record says about it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link StatusChange}. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    Builder() {}
  }
}
