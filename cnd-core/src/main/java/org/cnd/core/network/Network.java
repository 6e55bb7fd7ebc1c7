package org.cnd.core.network;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.NetworkId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A network of firms: a horizontal network or an export consortium of firms in the same market, or a vertical
 * network along a value chain; brought together by a network broker, with a joint objective and projects.
 *
 * <p>Invariants: a network names its members or counts them (when the record does not name the firms), and counts
 * no fewer than it names; it names each member once.
 */
@Value.Immutable
public abstract class Network {
  Network() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract NetworkId id();

  /** The name. */
  public abstract String name();

  /** Horizontal, vertical or an export consortium. */
  public abstract NetworkKind kind();

  /** The members the record names. */
  public abstract ImmutableList<NetworkMember> members();

  /** How many members it has, named or not: 12 firms. */
  public abstract OptionalLong memberCount();

  /** The cluster it belongs to. */
  public abstract Optional<ClusterId> cluster();

  /** The members' joint objective. */
  public abstract Optional<String> objective();

  /** The projects they carry out together. */
  public abstract ImmutableList<JointProject> projects();

  /** The stages of the value chain the network spans, as the record states them. */
  public abstract ImmutableList<String> valueChainStages();

  /** The network broker who brings the firms together, in the role a CDA has for a cluster. */
  public abstract Optional<PersonId> broker();

  /** When it was formed. */
  public abstract Optional<PartialDate> formed();

  /** Its status changes, in time order. */
  public abstract ImmutableList<NetworkStatusChange> statusHistory();

  /** Free text. */
  public abstract Optional<String> description();

  /** The latest status, if any is recorded. */
  public Optional<NetworkStatus> currentStatus() {
    return statusHistory().isEmpty() ? Optional.empty() : Optional.of(statusHistory().get(statusHistory().size() - 1).status());
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "network name");
    objective().ifPresent(o -> Texts.checkNotBlank(o, "/objective", "joint objective"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    for (int i = 0; i < valueChainStages().size(); i++) {
      Texts.checkNotBlank(valueChainStages().get(i), "/valueChainStages/" + i, "value-chain stage");
    }
    if (memberCount().isPresent() && memberCount().getAsLong() < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, "/memberCount",
          "Negative count of members: expected 0 or more, found " + memberCount().getAsLong());
    }
    if (members().isEmpty() && memberCount().isEmpty()) {
      throw new RuleViolationException(Rule.NETWORK_MEMBERS, Pointer.ROOT,
          "Network " + id() + " neither names nor counts its members: expected members, a member count, or both");
    }
    if (memberCount().isPresent() && memberCount().getAsLong() < members().size()) {
      throw new RuleViolationException(Rule.NETWORK_MEMBERS, "/memberCount",
          "Network " + id() + " counts " + memberCount().getAsLong() + " members: expected at least the " + members().size() + " it names");
    }
    Set<OrganisationId> seen = new HashSet<>();
    for (int i = 0; i < members().size(); i++) {
      if (!seen.add(members().get(i).organisation())) {
        throw new RuleViolationException(Rule.NETWORK_MEMBER_DUPLICATE, "/members/" + i + "/organisation",
            "Organisation " + members().get(i).organisation() + " is a member of network " + id() + " twice: expected each member once");
      }
    }
  }

  /** Builds a {@link Network}. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }
}
