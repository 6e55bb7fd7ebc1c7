package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * The handover at a programme's exit from a cluster: the local organisations that take over which
 * responsibilities, and the governance body that stays.
 *
 * <p>Invariant: a handover names at least one takeover or the governance body that stays.
 */
@Value.Immutable
public abstract class Handover {
  Handover() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** When the responsibilities passed. */
  public abstract Optional<PartialDate> date();

  /** Who takes over what. */
  public abstract ImmutableList<Takeover> takeovers();

  /** The governance body that stays and carries the joint work on. */
  public abstract Optional<GovernanceBody> governanceBody();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
    if (takeovers().isEmpty() && governanceBody().isEmpty()) {
      throw new RuleViolationException(Rule.LIFECYCLE_HANDOVER, Pointer.ROOT,
          "A handover names neither an organisation that takes over a responsibility nor the governance body that stays: expected at least one of them");
    }
  }

  /** Builds a {@link Handover}. */
  public static final class Builder extends ImmutableHandover.Builder {
    Builder() {}
  }
}
