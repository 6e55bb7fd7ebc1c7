package org.cnd.report;

import java.util.Objects;
import org.cnd.core.id.Identifier;
import org.cnd.core.time.PartialDate;

/**
 * One dated entry of a timeline, typed: when, what kind of event (a stable lower_snake_case code such as {@code
 * engagement_phase}), the entity it happened to, and what happened in words.
 *
 * @param date when it happened
 * @param kind the kind of event, a stable code
 * @param subject the entity it happened to
 * @param description what happened, in English
 */
public record TimelineItem(PartialDate date, String kind, Identifier subject, String description) {
  /** Checks that no part is null. */
  public TimelineItem {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
  }
}
