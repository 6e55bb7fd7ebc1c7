package org.cnd.core.diagnostic;

import org.cnd.core.validation.Coded;

/** How strong a linkage of a cluster map is. */
public enum LinkageStrength implements Coded {
  /** Occasional or distrustful. */
  WEAK("Weak"),
  /** Regular but limited. */
  MODERATE("Moderate"),
  /** Regular, trusting and important to both. */
  STRONG("Strong");

  private final String label;

  LinkageStrength(String label) {
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
  public static java.util.Optional<LinkageStrength> fromCode(String code) {
    return Coded.fromCode(LinkageStrength.class, code);
  }
}
