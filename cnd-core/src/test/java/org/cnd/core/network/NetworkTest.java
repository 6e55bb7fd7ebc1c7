package org.cnd.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;

import org.cnd.core.id.NetworkId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static final OrganisationId FIRM_1 = OrganisationId.of("firm-1");
  private static final OrganisationId FIRM_2 = OrganisationId.of("firm-2");

  private static Network.Builder network() {
    return Network.builder().id(NetworkId.of("fans-export")).name("Gujrat fan exporters").kind(NetworkKind.EXPORT_CONSORTIUM);
  }

  @Test
  void aNetworkMayCountFirmsItDoesNotName() {
    Network n = network().memberCount(12).addMembers(NetworkMember.of(FIRM_1))
        .addStatusHistory(NetworkStatusChange.of(NetworkStatus.FORMING, PartialDate.ofYear(2003)),
            NetworkStatusChange.of(NetworkStatus.ACTIVE, PartialDate.ofYear(2004)))
        .build();
    assertThat(n.memberCount()).hasValue(12);
    assertThat(n.currentStatus()).contains(NetworkStatus.ACTIVE);
    assertThat(network().memberCount(3).build().currentStatus()).isEmpty();
  }

  @Test
  void refusesANetworkThatNeitherNamesNorCountsItsMembersOrCountsFewerThanItNames() {
    assertRefused(() -> network().build(), "network.members", "");
    assertRefused(() -> network().memberCount(1).addMembers(NetworkMember.of(FIRM_1), NetworkMember.of(FIRM_2)).build(),
        "network.members", "/memberCount").hasMessageContaining("at least the 2");
    assertRefused(() -> network().memberCount(-1).build(), "figure.negative", "/memberCount");
  }

  @Test
  void refusesAMemberNamedTwiceAndBlankText() {
    assertRefused(() -> network().addMembers(NetworkMember.of(FIRM_1), NetworkMember.of(FIRM_1, "assembly")).build(),
        "network.member-duplicate", "/members/1/organisation");
    assertRefused(() -> network().memberCount(2).addValueChainStages(" ").build(), "text.blank", "/valueChainStages/0");
    assertRefused(() -> NetworkMember.of(FIRM_1, ""), "text.blank", "/stage");
    assertRefused(() -> JointProject.of(" "), "text.blank", "/name");
  }
}
