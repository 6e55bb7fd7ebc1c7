package org.cnd.core;

import java.util.Objects;
import java.util.Optional;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.validation.RuleViolationException;

/**
 * What a lifecycle move on a {@link Portfolio} gives: the portfolio with the moved engagement, or the {@link Refusal}
 * that names the rule which refused the move and what was missing. A refused move is a value, never an exception.
 */
public final class PortfolioMove {
  private final Portfolio portfolio;
  private final Engagement engagement;
  private final Refusal refusal;

  private PortfolioMove(Portfolio portfolio, Engagement engagement, Refusal refusal) {
    this.portfolio = portfolio;
    this.engagement = engagement;
    this.refusal = refusal;
  }

  static PortfolioMove moved(Portfolio portfolio, Engagement engagement) {
    return new PortfolioMove(Objects.requireNonNull(portfolio), Objects.requireNonNull(engagement), null);
  }

  static PortfolioMove refused(Refusal refusal) {
    return new PortfolioMove(null, null, Objects.requireNonNull(refusal));
  }

  /** True when the move was made. */
  public boolean isMoved() {
    return refusal == null;
  }

  /** The portfolio after the move, when it was made. */
  public Optional<Portfolio> portfolio() {
    return Optional.ofNullable(portfolio);
  }

  /** The engagement after the move, when it was made. */
  public Optional<Engagement> engagement() {
    return Optional.ofNullable(engagement);
  }

  /** Why the move was refused, when it was. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * The portfolio after the move, for callers that treat a refusal as a bug.
   *
   * @throws RuleViolationException carrying the refusal's violation, when refused
   */
  public Portfolio orElseThrow() {
    if (refusal != null) {
      refusal.orElseThrow();
    }
    return portfolio;
  }

  /** {@code moved: <engagement>} or {@code refused: <refusal>}. */
  @Override
  public String toString() {
    return isMoved() ? "moved: " + engagement : "refused: " + refusal;
  }
}
