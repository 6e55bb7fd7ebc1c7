package org.cnd.core.diagnostic;

import java.util.Optional;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** A baseline value a diagnostic study found for an indicator. */
@Value.Immutable
public abstract class BaselineValue {
  BaselineValue() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value found for an indicator. */
  public static BaselineValue of(IndicatorId indicator, IndicatorValue value) {
    return builder().indicator(indicator).value(value).build();
  }

  /** The indicator. */
  public abstract IndicatorId indicator();

  /** The value found. */
  public abstract IndicatorValue value();

  /** When the value held, when the study says. */
  public abstract Optional<PartialDate> date();

  /** Builds a {@link BaselineValue}. */
  public static final class Builder extends ImmutableBaselineValue.Builder {
    Builder() {}
  }
}
