package org.cnd.core.selection;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A candidate's score on a prioritisation criterion, with its source, or the record that it was not scored and
 * why.
 *
 * <p>Invariant: a value or a reason for not scoring, one of the two.
 */
@Value.Immutable
public abstract class Score {
  Score() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A scored value. */
  public static Score of(CandidateId candidate, CriterionId criterion, BigDecimal value) {
    return builder().candidate(candidate).criterion(criterion).value(value).build();
  }

  /** A pair not scored, and why. */
  public static Score notScored(CandidateId candidate, CriterionId criterion, String reason) {
    return builder().candidate(candidate).criterion(criterion).notScoredReason(reason).build();
  }

  /** The candidate. */
  public abstract CandidateId candidate();

  /** The prioritisation criterion. */
  public abstract CriterionId criterion();

  /** The value, on the criterion's scale. */
  public abstract Optional<BigDecimal> value();

  /** Why the candidate was not scored on the criterion: no data. */
  public abstract Optional<String> notScoredReason();

  /** Where the value comes from: the mapping data set, an export statistic, the stakeholders' workshop. */
  public abstract Optional<String> source();

  /** When it was scored. */
  public abstract Optional<PartialDate> date();

  /** Free text. */
  public abstract Optional<String> note();

  /** True when the pair has a value. */
  public boolean isScored() {
    return value().isPresent();
  }

  @Value.Check
  void check() {
    notScoredReason().ifPresent(r -> Texts.checkNotBlank(r, "/notScoredReason", "reason for not scoring"));
    source().ifPresent(s -> Texts.checkNotBlank(s, "/source", "score source"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
    if (value().isPresent() == notScoredReason().isPresent()) {
      throw new RuleViolationException(Rule.SELECTION_SCORE_VALUE, Pointer.ROOT,
          "Score of candidate " + candidate() + " on criterion " + criterion() + " gives "
              + (value().isPresent() ? "both a value and a reason for not scoring" : "neither a value nor a reason for not scoring")
              + ": expected one of the two");
    }
  }

  /** Builds a {@link Score}. */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }
}
