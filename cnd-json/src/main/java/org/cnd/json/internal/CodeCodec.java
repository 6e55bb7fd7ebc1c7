package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.cnd.core.validation.Coded;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * An enumeration of the model written as its lower_snake_case {@linkplain Coded#code() code}. An unknown code is
 * refused with {@code json.unknown-code}, listing the codes accepted.
 *
 * @param <E> the enumeration
 */
public final class CodeCodec<E extends Enum<E> & Coded> implements Codec<E> {
  private final Class<E> type;
  private final String noun;
  private final String description;
  private final ImmutableMap<String, E> byCode;
  // The codes by ordinal, serialised once: writing a code neither lower-cases its name nor encodes it again.
  private final SerializedString[] serialized;

  private CodeCodec(Class<E> type, String noun, String description) {
    this.type = type;
    this.noun = noun;
    this.description = description;
    ImmutableMap.Builder<String, E> map = ImmutableMap.builder();
    for (E constant : type.getEnumConstants()) {
      map.put(constant.code(), constant);
    }
    this.byCode = map.buildOrThrow();
    E[] constants = type.getEnumConstants();
    this.serialized = new SerializedString[constants.length];
    for (E constant : constants) {
      serialized[constant.ordinal()] = new SerializedString(constant.code());
    }
  }

  /**
   * A codec for every constant of the enumeration.
   *
   * @param noun what a code names, for messages: {@code organisation kind}
   * @param description what the list is, for the schema: {@code What kind of body an organisation is.}
   */
  public static <E extends Enum<E> & Coded> CodeCodec<E> of(Class<E> type, String noun, String description) {
    return new CodeCodec<>(type, noun, description);
  }

  @Override
  public Class<E> type() {
    return type;
  }

  /** What a code names: {@code organisation kind}. */
  public String noun() {
    return noun;
  }

  /** What the list is, for the schema. */
  public String description() {
    return description;
  }

  @Override
  public String schemaName() {
    return type.getSimpleName();
  }

  @Override
  public String docType() {
    return type.getSimpleName() + " code";
  }

  @Override
  public String docTypes() {
    return type.getSimpleName() + " codes";
  }

  /** Every code, in the enumeration's order. */
  public ImmutableList<String> codes() {
    return byCode.keySet().asList();
  }

  @Override
  public String expected() {
    return "a string (the code of " + ObjectCodec.article(noun) + ")";
  }

  @Override
  public void write(JsonGenerator g, E value) {
    g.writeString(serialized[value.ordinal()]);
  }

  @Override
  public E read(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Errors.wrongType(p, expected());
    }
    String code = p.getString();
    E constant = byCode.get(code);
    if (constant == null) {
      throw Errors.at(p, FormatRule.UNKNOWN_CODE,
          "Unknown " + noun + " " + Errors.quote(code) + ": expected one of " + Errors.list(codes()));
    }
    return constant;
  }

  @Override
  public String toString() {
    return noun + " codes " + Arrays.toString(type.getEnumConstants());
  }
}
