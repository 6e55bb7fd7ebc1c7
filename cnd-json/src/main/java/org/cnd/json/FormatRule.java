package org.cnd.json;

import java.util.Objects;
import java.util.Optional;
import org.cnd.core.validation.Severity;
import org.cnd.core.validation.Violation;

/**
 * The rules of the JSON format itself: what a document must look like before its values reach the model.
 *
 * <p>Identifiers are public API, like the core's {@link org.cnd.core.validation.Rule rule catalogue}: never renamed,
 * never reused. A value that is well-formed JSON of the right type but breaks a rule of the model (a date that
 * does not exist, an unknown currency, a blank name) is refused with the core rule's identifier instead, such as
 * {@code date.syntax} or {@code money.currency}. {@code FORMAT.md} lists the same rules.
 */
public enum FormatRule {
  /** The document is well-formed JSON (RFC 8259) in UTF-8, complete, with nothing after the root value. */
  SYNTAX("json.syntax",
      "The document is well-formed JSON (RFC 8259) in UTF-8, complete, with nothing after the root object."),
  /** The root of the document is one JSON object. */
  ROOT("json.root", "The document holds one JSON object; it is not empty and its root is not an array or a scalar."),
  /** The root names its format. */
  FORMAT("json.format", "The root object names its format: \"format\": \"cnd-portfolio\"."),
  /** The root names a format version this library reads. */
  FORMAT_VERSION("json.format-version",
      "The root object names a format version this library reads: \"formatVersion\": 1."),
  /** Every property is one the format defines for the object it is in. */
  UNKNOWN_PROPERTY("json.unknown-property",
      "Every property is one the format defines for its object (unless unknown properties are set to be ignored)."),
  /** No object names a property twice. */
  DUPLICATE_KEY("json.duplicate-key", "No object names the same property twice."),
  /** No string holds half of a surrogate pair (RFC 7493, I-JSON). */
  LONE_SURROGATE("json.lone-surrogate", "No string holds a lone surrogate: every high surrogate (U+D800 to U+DBFF)"
      + " is followed by a low one (U+DC00 to U+DFFF), and every low one follows a high one (I-JSON, RFC 7493)."),
  /** Every value has the JSON type the format gives it. */
  TYPE("json.type", "Every value has the JSON type the format gives it: string, integer, number, object or array"
      + " (an integer must also fit in 64 bits)."),
  /** No value is null: an absent optional value is left out. */
  NULL("json.null", "No value is null: an absent optional value is left out, and a required value is given."),
  /** Every required property is given. */
  MISSING_PROPERTY("json.missing-property", "Every required property of an object is given."),
  /** Every code is one of its code list. */
  UNKNOWN_CODE("json.unknown-code", "Every code (organisation kind, programme status, ...) is one of its code list."),
  /** Objects and arrays nest no deeper than the nesting limit. */
  DEPTH_LIMIT("json.depth-limit", "Objects and arrays nest no deeper than the reader's nesting-depth limit."),
  /** No string or property name is longer than the string limit. */
  STRING_LIMIT("json.string-limit", "No string or property name is longer than the reader's string-length limit."),
  /** No number is written with more characters than the number limit. */
  NUMBER_LIMIT("json.number-limit", "No number is written with more characters than the reader's number-length limit."),
  /** The document is no larger than the size limit. */
  SIZE_LIMIT("json.size-limit", "The document is no larger than the reader's document-size limit.");

  private final String id;
  private final String description;

  FormatRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable identifier, such as {@code json.unknown-property}. */
  public String id() {
    return id;
  }

  /** Every format rule is an error: a document that breaks one cannot be read. */
  public Severity severity() {
    return Severity.ERROR;
  }

  /** What the rule requires, in one sentence. */
  public String description() {
    return description;
  }

  /** A violation of this rule at a JSON Pointer path. */
  public Violation violation(String path, String message) {
    return Violation.of(id, severity(), Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"));
  }

  /** The rule with the given identifier, if any. */
  public static Optional<FormatRule> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (FormatRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
