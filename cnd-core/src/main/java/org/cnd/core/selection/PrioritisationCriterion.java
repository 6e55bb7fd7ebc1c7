package org.cnd.core.selection;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.id.CriterionId;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A criterion that says which candidates come first: export potential, poverty relevance, willingness to cooperate.
 * Its weight and scale are absent when the record does not give them (the five pilot clusters of Pakistan were
 * "selected for their export potential", with no weight or scale).
 *
 * <p>Invariant: a weight is above 0 and at most 1.
 */
@Value.Immutable
public abstract class PrioritisationCriterion {
  PrioritisationCriterion() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique among the exercise's criteria. */
  public abstract CriterionId id();

  /** The name: export potential. */
  public abstract String name();

  /** Its share of the total score, in (0, 1]. */
  public abstract Optional<BigDecimal> weight();

  /** The scale it is scored on. */
  public abstract Optional<Scale> scale();

  /** Which scores are better; higher unless stated. */
  @Value.Default
  public CriterionDirection direction() {
    return CriterionDirection.HIGHER_IS_BETTER;
  }

  /** What it measures and how. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "criterion name");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (weight().isPresent() && (weight().get().signum() <= 0 || weight().get().compareTo(BigDecimal.ONE) > 0)) {
      throw new RuleViolationException(Rule.SELECTION_WEIGHT, "/weight",
          "Weight of criterion " + id() + " is " + weight().get().toPlainString() + ": expected a number above 0 and at most 1");
    }
  }

  /** Builds a {@link PrioritisationCriterion}. */
  public static final class Builder extends ImmutablePrioritisationCriterion.Builder {
    Builder() {}
  }
}
