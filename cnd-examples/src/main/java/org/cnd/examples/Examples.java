package org.cnd.examples;

import java.util.function.Supplier;
import org.cnd.core.Portfolio;

/** The example portfolios, by the name the command-line tool knows them by. */
public enum Examples {
  /** The Pakistan CND programme, from its public record. */
  PAKISTAN(PakistanProgramme::portfolio),
  /** The lifecycle tour's portfolio at its end: illustrative data, not history. */
  TOUR(LifecycleTour::portfolio);

  private final Supplier<Portfolio> portfolio;

  Examples(Supplier<Portfolio> portfolio) {
    this.portfolio = portfolio;
  }

  /** The example's portfolio. */
  public Portfolio portfolio() {
    return portfolio.get();
  }

  /** The name in lower case, as typed on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
