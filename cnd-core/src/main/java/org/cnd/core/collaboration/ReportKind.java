package org.cnd.core.collaboration;

import org.cnd.core.validation.Coded;

/** What kind of report it is. */
public enum ReportKind implements Coded {
  /** A study or analysis of an issue. */
  STUDY("Study"),
  /** An assessment of needs or compliance. */
  ASSESSMENT("Assessment"),
  /** A report on progress. */
  PROGRESS_REPORT("Progress report"),
  /** An evaluation of results. */
  EVALUATION("Evaluation"),
  /** A manual or guide. */
  GUIDE("Guide"),
  /** Any other report. */
  OTHER("Other");

  private final String label;

  ReportKind(String label) {
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
  public static java.util.Optional<ReportKind> fromCode(String code) {
    return Coded.fromCode(ReportKind.class, code);
  }
}
