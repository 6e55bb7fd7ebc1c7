package org.cnd.core.diagnostic;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/**
 * A step of a document's approval, with its date and by whom: a diagnostic study validated by the cluster's
 * stakeholders at a workshop, a study or an action plan endorsed by the cluster committee.
 */
@Value.Immutable
public abstract class Approval {
  Approval() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An approval at a date by a body named in words. */
  public static Approval of(PartialDate date, String body) {
    return builder().date(date).body(body).build();
  }

  /** When. */
  public abstract PartialDate date();

  /** The body that approved, as the record names it: the cluster committee, a stakeholders' workshop. */
  public abstract Optional<String> body();

  /** The organisations that approved. */
  public abstract ImmutableList<OrganisationId> organisations();

  /** The people who approved. */
  public abstract ImmutableList<PersonId> people();

  /** Free text. */
  public abstract Optional<String> note();

  /** True when the approval is dated no later than the date: its earliest day is not after the date's latest. */
  public boolean isBy(PartialDate date) {
    return !date().isCertainlyAfter(date);
  }

  @Value.Check
  void check() {
    body().ifPresent(b -> Texts.checkNotBlank(b, "/body", "approving body"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds an {@link Approval}. */
  public static final class Builder extends ImmutableApproval.Builder {
    Builder() {}
  }
}
