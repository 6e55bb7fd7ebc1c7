package org.cnd.core.lifecycle;

import org.cnd.core.validation.Coded;

/**
 * A phase of an engagement: the six phases of the methodology, and the two states outside them, suspended and
 * discontinued. Trust building is not a phase: it runs through all of them.
 */
public enum Phase implements Coded {
  /** Clusters are mapped and ranked against agreed criteria; this one is selected. */
  SELECTION("Selection"),
  /** The CDA studies the cluster's economic system with its actors. */
  DIAGNOSTIC("Diagnostic"),
  /** Stakeholders agree a shared vision and turn it into an action plan. */
  ACTION_PLANNING("Action planning"),
  /** Joint actions are carried out; networks form. */
  IMPLEMENTATION("Implementation"),
  /** Indicators are measured against the baseline; the plan may be revised. */
  MONITORING_AND_EVALUATION("Monitoring and evaluation"),
  /** Responsibilities pass to local institutions; final. */
  EXIT("Exit"),
  /** Halted for a time; resumes to the phase it left. */
  SUSPENDED("Suspended"),
  /** Given up before exit, for a reason; final. */
  DISCONTINUED("Discontinued");

  private final String label;

  Phase(String label) {
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

  /** True for the five phases work goes on in: selection to monitoring and evaluation. */
  public boolean isActive() {
    return compareTo(MONITORING_AND_EVALUATION) <= 0;
  }

  /** True for exit and discontinued, which nothing follows. */
  public boolean isFinal() {
    return this == EXIT || this == DISCONTINUED;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<Phase> fromCode(String code) {
    return Coded.fromCode(Phase.class, code);
  }
}
