package org.cnd.core.actor;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/**
 * A person: a cluster development agent, a coordinator, an expert. Personal data is kept minimal on purpose: a
 * name and an affiliation, nothing more.
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract PersonId id();

  /** The name as the person wants it recorded. */
  public abstract String name();

  /** The organisation the person works for. */
  public abstract Optional<OrganisationId> affiliation();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "person name");
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
