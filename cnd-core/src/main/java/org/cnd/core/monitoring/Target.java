package org.cnd.core.monitoring;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** A value an indicator should reach by a date. */
@Value.Immutable
public abstract class Target {
  Target() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A target value by a date. */
  public static Target of(IndicatorValue value, PartialDate date) {
    return builder().value(value).date(date).build();
  }

  /** The value to reach. */
  public abstract IndicatorValue value();

  /** By when. */
  public abstract PartialDate date();

  /** What the record says of it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
