package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Maps one Java type to its JSON form and back: the unit the format is built from. Object types are described by
 * an {@link ObjectCodec}; values with a text form by a {@link TextCodec}; codes by a {@link CodeCodec}.
 *
 * <p>{@link #read} is called with the parser on the value's first token (never {@code null}: callers refuse null
 * first) and returns with the parser on the value's last token. It throws {@link org.cnd.json.CndJsonException} for
 * anything it refuses, with the JSON Pointer path of the offending node and its line and column.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
  /** The Java type this codec maps. */
  Class<T> type();

  /** What the JSON value must be, for messages: {@code a string: a partial date such as 2004-08}. */
  String expected();

  /**
   * The name of the schema's definition of this codec's values ({@code $defs/PartialDate}), or null when the
   * schema describes them inline, beside each property (its overlay says how).
   */
  default String schemaName() {
    return null;
  }

  /** What a value is, in FORMAT.md's tables: {@code partial date}, {@code organisation identifier}. */
  String docType();

  /** The same in the plural, for arrays: {@code organisation identifiers}. */
  default String docTypes() {
    return docType();
  }

  /**
   * The rules that check a value of this codec, beyond those every value meets (the format's own: JSON types,
   * null, codes, limits): FORMAT.md lists them for each object. A rule is named by the codec of the object or value
   * it checks, or of the smallest object that holds everything it compares ({@code CodecRulesTest} holds the
   * corpora's problems to this).
   */
  default ImmutableList<CheckedRule> rules() {
    return ImmutableList.of();
  }

  /** Writes the value. */
  void write(JsonGenerator g, T value);

  /** Reads a value. */
  T read(JsonParser p, ReadOptions options);
}
