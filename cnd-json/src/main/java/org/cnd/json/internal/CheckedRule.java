package org.cnd.json.internal;

import java.util.Objects;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Severity;
import org.cnd.json.FormatRule;

/**
 * A rule that checks the values of one codec: a rule of the model's catalogue ({@link Rule}) or of the format
 * ({@link FormatRule}), as the codec that describes an object or a value names it. FORMAT.md lists, for each object,
 * the rules so named.
 *
 * @param id the rule's identifier, such as {@code programme.status-period}
 * @param severity its severity
 * @param description what it requires, in one sentence
 */
public record CheckedRule(String id, Severity severity, String description) {
  /** The rule. */
  public CheckedRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
  }

  /** A rule of the model. */
  public static CheckedRule of(Rule rule) {
    return new CheckedRule(rule.id(), rule.severity(), rule.description());
  }

  /** A rule of the format. */
  public static CheckedRule of(FormatRule rule) {
    return new CheckedRule(rule.id(), rule.severity(), rule.description());
  }
}
