package org.cnd.core.programme;

import org.cnd.core.validation.Coded;

/** How a programme relates to another. */
public enum RelationKind implements Coded {
  /** The other programme is this one's parent: this one is a component of it. */
  PARENT("Parent"),
  /** The other programme is a component of this one. */
  CHILD("Child"),
  /** This programme supports the other. */
  SUPPORTS("Supports"),
  /** This programme follows up the other. */
  FOLLOWS("Follows");

  private final String label;

  RelationKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return org.cnd.core.internal.Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<RelationKind> fromCode(String code) {
    return Coded.fromCode(RelationKind.class, code);
  }
}
