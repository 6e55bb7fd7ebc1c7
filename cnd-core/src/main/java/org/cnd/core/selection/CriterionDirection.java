package org.cnd.core.selection;

import org.cnd.core.validation.Coded;

/** Which scores of a prioritisation criterion are better. */
public enum CriterionDirection implements Coded {
  /** A higher score is better: export potential, willingness to cooperate. */
  HIGHER_IS_BETTER("Higher is better"),
  /** A lower score is better: distance to market, cost of intervention. */
  LOWER_IS_BETTER("Lower is better");

  private final String label;

  CriterionDirection(String label) {
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
  public static java.util.Optional<CriterionDirection> fromCode(String code) {
    return Coded.fromCode(CriterionDirection.class, code);
  }
}
