package org.cnd.core;

import java.util.Objects;
import org.cnd.core.id.Identifier;
import org.cnd.core.time.PartialDate;

/**
 * One dated thing that happened, for the portfolio's timeline: a programme adopted, a phase begun, a study endorsed.
 * The entry says what and where, as data; putting it in words is the presentation's work (the report and the tool).
 *
 * @param date when it happened
 * @param subject the entity it happened to
 * @param kind what happened
 * @param item which element of the subject's list it is about, for the kinds that are about one (see {@link
 *     TimelineKind}); 0 for the others
 */
public record TimelineEntry(PartialDate date, Identifier subject, TimelineKind kind, int item) {
  /** Checks that no part is null and the item is not negative. */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    if (item < 0) {
      throw new IllegalArgumentException("Negative item " + item + " of a timeline entry: expected 0 or more");
    }
  }

  /** {@code DATE  kind subject[item]}, such as {@code 2005-10  engagement_phase e1[2]}. */
  @Override
  public String toString() {
    return date + "  " + kind.code() + " " + subject + "[" + item + "]";
  }
}
