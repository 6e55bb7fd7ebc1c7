package org.cnd.core.actor;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.immutables.value.Value;

/** A name an organisation was known by before: TDAP was the Export Promotion Bureau (EPB). */
@Value.Immutable
public abstract class FormerName {
  FormerName() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A former name with its acronym. */
  public static FormerName of(String name, String acronym) {
    return builder().name(name).acronym(acronym).build();
  }

  /** The former full name. */
  public abstract String name();

  /** The former acronym. */
  public abstract Optional<String> acronym();

  /** When the name stopped being used, when known. */
  public abstract Optional<PartialDate> until();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "former name");
    acronym().ifPresent(a -> Texts.checkNotBlank(a, "/acronym", "acronym"));
  }

  /** Builds a {@link FormerName}. */
  public static final class Builder extends ImmutableFormerName.Builder {
    Builder() {}
  }
}
