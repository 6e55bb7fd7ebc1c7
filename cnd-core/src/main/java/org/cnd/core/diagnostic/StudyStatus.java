package org.cnd.core.diagnostic;

import org.cnd.core.validation.Coded;

/** How far a diagnostic study has got: a draft, validated by the stakeholders, endorsed by the governance body. */
public enum StudyStatus implements Coded {
  /** Neither validated nor endorsed. */
  DRAFT("Draft"),
  /** Validated by the cluster's stakeholders. */
  VALIDATED("Validated"),
  /** Endorsed by the cluster's governance body. */
  ENDORSED("Endorsed");

  private final String label;

  StudyStatus(String label) {
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
  public static java.util.Optional<StudyStatus> fromCode(String code) {
    return Coded.fromCode(StudyStatus.class, code);
  }
}
