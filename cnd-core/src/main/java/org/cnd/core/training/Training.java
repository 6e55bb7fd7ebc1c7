package org.cnd.core.training;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A training programme, course, workshop or review meeting: the training-of-trainers programme with NIPA in
 * May-June 2005, the CDA training of the first quarter of 2007.
 *
 * <p>Invariant: follow-up events are not dated certainly before the training starts.
 */
@Value.Immutable
public abstract class Training {
  Training() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract TrainingId id();

  /** The title. */
  public abstract String title();

  /** What kind of training. */
  public abstract TrainingKind kind();

  /** The programme it was held under. */
  public abstract Optional<ProgrammeId> programme();

  /** When it took place. */
  public abstract Optional<DateRange> period();

  /** The organisers and resource partners, with their roles. */
  public abstract ImmutableList<TrainingPartner> partners();

  /** Who took part. */
  public abstract Optional<Participants> participants();

  /** Its exercises: a diagnostic study and an action plan per cluster. */
  public abstract ImmutableList<Exercise> exercises();

  /** The events that follow it. */
  public abstract ImmutableList<FollowUpEvent> followUps();

  /** Free text. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "training title");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (period().isEmpty()) {
      return;
    }
    for (int i = 0; i < followUps().size(); i++) {
      FollowUpEvent event = followUps().get(i);
      if (event.date().isCertainlyBefore(period().get().start())) {
        throw new RuleViolationException(Rule.TRAINING_FOLLOW_UP_DATE, "/followUps/" + i + "/date",
            "Follow-up " + event.kind().code() + " of training " + id() + " is dated " + event.date()
                + ": expected no earlier than the training's start (" + period().get().start() + ")");
      }
    }
  }

  /** Builds a {@link Training}. */
  public static final class Builder extends ImmutableTraining.Builder {
    Builder() {}
  }
}
