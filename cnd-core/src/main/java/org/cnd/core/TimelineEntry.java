package org.cnd.core;

import java.util.Objects;
import org.cnd.core.id.Identifier;
import org.cnd.core.time.PartialDate;

/**
 * One dated thing that happened, for the portfolio's timeline: a programme adopted, a phase begun, a study endorsed.
 *
 * @param date when it happened
 * @param subject the entity it happened to
 * @param kind a stable lower_snake_case code of what happened, such as {@code programme_status}
 * @param description what happened, in words
 */
public record TimelineEntry(PartialDate date, Identifier subject, String kind, String description) {
  /** Checks that no part is null. */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
  }

  /** {@code DATE  description}. */
  @Override
  public String toString() {
    return date + "  " + description;
  }
}
