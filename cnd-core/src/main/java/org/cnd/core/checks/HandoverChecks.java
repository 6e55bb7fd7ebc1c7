package org.cnd.core.checks;

import java.util.function.Consumer;
import org.cnd.core.lifecycle.Handover;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of an exit handover: the organisations that take over, and those on the
 * governance body that stays, are organisations of the portfolio.
 */
public final class HandoverChecks {
  private HandoverChecks() {}

  /**
   * Checks a handover found at {@code path} (such as {@code /engagements/3/handover}).
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkHandover(Handover handover, Path path, References known, Consumer<Violation> out) {
    for (int j = 0; j < handover.takeovers().size(); j++) {
      known.check(handover.takeovers().get(j).organisation(), path.with("takeovers", j), "organisation",
          "Organisation", () -> "the exit handover", out);
    }
    if (handover.governanceBody().isPresent()) {
      known.checkAll(handover.governanceBody().get().members(), path.with("governanceBody"), "members", "Member",
          () -> "the governance body that stays", out);
    }
  }
}
