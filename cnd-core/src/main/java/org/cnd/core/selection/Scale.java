package org.cnd.core.selection;

import java.math.BigDecimal;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * The scale a prioritisation criterion is scored on, from its least to its greatest value, both included: 1 to 5.
 *
 * <p>Invariant: the least value is below the greatest. Values compare by number, so 5 and 5.0 are the same bound.
 */
@Value.Immutable
public abstract class Scale {
  Scale() {}

  /** The scale from the least to the greatest value. */
  public static Scale of(BigDecimal least, BigDecimal greatest) {
    return ImmutableScale.builder().least(least.stripTrailingZeros()).greatest(greatest.stripTrailingZeros()).build();
  }

  /** The scale between two integers. */
  public static Scale of(long least, long greatest) {
    return of(BigDecimal.valueOf(least), BigDecimal.valueOf(greatest));
  }

  /** The least value. */
  public abstract BigDecimal least();

  /** The greatest value. */
  public abstract BigDecimal greatest();

  /** True when the value lies on the scale, bounds included. */
  public boolean contains(BigDecimal value) {
    return value.compareTo(least()) >= 0 && value.compareTo(greatest()) <= 0;
  }

  @Value.Check
  void check() {
    if (least().compareTo(greatest()) >= 0) {
      throw new RuleViolationException(Rule.SELECTION_SCALE, Pointer.ROOT,
          "Invalid scale " + this + ": expected a least value below the greatest");
    }
  }

  /** The scale as least..greatest: {@code 1..5}. */
  @Override
  public String toString() {
    return least().toPlainString() + ".." + greatest().toPlainString();
  }
}
