package org.cnd.core.selection;

import org.cnd.core.validation.Coded;

/** Where a candidate cluster came from. */
public enum CandidateOrigin implements Coded {
  /** Found by mapping: a region and sector of a mapping data set. */
  MAPPING("Mapping"),
  /** Proposed by an organisation, or named by a source such as a trade policy. */
  NOMINATED("Nominated");

  private final String label;

  CandidateOrigin(String label) {
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
  public static java.util.Optional<CandidateOrigin> fromCode(String code) {
    return Coded.fromCode(CandidateOrigin.class, code);
  }
}
