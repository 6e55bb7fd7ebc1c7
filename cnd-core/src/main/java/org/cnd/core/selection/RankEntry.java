package org.cnd.core.selection;

import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.id.CandidateId;
import org.immutables.value.Value;

/** A candidate's place in a ranking, with its total score when there is one; tied candidates share a rank. */
@Value.Immutable
public abstract class RankEntry {
  RankEntry() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A candidate at a rank. */
  public static RankEntry of(CandidateId candidate, int rank) {
    return builder().candidate(candidate).rank(rank).build();
  }

  /** The candidate. */
  public abstract CandidateId candidate();

  /** The rank: 1 is first. */
  public abstract int rank();

  /** The weighted total score. */
  public abstract Optional<BigDecimal> total();

  /** Builds a {@link RankEntry}. */
  public static final class Builder extends ImmutableRankEntry.Builder {
    Builder() {}
  }
}
