package org.cnd.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.cnd.core.id.KnownIds;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/** The portfolio validator's checks of organisations and people: references resolve, parents form no cycle. */
public final class ActorChecks {
  private ActorChecks() {}

  /**
   * Checks the organisations of a portfolio, found at {@code /organisations}.
   *
   * @param known the identifiers of the portfolio
   * @param out receives each violation
   */
  public static void checkOrganisations(List<Organisation> organisations, KnownIds known, Consumer<Violation> out) {
    Map<OrganisationId, OrganisationId> parents = new HashMap<>();
    for (Organisation o : organisations) {
      o.parent().ifPresent(p -> parents.put(o.id(), p));
    }
    Set<OrganisationId> inCycle = inCycles(parents);
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      Optional<OrganisationId> parent = o.parent();
      if (parent.isEmpty()) {
        continue;
      }
      String path = Pointer.of("organisations", i, "parent");
      if (!known.contains(parent.get())) {
        out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, path,
            "Parent organisation \"" + parent.get() + "\" of " + o.id() + " is not in the portfolio: expected the id of an organisation"));
      } else if (inCycle.contains(o.id())) {
        out.accept(Violation.of(Rule.ORGANISATION_PARENT_CYCLE, path,
            "Organisation " + o.id() + " is its own ancestor through parent " + parent.get()
                + ": expected parents that end at an organisation without a parent"));
      }
    }
  }

  // The organisations that lie on a cycle of parents; each organisation is walked once, so the cost is linear.
  private static Set<OrganisationId> inCycles(Map<OrganisationId, OrganisationId> parents) {
    Set<OrganisationId> done = new HashSet<>();
    Set<OrganisationId> inCycle = new HashSet<>();
    for (OrganisationId start : parents.keySet()) {
      List<OrganisationId> walk = new ArrayList<>();
      Set<OrganisationId> onWalk = new HashSet<>();
      OrganisationId current = start;
      while (current != null && !done.contains(current) && onWalk.add(current)) {
        walk.add(current);
        current = parents.get(current);
      }
      if (current != null && onWalk.contains(current)) {
        inCycle.addAll(walk.subList(walk.indexOf(current), walk.size()));
      }
      done.addAll(walk);
    }
    return inCycle;
  }

  /** Checks the people of a portfolio, found at {@code /people}. */
  public static void checkPeople(List<Person> people, KnownIds known, Consumer<Violation> out) {
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      if (p.affiliation().isPresent() && !known.contains(p.affiliation().get())) {
        out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.of("people", i, "affiliation"),
            "Affiliation \"" + p.affiliation().get() + "\" of person " + p.id()
                + " is not in the portfolio: expected the id of an organisation"));
      }
    }
  }
}
