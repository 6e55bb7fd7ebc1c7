package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/**
 * The body that governs a cluster's joint work and endorses its documents, such as a cluster committee or cluster
 * commission; it stays when the programme exits.
 */
@Value.Immutable
public abstract class GovernanceBody {
  GovernanceBody() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A body formed at a date. */
  public static GovernanceBody of(String name, PartialDate formed) {
    return builder().name(name).formed(formed).build();
  }

  /** The name: Gujrat fan cluster committee. */
  public abstract String name();

  /** The organisations that sit on it. */
  public abstract ImmutableList<OrganisationId> members();

  /** When it was formed; absent when the record does not say. */
  public abstract Optional<PartialDate> formed();

  /** Free text. */
  public abstract Optional<String> note();

  /** True when the body may exist at the date: formed no later than it, or formed at a date not recorded. */
  public boolean isFormedBy(PartialDate date) {
    return formed().map(f -> !f.isCertainlyAfter(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "governance body name");
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link GovernanceBody}. */
  public static final class Builder extends ImmutableGovernanceBody.Builder {
    Builder() {}
  }
}
