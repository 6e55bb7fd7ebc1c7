package org.cnd.core.lifecycle;

import java.util.function.Consumer;
import org.cnd.core.id.KnownIds;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
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
  public static void checkHandover(Handover handover, String path, KnownIds known, Consumer<Violation> out) {
    for (int j = 0; j < handover.takeovers().size(); j++) {
      var org = handover.takeovers().get(j).organisation();
      if (!known.contains(org)) {
        out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.append(path, "takeovers", j, "organisation"),
            "Organisation \"" + org + "\" that takes over at exit is not in the portfolio: expected the id of an organisation"));
      }
    }
    if (handover.governanceBody().isPresent()) {
      var members = handover.governanceBody().get().members();
      for (int j = 0; j < members.size(); j++) {
        if (!known.contains(members.get(j))) {
          out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.append(path, "governanceBody", "members", j),
              "Member \"" + members.get(j) + "\" of the governance body that stays is not in the portfolio: expected the id of an organisation"));
        }
      }
    }
  }
}
