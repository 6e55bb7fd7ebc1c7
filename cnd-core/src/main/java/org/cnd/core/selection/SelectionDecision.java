package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/**
 * The decision of a selection exercise: when, by whom, which candidates were selected and why, in the
 * methodology's words ("selected by the Pakistani counterparts for their export potential").
 */
@Value.Immutable
public abstract class SelectionDecision {
  SelectionDecision() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** When it was decided. */
  public abstract PartialDate date();

  /** The deciding body as the record names it, when it is not an organisation of the portfolio: the Pakistani counterparts. */
  public abstract Optional<String> decidingBody();

  /** The organisations that decided. */
  public abstract ImmutableList<OrganisationId> decidedBy();

  /** The candidates selected. */
  public abstract ImmutableList<CandidateId> selected();

  /** Why: for their export potential. */
  public abstract String reason();

  @Value.Check
  void check() {
    decidingBody().ifPresent(b -> Texts.checkNotBlank(b, "/decidingBody", "deciding body"));
    Texts.checkNotBlank(reason(), "/reason", "reason of the decision");
  }

  /** Builds a {@link SelectionDecision}. */
  public static final class Builder extends ImmutableSelectionDecision.Builder {
    Builder() {}
  }
}
