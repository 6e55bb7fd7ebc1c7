package org.cnd.core.checks;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.cnd.core.id.ClusterId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's check that an engagement's cluster was selected before its diagnostic began
 * ({@code lifecycle.selection-recorded}). A warning, not an error, so that documents written before selection
 * exercises were recorded stay valid.
 */
public final class SelectionRecordedCheck {
  private SelectionRecordedCheck() {}

  /**
   * Checks the engagements found at {@code /engagements}.
   *
   * @param selectedBy true when a selection exercise of the portfolio selected the cluster no later than the date
   *     (see {@code SelectionExercise.selects})
   * @param out receives each violation
   */
  public static void checkSelectionRecorded(List<Engagement> engagements, BiPredicate<ClusterId, PartialDate> selectedBy,
      Consumer<Violation> out) {
    for (int i = 0; i < engagements.size(); i++) {
      Engagement e = engagements.get(i);
      var history = e.phaseHistory();
      for (int j = 0; j < history.size(); j++) {
        if (history.get(j).phase() != Phase.DIAGNOSTIC) {
          continue;
        }
        PartialDate entered = history.get(j).date();
        if (!selectedBy.test(e.cluster(), entered)) {
          out.accept(Violation.of(Rule.LIFECYCLE_SELECTION_RECORDED, Pointer.of("engagements", i, "phaseHistory", j),
              "Engagement " + e.id() + " enters the diagnostic on " + entered + " for cluster " + e.cluster()
                  + ": expected a selection exercise that selected the cluster no later than that date"));
        }
        // Only the first entry into the diagnostic leaves selection; a later one resumes from a suspension.
        break;
      }
    }
  }
}
