package org.cnd.core.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.cnd.core.actor.Organisation;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/** The portfolio validator's checks of organisations: parents resolve and form no cycle. */
public final class ActorChecks {
  private ActorChecks() {}

  /**
   * Checks the organisations of a portfolio, found at {@code /organisations}: each parent names an organisation of
   * the portfolio, and following parents never leads back to where it started. A cycle of parents is one violation,
   * reported at the parent of its member that comes first in the document, with a message naming the whole cycle.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkOrganisations(List<Organisation> organisations, References known, Consumer<Violation> out) {
    Map<OrganisationId, OrganisationId> parents = new HashMap<>();
    for (Organisation o : organisations) {
      o.parent().ifPresent(p -> parents.put(o.id(), p));
    }
    Map<OrganisationId, List<OrganisationId>> cycles = cycles(parents);
    // By identity: every member maps to the same list, and hashing a long cycle for each member would not be linear.
    Set<List<OrganisationId>> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      Optional<OrganisationId> parent = o.parent();
      if (parent.isEmpty()) {
        continue;
      }
      Path path = Path.of("organisations", i).with("parent");
      List<OrganisationId> cycle = cycles.get(o.id());
      if (!known.check(parent.get(), path, "Parent organisation", o.id()::toString, out)) {
        continue;
      }
      if (cycle != null && reported.add(cycle)) {
        StringBuilder names = new StringBuilder();
        // The cycle is listed from this organisation on, so that the message reads from where it is reported.
        int from = cycle.indexOf(o.id());
        for (int k = 0; k <= cycle.size(); k++) {
          names.append(k == 0 ? "" : " -> ").append(cycle.get((from + k) % cycle.size()));
        }
        out.accept(Violation.of(Rule.ORGANISATION_PARENT_CYCLE, path.toString(),
            "Organisation " + o.id() + " is its own ancestor (" + names
                + "): expected parents that end at an organisation without a parent"));
      }
    }
  }

  // Each organisation that lies on a cycle of parents, mapped to its cycle (the same list for every member); each
  // organisation is walked once, so the cost is linear. An organisation is marked with the number of the walk that
  // reached it first: reaching a mark of the walk under way closes a cycle, one of an earlier walk does not. One map
  // and one list serve every walk, so that a portfolio of many short chains does not build a set per organisation.
  private static Map<OrganisationId, List<OrganisationId>> cycles(Map<OrganisationId, OrganisationId> parents) {
    Map<OrganisationId, Integer> walkOf = new HashMap<>();
    Map<OrganisationId, List<OrganisationId>> cycles = new HashMap<>();
    List<OrganisationId> walk = new ArrayList<>();
    int walks = 0;
    for (OrganisationId start : parents.keySet()) {
      if (walkOf.containsKey(start)) {
        continue;
      }
      Integer number = walks++;
      walk.clear();
      OrganisationId current = start;
      Integer seen = null;
      while (current != null && (seen = walkOf.putIfAbsent(current, number)) == null) {
        walk.add(current);
        current = parents.get(current);
      }
      if (current != null && seen.equals(number)) {
        List<OrganisationId> cycle = List.copyOf(walk.subList(walk.indexOf(current), walk.size()));
        cycle.forEach(member -> cycles.put(member, cycle));
      }
    }
    return cycles;
  }
}
