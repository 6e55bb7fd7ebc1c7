package org.cnd.core.collaboration;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A linkage made between organisations and clusters: a matchmaking, a supplier or buyer relation, support, a
 * membership, a horizontal or vertical network; with its date and outcome when known.
 *
 * <p>Invariant: it names at least one organisation or cluster.
 */
@Value.Immutable
public abstract class Linkage {
  Linkage() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract LinkageId id();

  /** What kind of linkage. */
  public abstract LinkageKind kind();

  /** The organisations linked. */
  public abstract ImmutableList<OrganisationId> organisations();

  /** The clusters linked (their actors, as a whole). */
  public abstract ImmutableList<ClusterId> clusters();

  /** The programme that made it. */
  public abstract Optional<ProgrammeId> programme();

  /** When it was made. */
  public abstract Optional<PartialDate> date();

  /** What came of it. */
  public abstract Optional<String> outcome();

  /** Free text. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    outcome().ifPresent(o -> Texts.checkNotBlank(o, "/outcome", "outcome"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (organisations().isEmpty() && clusters().isEmpty()) {
      throw new RuleViolationException(Rule.LINKAGE_PARTIES, Pointer.ROOT,
          "Linkage " + id() + " links nobody: expected at least one organisation or cluster, found none");
    }
  }

  /** Builds a {@link Linkage}. */
  public static final class Builder extends ImmutableLinkage.Builder {
    Builder() {}
  }
}
