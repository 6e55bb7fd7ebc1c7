package org.cnd.core;

import java.util.Optional;
import org.cnd.core.internal.Codes;
import org.cnd.core.validation.Coded;

/**
 * What a {@link TimelineEntry} records. The entry's {@link TimelineEntry#item() item} says which element of the
 * subject's list it is, for the kinds that are about one: a status change, a funding commitment, a phase change, an
 * activity, a measurement, a follow-up event.
 */
public enum TimelineKind implements Coded {
  /** A programme's status changed: item is the position in its status history. */
  PROGRAMME_STATUS("Programme status"),
  /** Funding was committed to a programme: item is the position in its funding. */
  FUNDING_COMMITMENT("Funding commitment"),
  /** An engagement entered a phase: item is the position in its phase history. */
  ENGAGEMENT_PHASE("Engagement phase"),
  /** A diagnostic study was validated. */
  STUDY_VALIDATED("Study validated"),
  /** A diagnostic study was endorsed. */
  STUDY_ENDORSED("Study endorsed"),
  /** An action plan was endorsed. */
  PLAN_ENDORSED("Plan endorsed"),
  /** An action plan was superseded. */
  PLAN_SUPERSEDED("Plan superseded"),
  /** An activity of an action plan started: item is the position in the plan's activities. */
  ACTIVITY("Activity"),
  /** An indicator was measured: item is the position in its measurements. */
  MEASUREMENT("Measurement"),
  /** A training started. */
  TRAINING("Training"),
  /** A follow-up event of a training: item is the position in its follow-ups. */
  TRAINING_FOLLOW_UP("Training follow-up"),
  /** A linkage was made. */
  LINKAGE("Linkage"),
  /** A report was produced. */
  REPORT("Report");

  private final String label;

  TimelineKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static Optional<TimelineKind> fromCode(String code) {
    return Coded.fromCode(TimelineKind.class, code);
  }
}
