package org.cnd.core.collaboration;

import java.util.List;
import java.util.function.Consumer;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.KnownIds;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
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
  public static void checkLinkages(List<Linkage> linkages, KnownIds known, Consumer<Violation> out) {
    for (int i = 0; i < linkages.size(); i++) {
      Linkage l = linkages.get(i);
      String what = "linkage " + l.id();
      checkAll(l.organisations(), known, Pointer.of("linkages", i, "organisations"), what, out);
      checkAll(l.clusters(), known, Pointer.of("linkages", i, "clusters"), what, out);
      if (l.programme().isPresent()) {
        checkOne(l.programme().get(), known, Pointer.of("linkages", i, "programme"), what, out);
      }
    }
  }

  /**
   * Checks the reports of a portfolio, found at {@code /reports}.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkReports(List<Report> reports, KnownIds known, Consumer<Violation> out) {
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String what = "report " + r.id();
      checkAll(r.clusters(), known, Pointer.of("reports", i, "clusters"), what, out);
      checkAll(r.authors(), known, Pointer.of("reports", i, "authors"), what, out);
      checkAll(r.programmes(), known, Pointer.of("reports", i, "programmes"), what, out);
    }
  }

  private static void checkAll(List<? extends Identifier> ids, KnownIds known, String path, String what,
      Consumer<Violation> out) {
    for (int j = 0; j < ids.size(); j++) {
      checkOne(ids.get(j), known, Pointer.append(path, j), what, out);
    }
  }

  // Linkages and reports refer to organisations, clusters and programmes only.
  private static void checkOne(Identifier id, KnownIds known, String path, String what, Consumer<Violation> out) {
    if (known.contains(id)) {
      return;
    }
    Rule rule;
    String kind;
    if (id instanceof OrganisationId) {
      rule = Rule.REFERENCE_ORGANISATION;
      kind = "an organisation";
    } else if (id instanceof ClusterId) {
      rule = Rule.REFERENCE_CLUSTER;
      kind = "a cluster";
    } else {
      rule = Rule.REFERENCE_PROGRAMME;
      kind = "a programme";
    }
    out.accept(Violation.of(rule, path,
        "\"" + id + "\" of " + what + " is not in the portfolio: expected the id of " + kind));
  }
}
