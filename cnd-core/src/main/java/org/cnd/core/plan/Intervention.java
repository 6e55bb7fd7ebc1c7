package org.cnd.core.plan;

import org.cnd.core.validation.Coded;

/** Whether an activity changes know-how and relations or builds physical assets. */
public enum Intervention implements Coded {
  /** Training, advice, networking, marketing, information. */
  SOFT("Soft"),
  /** Common facilities, equipment, infrastructure. */
  HARD("Hard");

  private final String label;

  Intervention(String label) {
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
  public static java.util.Optional<Intervention> fromCode(String code) {
    return Coded.fromCode(Intervention.class, code);
  }
}
