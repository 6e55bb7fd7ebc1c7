package org.cnd.core.programme;

import org.cnd.core.id.ProgrammeId;
import org.immutables.value.Value;

/** How a programme relates to another: its parent, its child, one it supports or one it follows. */
@Value.Immutable
public abstract class ProgrammeRelation {
  ProgrammeRelation() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A relation to another programme. */
  public static ProgrammeRelation of(RelationKind kind, ProgrammeId programme) {
    return builder().kind(kind).programme(programme).build();
  }

  /** How this programme relates to the other. */
  public abstract RelationKind kind();

  /** The other programme. */
  public abstract ProgrammeId programme();

  /** Builds a {@link ProgrammeRelation}. */
  public static final class Builder extends ImmutableProgrammeRelation.Builder {
    Builder() {}
  }
}
