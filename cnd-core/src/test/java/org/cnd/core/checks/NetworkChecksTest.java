package org.cnd.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.NetworkId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.network.JointProject;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkMember;
import org.cnd.core.network.NetworkStatus;
import org.cnd.core.network.NetworkStatusChange;
import org.cnd.core.testing.KnownReferences;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class NetworkChecksTest {
  private static final OrganisationId TANNERY = OrganisationId.of("tannery");
  private static final OrganisationId STITCHER = OrganisationId.of("stitcher");
  private static final OrganisationId LAB = OrganisationId.of("testing-lab");
  private static final PersonId BROKER = PersonId.of("broker");
  private static final ClusterId LEATHER = ClusterId.of("korangi-leather");
  private static final Set<Identifier> WORLD = Set.of(TANNERY, STITCHER, LAB, BROKER, LEATHER);
  private static final Map<OrganisationId, OrganisationKind> KINDS =
      Map.of(TANNERY, OrganisationKind.COMPANY, STITCHER, OrganisationKind.COMPANY, LAB, OrganisationKind.BDS_PROVIDER);
  private static final Function<OrganisationId, Optional<OrganisationKind>> KIND_OF = id -> Optional.ofNullable(KINDS.get(id));

  private static List<Violation> check(Network... networks) {
    List<Violation> out = new ArrayList<>();
    NetworkChecks.checkNetworks(List.of(networks), KnownReferences.of(WORLD), KIND_OF, out::add);
    return out;
  }

  private static Network.Builder vertical() {
    return Network.builder().id(NetworkId.of("leather-chain")).name("Korangi leather supply chain").kind(NetworkKind.VERTICAL)
        .cluster(LEATHER).broker(BROKER);
  }

  @Test
  void aVerticalNetworkOverStatedStagesOrDifferentKindsIsClean() {
    assertThat(check(vertical().addMembers(NetworkMember.of(TANNERY, "tanning"), NetworkMember.of(STITCHER, "stitching")).build())).isEmpty();
    assertThat(check(vertical().addMembers(NetworkMember.of(TANNERY), NetworkMember.of(LAB)).build())).isEmpty();
    assertThat(check(vertical().memberCount(8).addValueChainStages("tanning", "garment making").build())).isEmpty();
  }

  @Test
  void aVerticalNetworkAtOneStageIsReported() {
    List<Violation> v = check(vertical().addMembers(NetworkMember.of(TANNERY), NetworkMember.of(STITCHER)).build());
    assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(tuple("network.vertical-stages", "/networks/0"));
    assertThat(v.get(0).message()).contains("spans 1 stage");
    assertThat(check(vertical().memberCount(5).build())).extracting(Violation::ruleId).containsExactly("network.vertical-stages");
    // A horizontal network of firms at one stage is what it should be.
    assertThat(check(Network.builder().from(vertical().memberCount(5).build()).kind(NetworkKind.HORIZONTAL).build())).isEmpty();
  }

  @Test
  void theStagesAreTheStatedOnesAndElseTheMembersKinds() {
    Network n = vertical().addValueChainStages("tanning").addMembers(NetworkMember.of(TANNERY, "tanning"), NetworkMember.of(LAB)).build();
    assertThat(NetworkChecks.stages(n, KIND_OF)).containsExactly("tanning", "kind:bds_provider");
  }

  @Test
  void membersBrokerAndClusterResolve() {
    Network n = Network.builder().id(NetworkId.of("n")).name("N").kind(NetworkKind.HORIZONTAL).cluster(ClusterId.of("nowhere"))
        .broker(PersonId.of("nobody")).addMembers(NetworkMember.of(OrganisationId.of("nobody"))).build();
    assertThat(check(n)).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.organisation", "/networks/0/members/0/organisation"), tuple("reference.person", "/networks/0/broker"),
        tuple("reference.cluster", "/networks/0/cluster"));
  }

  @Test
  void statusChangesAreInOrderAndNotBeforeTheFormationNorAreItsProjects() {
    Network n = Network.builder().id(NetworkId.of("n")).name("N").kind(NetworkKind.HORIZONTAL).memberCount(4)
        .formed(PartialDate.ofMonth(2004, 6))
        .addStatusHistory(NetworkStatusChange.of(NetworkStatus.FORMING, PartialDate.ofYear(2004)),
            NetworkStatusChange.of(NetworkStatus.ACTIVE, PartialDate.ofMonth(2005, 3)),
            NetworkStatusChange.of(NetworkStatus.DISSOLVED, PartialDate.ofMonth(2004, 1)))
        .addProjects(JointProject.builder().name("Joint stand at a fair").period(DateRange.of(PartialDate.ofMonth(2004, 2))).build())
        .build();
    assertThat(check(n)).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("network.date-order", "/networks/0/statusHistory/2/date"), tuple("network.date-order", "/networks/0/statusHistory/2/date"),
        tuple("network.date-order", "/networks/0/projects/0/period"));
  }
}
