package org.cnd.json.internal;

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

  /** Writes the value. */
  void write(JsonGenerator g, T value);

  /** Reads a value. */
  T read(JsonParser p, ReadOptions options);
}
