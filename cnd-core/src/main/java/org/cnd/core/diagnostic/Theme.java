package org.cnd.core.diagnostic;

import org.cnd.core.validation.Coded;

/** What a finding of a diagnostic study is about. */
public enum Theme implements Coded {
  /** Markets, buyers, demand, marketing. */
  MARKET("Market"),
  /** Products, processes, equipment, design. */
  TECHNOLOGY("Technology"),
  /** Access to credit and capital. */
  FINANCE("Finance"),
  /** Skills of workers and managers, training. */
  SKILLS("Skills"),
  /** Raw materials and components. */
  INPUTS("Inputs"),
  /** Power, roads, land, common facilities. */
  INFRASTRUCTURE("Infrastructure"),
  /** Laws, regulations, government support. */
  POLICY("Policy"),
  /** Standards: quality, labour, environment, safety. */
  COMPLIANCE("Compliance"),
  /** Trust and joint action among the cluster's actors. */
  COOPERATION("Cooperation");

  private final String label;

  Theme(String label) {
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
  public static java.util.Optional<Theme> fromCode(String code) {
    return Coded.fromCode(Theme.class, code);
  }
}
