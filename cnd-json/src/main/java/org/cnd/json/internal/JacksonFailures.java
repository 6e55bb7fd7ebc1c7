package org.cnd.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.json.CndJsonException;
import org.cnd.json.FormatRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Translates what the parser refuses (malformed JSON, truncation, duplicate keys, limits, bad UTF-8) into the
 * module's exception, with the path and location the parser had reached. Genuine I/O failures are not the
 * document's fault: they become {@link UncheckedIOException}.
 */
public final class JacksonFailures {
  private static final Pattern FOUND = Pattern.compile("\\((\\d+)\\) exceeds");

  private JacksonFailures() {}

  /**
   * The module's exception for a parser failure.
   *
   * @throws UncheckedIOException when the failure is an I/O error of the input itself
   */
  public static CndJsonException translate(JacksonException e, JsonParser p, Limits limits) {
    String path = safePath(p);
    TokenStreamLocation location = e.getLocation() != null && e.getLocation().getLineNr() >= 1
        ? e.getLocation() : safeLocation(p);
    Throwable cause = e.getCause();
    if (e instanceof JacksonIOException || cause instanceof IOException) {
      Inputs.DocumentTooLargeException tooLarge = find(e, Inputs.DocumentTooLargeException.class);
      if (tooLarge != null) {
        return failure(FormatRule.SIZE_LIMIT, path, tooLarge.getMessage(), location, e);
      }
      Inputs.MalformedUtf8Exception malformed = find(e, Inputs.MalformedUtf8Exception.class);
      if (malformed != null) {
        return failure(FormatRule.SYNTAX, path, malformed.getMessage(), location, e);
      }
      IOException io = find(e, IOException.class);
      throw new UncheckedIOException(io == null ? new IOException(e.getOriginalMessage(), e) : io);
    }
    if (e instanceof StreamConstraintsException) {
      return limit(e, path, location, limits);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return failure(FormatRule.SYNTAX, path, "Truncated document: the input ends inside " + inside(p)
          + ": expected the rest of it and its closing " + closer(p), location, e);
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (message.startsWith("Duplicate Object property")) {
      String name = p.streamReadContext() == null ? null : p.streamReadContext().currentName();
      return failure(FormatRule.DUPLICATE_KEY, path, "Duplicate property"
          + (name == null ? "" : " " + Errors.quote(name)) + ": expected each property once in an object", location, e);
    }
    return failure(FormatRule.SYNTAX, path, "Malformed JSON: " + inJsonWords(message), location, e);
  }

  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("^(?:Non-standard|Unrecognized) token '([^']{0,40})");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
  private static final String VALUES = "a string, a number, an object, an array, true, false or null";

  /**
   * The parser's complaint in the format's words: what JSON allows and what was found, never the parser's features
   * or options ({@code ALLOW_COMMENTS}), which a writer of documents cannot enable.
   */
  static String inJsonWords(String message) {
    Matcher character = CHARACTER.matcher(message);
    String found = character.find() ? "'" + character.group(1) + "'" : null;
    Matcher token = TOKEN.matcher(message);
    Matcher control = CONTROL.matcher(message);
    Matcher escape = ESCAPE.matcher(message);
    if (message.contains("comment")) {
      return "comments are not allowed in JSON";
    } else if (message.startsWith("Non-standard token") && token.find()) {
      return token.group(1) + " is not a JSON number";
    } else if ("'''".equals(found)) {
      return "JSON writes strings and property names in double quotes, not single quotes";
    } else if (message.contains("to start property name") && "'}'".equals(found)) {
      return "JSON allows no comma before '}'";
    } else if (message.contains("expected a valid value") && "']'".equals(found)) {
      return "JSON allows no comma before ']'";
    } else if (message.contains("to start property name")) {
      return "expected a property name in double quotes, found " + found;
    } else if (message.contains("Leading zeroes")) {
      return "a JSON number has no leading zeros";
    } else if (message.contains("plus sign")) {
      return "a JSON number has no plus sign";
    } else if (message.contains("Decimal point not followed by a digit")) {
      return "a JSON number has a digit after its decimal point";
    } else if (message.contains("hexadecimal")) {
      return "JSON numbers are decimal (no 0x)";
    } else if (control.find()) {
      return String.format("control character U+%04X in a string: JSON strings escape it (\\n, \\t, \\u0000)",
          Integer.parseInt(control.group(1)));
    } else if (escape.find()) {
      return "\\" + escape.group(1) + " is not a JSON escape (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
    } else if (message.contains("comma to separate Object entries")) {
      return "expected a comma or '}' after a property of an object" + (found == null ? "" : ", found " + found);
    } else if (message.contains("comma to separate Array entries")) {
      return "expected a comma or ']' after an element of an array" + (found == null ? "" : ", found " + found);
    } else if (message.startsWith("Unrecognized token") && token.find()) {
      return "'" + token.group(1) + "' is not a JSON value: expected " + VALUES;
    } else if (message.contains("expected a valid value") && found != null) {
      return "expected a value (" + VALUES + "), found " + found;
    }
    // Whatever else the parser says, without the names of its features.
    String plain = message.replaceAll("\\s*\\([^()]*Feature[^()]*\\)", "")
        .replaceAll(":?\\s*(enable|require enabling) `[^`]*`( to allow)?", "");
    return plain.contains("Feature") || plain.contains("ALLOW_") ? "not JSON" : plain;
  }

  private static CndJsonException limit(JacksonException e, String path, TokenStreamLocation location, Limits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher m = FOUND.matcher(message);
    String found = m.find() ? m.group(1) : null;
    if (message.contains("nesting depth")) {
      return failure(FormatRule.DEPTH_LIMIT, path, "Nesting too deep: expected objects and arrays nested at most "
          + limits.maxNestingDepth() + " deep, found " + (found == null ? "deeper nesting" : found + " levels"), location, e);
    }
    if (message.startsWith("String") || message.startsWith("Name")) {
      String what = message.startsWith("Name") ? "Property name" : "String";
      // The parser stops counting where the limit is passed: the count it gives is a lower bound, not the length.
      return failure(FormatRule.STRING_LIMIT, path, what + " too long: expected at most " + limits.maxStringLength()
          + " characters, found " + (found == null ? "more" : "at least " + found), location, e);
    }
    if (message.startsWith("Number") || message.contains("scale")) {
      return failure(FormatRule.NUMBER_LIMIT, path, "Number too long: expected at most " + limits.maxNumberLength()
          + " characters, found " + (found == null ? "more" : found), location, e);
    }
    if (message.startsWith("Token count")) {
      return failure(FormatRule.SIZE_LIMIT, path, "Too many JSON tokens: expected at most " + limits.maxTokenCount()
          + " property names, values and brackets, found more", location, e);
    }
    return failure(FormatRule.SIZE_LIMIT, path, "Document too large: " + message, location, e);
  }

  private static CndJsonException failure(
      FormatRule rule, String path, String message, TokenStreamLocation location, Throwable cause) {
    return new CndJsonException(rule.violation(path, message), Errors.line(location), Errors.column(location), cause);
  }

  private static String inside(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    if (context != null && context.inObject()) {
      return "an object";
    }
    if (context != null && context.inArray()) {
      return "an array";
    }
    return "a value";
  }

  private static String closer(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    if (context != null && context.inArray()) {
      return "']'";
    }
    return context != null && context.inObject() ? "'}'" : "quote or bracket";
  }

  private static String safePath(JsonParser p) {
    try {
      return Errors.path(p);
    } catch (RuntimeException ignored) {
      return "";
    }
  }

  private static TokenStreamLocation safeLocation(JsonParser p) {
    try {
      return p.currentLocation();
    } catch (RuntimeException ignored) {
      return null;
    }
  }

  private static <X extends Throwable> X find(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
