package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ActorCodecs.PERSON_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.id.NetworkId;
import org.cnd.core.network.JointProject;
import org.cnd.core.network.Network;
import org.cnd.core.network.NetworkKind;
import org.cnd.core.network.NetworkMember;
import org.cnd.core.network.NetworkStatus;
import org.cnd.core.network.NetworkStatusChange;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.network}: networks of firms. */
public final class NetworkCodecs {
  private NetworkCodecs() {}

  /** A network's identifier. */
  public static final TextCodec<NetworkId> NETWORK_ID = ValueCodecs.id(EntityKind.NETWORKS, NetworkId::of);

  /** What kind of network. */
  public static final CodeCodec<NetworkKind> NETWORK_KIND = CodeCodec.of(NetworkKind.class, "network kind",
      "What kind of network of firms: horizontal, vertical (along a value chain) or an export consortium.");
  /** The status of a network. */
  public static final CodeCodec<NetworkStatus> NETWORK_STATUS =
      CodeCodec.of(NetworkStatus.class, "network status", "The status of a network of firms.");

  /** A member of a network. */
  public static final ObjectCodec<NetworkMember, NetworkMember.Builder> NETWORK_MEMBER = ObjectCodec.deferred(() ->
      ObjectCodec.define(NetworkMember.class, "network member", NetworkMember::builder, NetworkMember.Builder::build)
          .about("An organisation in a network, with its stage of the value chain.")
          .required("organisation", ORGANISATION_ID, NetworkMember::organisation, NetworkMember.Builder::organisation)
          .optional("stage", TEXT, NetworkMember::stage, NetworkMember.Builder::stage)
          .describe("its stage of the value chain: tanning")
          .optional("note", TEXT, NetworkMember::note, NetworkMember.Builder::note)
          .build());

  /** A joint project of a network. */
  public static final ObjectCodec<JointProject, JointProject.Builder> JOINT_PROJECT = ObjectCodec.deferred(() ->
      ObjectCodec.define(JointProject.class, "joint project", JointProject::builder, JointProject.Builder::build)
          .about("A project the members of a network carry out together.")
          .required("name", TEXT, JointProject::name, JointProject.Builder::name)
          .describe("a joint stand at a trade fair")
          .optional("period", DATE_RANGE, JointProject::period, JointProject.Builder::period)
          .describe("when it ran; not starting before the network was formed")
          .optional("description", TEXT, JointProject::description, JointProject.Builder::description)
          .build());

  /** A change of a network's status. */
  public static final ObjectCodec<NetworkStatusChange, NetworkStatusChange.Builder> NETWORK_STATUS_CHANGE =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(NetworkStatusChange.class, "network status change", NetworkStatusChange::builder,
              NetworkStatusChange.Builder::build)
          .about("An entry of a network's status history.")
          .required("status", NETWORK_STATUS, NetworkStatusChange::status, NetworkStatusChange.Builder::status)
          .describe("the status entered")
          .required("date", PARTIAL_DATE, NetworkStatusChange::date, NetworkStatusChange.Builder::date)
          .describe("when; in time order, not before the network was formed")
          .optional("note", TEXT, NetworkStatusChange::note, NetworkStatusChange.Builder::note)
          .build());

  /** A network of firms. */
  public static final ObjectCodec<Network, Network.Builder> NETWORK = ObjectCodec.deferred(() ->
      ObjectCodec.define(Network.class, "network", Network::builder, Network.Builder::build)
          .about("A network of firms: horizontal (firms of one market that cooperate), vertical (along a value "
              + "chain) or an export consortium, with its members or their count, its broker and its history.")
          .rules(Rule.NETWORK_MEMBERS, Rule.NETWORK_MEMBER_DUPLICATE, Rule.NETWORK_VERTICAL_STAGES,
              Rule.NETWORK_DATE_ORDER)
          .required("id", own(NETWORK_ID), Network::id, Network.Builder::id)
          .required("name", TEXT, Network::name, Network.Builder::name)
          .required("kind", NETWORK_KIND, Network::kind, Network.Builder::kind)
          .list("members", NETWORK_MEMBER, Network::members, Network.Builder::addAllMembers)
          .describe("the member organisations; `members`, `memberCount` or both are given")
          .optionalLong("memberCount", INTEGER, Network::memberCount, Network.Builder::memberCount)
          .describe("how many firms, when the record counts them; no fewer than the members named")
          .optional("cluster", CLUSTER_ID, Network::cluster, Network.Builder::cluster)
          .describe("the cluster it belongs to")
          .optional("objective", TEXT, Network::objective, Network.Builder::objective)
          .describe("its joint objective")
          .list("projects", JOINT_PROJECT, Network::projects, Network.Builder::addAllProjects)
          .describe("its joint projects")
          .list("valueChainStages", TEXT, Network::valueChainStages, Network.Builder::addAllValueChainStages)
          .describe("the stages of the value chain it spans; a vertical network spans two or more")
          .optional("broker", PERSON_ID, Network::broker, Network.Builder::broker)
          .describe("the network broker")
          .optional("formed", PARTIAL_DATE, Network::formed, Network.Builder::formed)
          .describe("when it was formed")
          .list("statusHistory", NETWORK_STATUS_CHANGE, Network::statusHistory, Network.Builder::addAllStatusHistory)
          .describe("its statuses, in time order")
          .optional("description", TEXT, Network::description, Network.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.NETWORKS, NETWORK, "networks of firms, horizontal and vertical"));
}
