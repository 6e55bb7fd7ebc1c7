package org.cnd.core.programme;

import org.cnd.core.validation.Coded;

/** The role of an organisation in a programme: IATI's four, plus technical support and counterpart. */
public enum ParticipationRole implements Coded {
  /** Provides funds. */
  FUNDING("Funding"),
  /** Is accountable for the programme, oversees it. */
  ACCOUNTABLE("Accountable"),
  /** Manages the funds on behalf of the funder. */
  EXTENDING("Extending"),
  /** Carries the programme out. */
  IMPLEMENTING("Implementing"),
  /** Provides methodology, experts or advice. */
  TECHNICAL_SUPPORT("Technical support"),
  /** The national or local body the programme works with and for. */
  COUNTERPART("Counterpart");

  private final String label;

  ParticipationRole(String label) {
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
  public static java.util.Optional<ParticipationRole> fromCode(String code) {
    return Coded.fromCode(ParticipationRole.class, code);
  }
}
