package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.plan.ActionPlan;
import org.immutables.value.Value;

/**
 * The documents at hand when an engagement moves: the diagnostic studies and action plans of its cluster, and the
 * indicators of the engagement or its cluster. A portfolio gives the evidence for an engagement
 * ({@code Portfolio.evidenceFor}); guards ignore documents of other clusters or engagements.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No evidence at all. */
  public static Evidence none() {
    return builder().build();
  }

  /** The given documents. */
  public static Evidence of(
      Iterable<DiagnosticStudy> studies, Iterable<ActionPlan> plans, Iterable<Indicator> indicators) {
    return builder().studies(studies).plans(plans).indicators(indicators).build();
  }

  /** Diagnostic studies. */
  public abstract ImmutableList<DiagnosticStudy> studies();

  /** Action plans. */
  public abstract ImmutableList<ActionPlan> plans();

  /** Indicators. */
  public abstract ImmutableList<Indicator> indicators();

  /** Builds {@link Evidence}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
