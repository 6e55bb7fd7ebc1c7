package org.cnd.core.training;

import java.util.Optional;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * An exercise of a CDA course: a diagnostic study and an action plan for one cluster, each named by identifier
 * when the portfolio holds it, or described. The cluster is named or described.
 */
@Value.Immutable
public abstract class Exercise {
  Exercise() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cluster, when the portfolio holds it. */
  public abstract Optional<ClusterId> cluster();

  /** The cluster in words, when it is not in the portfolio: the cutlery cluster in Wazirabad. */
  public abstract Optional<String> clusterDescription();

  /** The diagnostic study made. */
  public abstract Optional<DiagnosticStudyId> study();

  /** The action plan made. */
  public abstract Optional<ActionPlanId> plan();

  /** What was done, in words. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    clusterDescription().ifPresent(d -> Texts.checkNotBlank(d, "/clusterDescription", "cluster description"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (cluster().isEmpty() && clusterDescription().isEmpty()) {
      throw new RuleViolationException(Rule.TRAINING_EXERCISE, Pointer.ROOT,
          "Exercise names no cluster: expected a cluster id or a cluster description, found neither");
    }
  }

  /** Builds an {@link Exercise}. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}
  }
}
