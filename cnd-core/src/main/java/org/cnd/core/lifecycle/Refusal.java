package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.id.EngagementId;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.Violation;

/**
 * A move that was refused: the rule that refused it (the transition table, the order of dates, the reason, or a
 * guard), the move that was asked for, what was missing, and a message naming what was expected and what was found.
 */
public final class Refusal implements MoveResult {
  private final Rule rule;
  private final EngagementId engagement;
  private final Optional<Phase> from;
  private final Phase to;
  private final PartialDate date;
  private final ImmutableList<String> missing;
  private final String message;

  Refusal(Rule rule, EngagementId engagement, Optional<Phase> from, Phase to, PartialDate date,
      ImmutableList<String> missing, String message) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.date = Objects.requireNonNull(date, "date");
    this.missing = Objects.requireNonNull(missing, "missing");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** The rule that refused the move. */
  public Rule rule() {
    return rule;
  }

  /** The stable identifier of that rule, such as {@code lifecycle.guard-cda}. */
  public String ruleId() {
    return rule.id();
  }

  /** The engagement that was to move. */
  public EngagementId engagementId() {
    return engagement;
  }

  /** The phase it was in; empty for an engagement without history. */
  public Optional<Phase> from() {
    return from;
  }

  /** The phase it was to enter. */
  public Phase to() {
    return to;
  }

  /** The date of the move. */
  public PartialDate date() {
    return date;
  }

  /** What the move lacked, one item each: "a CDA on the team of engagement e1 at 2005-06". */
  public ImmutableList<String> missing() {
    return missing;
  }

  /** What was expected and what was found. */
  public String message() {
    return message;
  }

  /** The refusal as a violation at a path of a document. */
  public Violation toViolation(String path) {
    return Violation.of(rule, path, message);
  }

  @Override
  public boolean isMoved() {
    return false;
  }

  @Override
  public Optional<Engagement> engagement() {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.of(this);
  }

  @Override
  public Engagement orElseThrow() {
    throw new RuleViolationException(toViolation(""));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Refusal r
        && rule == r.rule
        && engagement.equals(r.engagement)
        && from.equals(r.from)
        && to == r.to
        && date.equals(r.date)
        && missing.equals(r.missing)
        && message.equals(r.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, engagement, from, to, date, missing, message);
  }

  /** {@code RULE: MESSAGE}. */
  @Override
  public String toString() {
    return rule.id() + ": " + message;
  }
}
