package org.cnd.core.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: which rule, how serious, where in the document, and a message naming what was expected and
 * what was found.
 *
 * <p>The rule identifier is stable public API (see {@link Rule} and {@code RULES.md}); the path is a JSON Pointer
 * into the document as the JSON format lays it out, or relative to the value being built when a single value's
 * invariant fails.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final Severity severity;
  private final String path;
  private final String message;

  private Violation(String ruleId, Severity severity, String path, String message) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A violation of a rule of the core catalogue, with the rule's own severity. */
  public static Violation of(Rule rule, String path, String message) {
    Objects.requireNonNull(rule, "rule");
    return new Violation(rule.id(), rule.severity(), path, message);
  }

  /**
   * A violation of a rule from another catalogue (the JSON format's rules, for example).
   *
   * @param ruleId the stable identifier of the rule
   */
  public static Violation of(String ruleId, Severity severity, String path, String message) {
    return new Violation(ruleId, severity, path, message);
  }

  /** The stable identifier of the broken rule, such as {@code reference.organisation}. */
  public String ruleId() {
    return ruleId;
  }

  /** How serious the violation is. */
  public Severity severity() {
    return severity;
  }

  /** Where the problem is, as a JSON Pointer; empty for the whole document or value. */
  public String path() {
    return path;
  }

  /** What was expected and what was found. */
  public String message() {
    return message;
  }

  /** Whether this violation is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** This violation with its path placed under a prefix, as when a value's violation surfaces in a document. */
  public Violation withPathPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return prefix.isEmpty() ? this : new Violation(ruleId, severity, prefix + path, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v
        && ruleId.equals(v.ruleId)
        && severity == v.severity
        && path.equals(v.path)
        && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message);
  }

  /** {@code SEVERITY RULE at PATH: MESSAGE}, the form the command-line tool prints. */
  @Override
  public String toString() {
    return severity.name() + " " + ruleId + " at " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
