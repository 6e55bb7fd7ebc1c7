package org.cnd.core.selection;

import java.util.Optional;
import org.cnd.core.id.CriterionId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A criterion that says whether a candidate is a cluster at all: a critical mass of enterprises in geographical
 * proximity, the sector, the place. A candidate passes it or not.
 */
@Value.Immutable
public abstract class IdentificationCriterion {
  IdentificationCriterion() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A criterion with a name. */
  public static IdentificationCriterion of(CriterionId id, String name) {
    return builder().id(id).name(name).build();
  }

  /** The identifier, unique among the exercise's criteria. */
  public abstract CriterionId id();

  /** The name: critical mass of enterprises. */
  public abstract String name();

  /** What passing it takes. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "criterion name");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
  }

  /** Builds an {@link IdentificationCriterion}. */
  public static final class Builder extends ImmutableIdentificationCriterion.Builder {
    Builder() {}
  }
}
