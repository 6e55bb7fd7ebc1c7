package org.cnd.core.checks;

import java.util.List;
import java.util.function.Consumer;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.Report;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Violation;

/** The portfolio validator's checks of linkages and reports: references resolve. */
public final class CollaborationChecks {
  private CollaborationChecks() {}

  /**
   * Checks the linkages of a portfolio, found at {@code /linkages}.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkLinkages(List<Linkage> linkages, References known, Consumer<Violation> out) {
    for (int i = 0; i < linkages.size(); i++) {
      Linkage l = linkages.get(i);
      String what = "linkage " + l.id();
      known.checkAll(l.organisations(), Pointer.of("linkages", i, "organisations"), "", what, out);
      known.checkAll(l.clusters(), Pointer.of("linkages", i, "clusters"), "", what, out);
      if (l.programme().isPresent()) {
        known.check(l.programme().get(), Pointer.of("linkages", i, "programme"), "", what, out);
      }
    }
  }

  /**
   * Checks the reports of a portfolio, found at {@code /reports}.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkReports(List<Report> reports, References known, Consumer<Violation> out) {
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String what = "report " + r.id();
      known.checkAll(r.clusters(), Pointer.of("reports", i, "clusters"), "", what, out);
      known.checkAll(r.authors(), Pointer.of("reports", i, "authors"), "", what, out);
      known.checkAll(r.programmes(), Pointer.of("reports", i, "programmes"), "", what, out);
    }
  }
}
