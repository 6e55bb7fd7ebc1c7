package org.cnd.core.plan;

import org.cnd.core.id.ObjectiveId;
import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** An objective of an action plan: a step towards its vision. */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An objective with its statement. */
  public static Objective of(ObjectiveId id, String statement) {
    return builder().id(id).statement(statement).build();
  }

  /** The identifier within the plan. */
  public abstract ObjectiveId id();

  /** What it aims at: raise exports to the EU by a third. */
  public abstract String statement();

  @Value.Check
  void check() {
    Texts.checkNotBlank(statement(), "/statement", "objective statement");
  }

  /** Builds an {@link Objective}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
