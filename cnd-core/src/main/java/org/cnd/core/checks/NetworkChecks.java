package org.cnd.core.checks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkMember;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of networks, found at {@code /networks}: members, broker and cluster resolve; a
 * vertical network spans two or more stages of the value chain; dates are in order.
 */
public final class NetworkChecks {
  private NetworkChecks() {}

  /** The collection the checks' paths start from. */
  public static final String COLLECTION = "networks";

  /**
   * Checks the networks of a portfolio.
   *
   * @param known the identifiers of the portfolio
   * @param kindOf the kind of an organisation, empty when it is unknown
   * @param out receives each violation
   */
  public static void checkNetworks(List<Network> networks, References known, Function<OrganisationId, Optional<OrganisationKind>> kindOf,
      Consumer<Violation> out) {
    for (int i = 0; i < networks.size(); i++) {
      Network n = networks.get(i);
      checkReferences(n, i, known, out);
      if (n.kind() == NetworkKind.VERTICAL) {
        checkStages(n, i, kindOf, out);
      }
      checkDates(n, i, out);
    }
  }

  static void checkReferences(Network n, int i, References known, Consumer<Violation> out) {
    Supplier<String> what = () -> "network " + n.id();
    Path at = Path.of(COLLECTION, i);
    for (int j = 0; j < n.members().size(); j++) {
      known.check(n.members().get(j).organisation(), at.with("members", j), "organisation", "Member", what, out);
    }
    if (n.broker().isPresent()) {
      known.check(n.broker().get(), at, "broker", "Broker", what, out);
    }
    if (n.cluster().isPresent()) {
      known.check(n.cluster().get(), at, "cluster", "Cluster", what, out);
    }
  }

  /**
   * The stages a network spans: its stated stages, and each member's stated stage or, when it states none, the kind
   * of its organisation (a company and a BDS provider are two stages; two companies without stages are one).
   */
  public static Set<String> stages(Network n, Function<OrganisationId, Optional<OrganisationKind>> kindOf) {
    Set<String> stages = new LinkedHashSet<>(n.valueChainStages());
    for (NetworkMember m : n.members()) {
      if (m.stage().isPresent()) {
        stages.add(m.stage().get());
      } else {
        kindOf.apply(m.organisation()).ifPresent(k -> stages.add("kind:" + k.code()));
      }
    }
    return stages;
  }

  static void checkStages(Network n, int i, Function<OrganisationId, Optional<OrganisationKind>> kindOf, Consumer<Violation> out) {
    Set<String> stages = stages(n, kindOf);
    if (stages.size() < 2) {
      out.accept(Violation.of(Rule.NETWORK_VERTICAL_STAGES, Pointer.of(COLLECTION, i),
          "Vertical network " + n.id() + " spans " + stages.size() + " stage" + (stages.size() == 1 ? " " + stages : "s")
              + " of the value chain: expected two or more, stated or shown by its members' kinds"));
    }
  }

  static void checkDates(Network n, int i, Consumer<Violation> out) {
    var history = n.statusHistory();
    for (int j = 0; j < history.size(); j++) {
      PartialDate date = history.get(j).date();
      if (j > 0 && date.isCertainlyBefore(history.get(j - 1).date())) {
        out.accept(Violation.of(Rule.NETWORK_DATE_ORDER, Pointer.of(COLLECTION, i, "statusHistory", j, "date"),
            "Status change " + j + " of network " + n.id() + " is dated " + date + ", before the one listed before it ("
                + history.get(j - 1).date() + "): expected time order"));
      }
      if (n.formed().isPresent() && date.isCertainlyBefore(n.formed().get())) {
        out.accept(Violation.of(Rule.NETWORK_DATE_ORDER, Pointer.of(COLLECTION, i, "statusHistory", j, "date"),
            "Status change " + j + " of network " + n.id() + " is dated " + date + ": expected no earlier than its formation ("
                + n.formed().get() + ")"));
      }
    }
    for (int j = 0; j < n.projects().size(); j++) {
      var period = n.projects().get(j).period();
      if (n.formed().isPresent() && period.isPresent() && period.get().start().isCertainlyBefore(n.formed().get())) {
        out.accept(Violation.of(Rule.NETWORK_DATE_ORDER, Pointer.of(COLLECTION, i, "projects", j, "period"),
            "Joint project " + n.projects().get(j).name() + " of network " + n.id() + " starts " + period.get().start()
                + ": expected no earlier than the network's formation (" + n.formed().get() + ")"));
      }
    }
  }
}
