package org.cnd.json.internal;

import java.util.List;
import org.cnd.core.validation.Violation;
import org.cnd.json.CndJsonException;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** Builds the module's exception from the parser's state: the path of the current node, its line and column. */
public final class Errors {
  private static final int QUOTE_LIMIT = 40;

  private Errors() {}

  /** The JSON Pointer of the node the parser is on (of the object itself on its start or end token). */
  public static String path(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /** A violation of a format rule at the parser's current token. */
  public static CndJsonException at(JsonParser p, FormatRule rule, String message) {
    return at(rule.violation(path(p), message), p.currentTokenLocation());
  }

  /** A violation (its path absolute) at a location. */
  public static CndJsonException at(Violation violation, TokenStreamLocation location) {
    return new CndJsonException(violation, line(location), column(location));
  }

  /** A violation (its path absolute) at a line and column. */
  public static CndJsonException at(Violation violation, int line, int column) {
    return new CndJsonException(violation, line, column);
  }

  /** The 1-based line, or -1. */
  public static int line(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 ? -1 : location.getLineNr();
  }

  /** The 1-based column, or -1. */
  public static int column(TokenStreamLocation location) {
    return location == null || location.getColumnNr() < 1 ? -1 : location.getColumnNr();
  }

  /** A wrong JSON type at the current token. */
  public static CndJsonException wrongType(JsonParser p, String expected) {
    return at(p, FormatRule.TYPE, "Wrong type: expected " + expected + ", found " + found(p));
  }

  /** What the parser's current token is, for messages: {@code the number 42}, {@code an object}. */
  public static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + abbreviate(p.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case PROPERTY_NAME:
        return "the property " + quote(p.currentName());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** The text in double quotes, abbreviated when long. */
  public static String quote(String text) {
    return text.length() <= QUOTE_LIMIT ? "\"" + text + "\""
        : "\"" + abbreviate(text) + "\" (" + text.length() + " characters)";
  }

  static String abbreviate(String text) {
    return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 3) + "...";
  }

  /** {@code a, b, c}. */
  public static String list(List<String> items) {
    return String.join(", ", items);
  }
}
