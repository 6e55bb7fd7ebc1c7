package org.cnd.core.cluster;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** A cluster's line of business, named as the record names it, with its ISIC Rev.4 code when known. */
@Value.Immutable
public abstract class Sector {
  Sector() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A sector with a name and no code. */
  public static Sector of(String name) {
    return builder().name(name).build();
  }

  /** A sector with a name and an ISIC Rev.4 code. */
  public static Sector of(String name, String isic) {
    return builder().name(name).isic(IsicCode.of(isic)).build();
  }

  /** The name: electric fans, cutlery, handloom weaving. */
  public abstract String name();

  /** The ISIC Rev.4 code. */
  public abstract Optional<IsicCode> isic();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "sector name");
  }

  /** Builds a {@link Sector}. */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }
}
