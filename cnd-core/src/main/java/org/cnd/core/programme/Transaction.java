package org.cnd.core.programme;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.time.PartialDate;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/**
 * Money that moved for a programme: funds received, a commitment, a disbursement or an expenditure, dated, with
 * the organisations that provided and received it when the record names them. Beside the programme's funding
 * commitments, which say who funds it; a value may be negative (a correction or a refund).
 */
@Value.Immutable
public abstract class Transaction {
  Transaction() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What kind of transaction. */
  public abstract TransactionKind kind();

  /** When it happened. */
  public abstract PartialDate date();

  /** How much. */
  public abstract Money value();

  /** The organisation the money came from. */
  public abstract Optional<OrganisationId> provider();

  /** The organisation the money went to. */
  public abstract Optional<OrganisationId> receiver();

  /** What the record says of it. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link Transaction}. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}
