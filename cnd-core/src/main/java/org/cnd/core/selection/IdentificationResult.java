package org.cnd.core.selection;

import java.util.Optional;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** Whether a candidate passed an identification criterion, with the evidence. */
@Value.Immutable
public abstract class IdentificationResult {
  IdentificationResult() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A pass or a fail, with its evidence. */
  public static IdentificationResult of(CandidateId candidate, CriterionId criterion, boolean passed, String evidence) {
    return builder().candidate(candidate).criterion(criterion).passed(passed).evidence(evidence).build();
  }

  /** The candidate. */
  public abstract CandidateId candidate();

  /** The identification criterion. */
  public abstract CriterionId criterion();

  /** True when the candidate passed. */
  public abstract boolean passed();

  /** The evidence: 450 establishments within 5 km (mapping data set, 2003). */
  public abstract Optional<String> evidence();

  @Value.Check
  void check() {
    evidence().ifPresent(e -> Texts.checkNotBlank(e, "/evidence", "evidence"));
  }

  /** Builds an {@link IdentificationResult}. */
  public static final class Builder extends ImmutableIdentificationResult.Builder {
    Builder() {}
  }
}
