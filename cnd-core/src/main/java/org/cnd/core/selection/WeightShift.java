package org.cnd.core.selection;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.immutables.value.Value;

/** One move of a sensitivity check: one criterion's weight moved by a factor, and the candidates it selects then. */
@Value.Immutable
public abstract class WeightShift {
  WeightShift() {}

  /** The criterion whose weight moved. */
  public abstract CriterionId criterion();

  /** The factor its weight was multiplied by before the weights were scaled back to a sum of 1: 1.1 or 0.9. */
  public abstract BigDecimal factor();

  /** The weights after the move. */
  public abstract ImmutableMap<CriterionId, BigDecimal> weights();

  /** The candidates selected with those weights. */
  public abstract ImmutableSet<CandidateId> selected();

  /** True when the selected set differs from the one of the exercise's own weights. */
  public abstract boolean changesSelection();
}
