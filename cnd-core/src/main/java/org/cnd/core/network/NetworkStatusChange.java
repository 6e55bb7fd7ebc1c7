package org.cnd.core.network;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** A network's change of status at a date. */
@Value.Immutable
public abstract class NetworkStatusChange {
  NetworkStatusChange() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A status from a date. */
  public static NetworkStatusChange of(NetworkStatus status, PartialDate date) {
    return builder().status(status).date(date).build();
  }

  /** The status. */
  public abstract NetworkStatus status();

  /** From when. */
  public abstract PartialDate date();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link NetworkStatusChange}. */
  public static final class Builder extends ImmutableNetworkStatusChange.Builder {
    Builder() {}
  }
}
