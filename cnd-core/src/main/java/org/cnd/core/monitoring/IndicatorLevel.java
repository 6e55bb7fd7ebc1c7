package org.cnd.core.monitoring;

import org.cnd.core.validation.Coded;

/** What an indicator measures in the results chain: outputs, outcomes or impact. */
public enum IndicatorLevel implements Coded {
  /** What the activities deliver: CDAs trained, firms advised, fairs attended. */
  OUTPUT("Output"),
  /** What changes for the cluster's actors: new linkages, new practices, new markets. */
  OUTCOME("Outcome"),
  /** The lasting change: sales, exports, employment, incomes. */
  IMPACT("Impact");

  private final String label;

  IndicatorLevel(String label) {
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
  public static java.util.Optional<IndicatorLevel> fromCode(String code) {
    return Coded.fromCode(IndicatorLevel.class, code);
  }
}
