package org.cnd.core.training;

import org.cnd.core.validation.Coded;

/** What kind of training event it is. */
public enum TrainingKind implements Coded {
  /** Trains those who will train CDAs. */
  TRAINING_OF_TRAINERS("Training of trainers"),
  /** Trains cluster development agents; its exercises are a diagnostic study and an action plan. */
  CDA_COURSE("CDA course"),
  /** Brings trained CDAs together again to review their work. */
  REVIEW_MEETING("Review meeting"),
  /** Any other workshop or seminar. */
  WORKSHOP("Workshop");

  private final String label;

  TrainingKind(String label) {
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
  public static java.util.Optional<TrainingKind> fromCode(String code) {
    return Coded.fromCode(TrainingKind.class, code);
  }
}
