package org.cnd.core.monitoring;

import java.util.Optional;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** Where an indicator started: its value at a date, usually found by the cluster's diagnostic study. */
@Value.Immutable
public abstract class Baseline {
  Baseline() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A baseline value at a date, not tied to a study. */
  public static Baseline of(IndicatorValue value, PartialDate date) {
    return builder().value(value).date(date).build();
  }

  /** A baseline value at a date, found by a diagnostic study. */
  public static Baseline of(IndicatorValue value, PartialDate date, DiagnosticStudyId study) {
    return builder().value(value).date(date).study(study).build();
  }

  /** The value. */
  public abstract IndicatorValue value();

  /** When the value held. */
  public abstract PartialDate date();

  /** The diagnostic study it came from. */
  public abstract Optional<DiagnosticStudyId> study();

  /** What the record says of it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
