package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.cnd.core.validation.Rule;
import java.util.function.Function;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A value written as a JSON string in its text form: identifiers, partial dates and ranges, country and currency
 * codes, plain text. The core's parse function checks the text; its violation surfaces at the string's path.
 *
 * @param <T> the Java type
 */
public final class TextCodec<T> implements Codec<T> {
  private final Class<T> type;
  private final String schemaName;
  private final String docType;
  private final String docTypes;
  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final int maxChars;
  private final CharWriter<T> chars;
  private final ImmutableList<CheckedRule> rules;
  private final Definition definition;

  // The characters of one value at a time, per thread: the generator copies them before writeString returns.
  private static final int BUFFER_LENGTH = 64;
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[BUFFER_LENGTH]);

  private TextCodec(Class<T> type, String schemaName, String docType, String docTypes, String expected,
      Function<String, T> parse, Function<T, String> format, int maxChars, CharWriter<T> chars,
      ImmutableList<CheckedRule> rules, Definition definition) {
    this.type = Objects.requireNonNull(type, "type");
    this.schemaName = Objects.requireNonNull(schemaName, "schemaName");
    this.docType = Objects.requireNonNull(docType, "docType");
    this.docTypes = Objects.requireNonNull(docTypes, "docTypes");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.parse = Objects.requireNonNull(parse, "parse");
    this.format = Objects.requireNonNull(format, "format");
    this.maxChars = maxChars;
    this.chars = chars;
    this.rules = rules;
    this.definition = definition;
  }

  /**
   * The schema's definition of a text form that the codec states itself, rather than the overlay: a description and a
   * pattern, written {@code ^...$} as the overlay's are.
   *
   * @param description the definition's description, a sentence
   * @param pattern the pattern every value matches
   */
  public record Definition(String description, String pattern) {
    /** The definition. */
    public Definition {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /**
   * Writes a value's text form into characters, from {@code 0}, and returns how many it wrote: for values written
   * often (dates), so that writing builds no String.
   *
   * @param <T> the Java type
   */
  @FunctionalInterface
  public interface CharWriter<T> {
    /** Writes the text form of {@code value} the options ask for into {@code into} and returns its length. */
    int write(T value, WriteOptions options, char[] into);
  }

  /**
   * A codec for a value with a text form.
   *
   * @param docType what a value is, for FORMAT.md: {@code partial date}; its plural adds an {@code s}
   * @param what what the string holds, for messages: {@code a partial date such as 2004-08}
   * @param parse the core's factory, which throws {@link RuleViolationException} for bad text
   * @param format the text form; must be read back by {@code parse} as an equal value
   */
  public static <T> TextCodec<T> of(Class<T> type, String docType, String what, Function<String, T> parse,
      Function<T, String> format) {
    return new TextCodec<>(type, type.getSimpleName(), docType, docType + "s", "a string (" + what + ")", parse, format,
        0, null, ImmutableList.of(), null);
  }

  /**
   * This codec writing through {@code chars}, in at most {@code maxChars} characters: with the default options
   * exactly what {@code format} returns, with others a form {@code parse} reads back as an equal value.
   */
  public TextCodec<T> writingChars(int maxChars, CharWriter<T> chars) {
    if (maxChars > BUFFER_LENGTH) {
      throw new IllegalArgumentException("At most " + BUFFER_LENGTH + " characters, found " + maxChars);
    }
    return new TextCodec<>(type, schemaName, docType, docTypes, expected, parse, format, maxChars,
        Objects.requireNonNull(chars, "chars"), rules, definition);
  }

  /** This codec, naming rules of the model that check its values (see {@link Codec#rules()}). */
  public TextCodec<T> withRules(Rule... checked) {
    ImmutableList.Builder<CheckedRule> all = ImmutableList.<CheckedRule>builder().addAll(rules);
    for (Rule rule : checked) {
      all.add(CheckedRule.of(rule));
    }
    return new TextCodec<>(type, schemaName, docType, docTypes, expected, parse, format, maxChars, chars, all.build(),
        definition);
  }

  /** This codec, naming only these rules of the model, not those it named before. */
  public TextCodec<T> withOnlyRules(Rule... checked) {
    return new TextCodec<>(type, schemaName, docType, docTypes, expected, parse, format, maxChars, chars,
        ImmutableList.of(), definition).withRules(checked);
  }

  /** This codec, stating its schema definition itself. */
  public TextCodec<T> defined(Definition schema) {
    return new TextCodec<>(type, schemaName, docType, docTypes, expected, parse, format, maxChars, chars, rules,
        Objects.requireNonNull(schema, "schema"));
  }

  /** The schema's definition of the values, when the codec states it; null when the overlay writes it. */
  public Definition definition() {
    return definition;
  }

  @Override
  public ImmutableList<CheckedRule> rules() {
    return rules;
  }

  /** Plain text, kept as it is (the entity's own checks refuse blank text). */
  public static TextCodec<String> text() {
    return new TextCodec<>(String.class, "Text", "text", "text", "a string", Function.identity(), Function.identity(),
        0, null, ImmutableList.of(), null);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public String schemaName() {
    return schemaName;
  }

  @Override
  public String docType() {
    return docType;
  }

  @Override
  public String docTypes() {
    return docTypes;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    if (chars != null) {
      char[] text = BUFFER.get();
      g.writeString(text, 0, chars.write(value, WriteOptions.of(g), text));
    } else {
      String text = format.apply(value);
      if (Surrogates.firstLone(text) < 0) {
        g.writeString(text);
      } else {
        // Jackson's character writer would copy a lone surrogate as it is (unencodable) and its byte writer escape
        // it: written here, both give the same bytes.
        g.writeRawValue(Surrogates.quoted(text));
      }
    }
  }

  // Short strings repeat (localities, codes, references to one cluster): the parser makes a new String for each
  // occurrence, and a document of five million "a" held 5 million of them, some 48 bytes each for 4 of input. A
  // direct-mapped table of recent short strings, per thread, lets repeats share one instance: no chains to flood,
  // at most SHARED * SHARE_LENGTH characters kept.
  private static final int SHARED = 512;
  private static final int SHARE_LENGTH = 32;
  private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[SHARED]);

  static String share(String text) {
    if (text.length() > SHARE_LENGTH) {
      return text;
    }
    String[] recent = RECENT.get();
    int slot = (text.hashCode() ^ text.hashCode() >>> 16) & (SHARED - 1);
    String known = recent[slot];
    if (text.equals(known)) {
      return known;
    }
    recent[slot] = text;
    return text;
  }

  @Override
  public T read(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Errors.wrongType(p, expected);
    }
    String text = share(p.getString());
    int lone = Surrogates.firstLone(text);
    if (lone >= 0) {
      throw Errors.at(p, FormatRule.LONE_SURROGATE, String.format(
          "Lone surrogate: expected Unicode text, where surrogates come in pairs, found U+%04X alone at character %d"
              + " of %d", (int) text.charAt(lone), lone + 1, text.length()));
    }
    try {
      return parse.apply(text);
    } catch (RuleViolationException e) {
      throw Errors.at(e.violation().withPathPrefix(Errors.path(p)), p.currentTokenLocation());
    }
  }
}
