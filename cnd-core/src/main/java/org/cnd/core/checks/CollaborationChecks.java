package org.cnd.core.checks;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.Report;
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
      Supplier<String> what = () -> "linkage " + l.id();
      Path at = Path.of("linkages", i);
      known.checkAll(l.organisations(), at, "organisations", "", what, out);
      known.checkAll(l.clusters(), at, "clusters", "", what, out);
      if (l.programme().isPresent()) {
        known.check(l.programme().get(), at, "programme", "", what, out);
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
      Supplier<String> what = () -> "report " + r.id();
      Path at = Path.of("reports", i);
      known.checkAll(r.clusters(), at, "clusters", "", what, out);
      known.checkAll(r.authors(), at, "authors", "", what, out);
      known.checkAll(r.programmes(), at, "programmes", "", what, out);
    }
  }
}
