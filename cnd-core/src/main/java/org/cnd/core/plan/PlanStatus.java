package org.cnd.core.plan;

import org.cnd.core.validation.Coded;

/** The status of an action plan: a draft, endorsed by the governance body, or superseded by a revision. */
public enum PlanStatus implements Coded {
  /** Not endorsed. */
  DRAFT("Draft"),
  /** Endorsed by the cluster's governance body. */
  ENDORSED("Endorsed"),
  /** Replaced by a revised plan. */
  SUPERSEDED("Superseded");

  private final String label;

  PlanStatus(String label) {
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
  public static java.util.Optional<PlanStatus> fromCode(String code) {
    return Coded.fromCode(PlanStatus.class, code);
  }
}
