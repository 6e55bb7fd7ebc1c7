package org.cnd.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cnd.core.checks.HandoverChecks;
import org.cnd.core.checks.Path;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.testing.KnownReferences;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class HandoverTest {
  private static final OrganisationId PSIC = OrganisationId.of("psic");
  private static final Set<Identifier> WORLD = Set.of(PSIC);

  private static List<Violation> check(Handover h) {
    List<Violation> out = new ArrayList<>();
    HandoverChecks.checkHandover(h, Path.of("engagements", 2).with("handover"), KnownReferences.of(WORLD), out::add);
    return out;
  }

  @Test
  void aHandoverNamesWhoTakesOverWhatOrTheBodyThatStays() {
    Handover h = Handover.builder().date(PartialDate.ofYear(2008)).addTakeovers(Takeover.of(PSIC, "funding the cluster's CDA")).build();
    assertThat(h.takeovers()).extracting(Takeover::responsibility).containsExactly("funding the cluster's CDA");
    assertThat(Handover.builder().governanceBody(GovernanceBody.of("Gujrat fan cluster committee", PartialDate.ofYear(2003))).build()
        .governanceBody()).isPresent();
    assertRefused(() -> Handover.builder().date(PartialDate.ofYear(2008)).build(), "lifecycle.handover", "");
    assertRefused(() -> Takeover.of(PSIC, " "), "text.blank", "/responsibility");
  }

  @Test
  void theOrganisationsOfAHandoverResolve() {
    Handover h = Handover.builder().addTakeovers(Takeover.of(PSIC, "CDA"), Takeover.of(OrganisationId.of("nobody"), "training"))
        .governanceBody(GovernanceBody.builder().name("Committee").addMembers(PSIC, OrganisationId.of("nobody")).build()).build();
    assertThat(check(h)).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.organisation", "/engagements/2/handover/takeovers/1/organisation"),
        tuple("reference.organisation", "/engagements/2/handover/governanceBody/members/1"));
  }
}
