package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.json.CndJsonException;
import org.cnd.json.CndModule;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Values read through Jackson go through their codec: with default typing on the mapper as without, and a null,
 * wherever it stands, is refused with what was expected.
 */
class CodecDeserializerTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new CndModule()).build();
  private static final JsonMapper TYPING = JsonMapper.builder()
      .addModule(new CndModule())
      .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
          DefaultTyping.NON_FINAL)
      .build();
  private static final Place PAKISTAN = Place.of(CountryCode.of("PK"));

  @Test
  void handlesTheCodecsType() {
    assertThat(new CodecDeserializer<>(ValueCodecs.PLACE, new ReadOptions(false)).handledType()).isEqualTo(Place.class);
  }

  @Test
  void typeInformationIsNeitherNeededNorHonoured() {
    assertThat(TYPING.readValue("{\"country\":\"PK\"}", Place.class)).isEqualTo(PAKISTAN);
    CndJsonException e = catchThrowableOfType(CndJsonException.class,
        () -> TYPING.readValue("[\"java.util.HashMap\", {\"country\":\"PK\"}]", Place.class));
    assertThat(e.ruleId()).isEqualTo("json.type");
  }

  @Test
  void aNullIsRefusedWithWhatWasExpected() {
    Throwable inList = catchThrowable(
        () -> PLAIN.readValue("[{\"country\":\"PK\"}, null]", new TypeReference<List<Place>>() {}));
    assertThat(inList).hasMessageContaining("json.null at /1").hasMessageContaining("Null: expected an object (a place)");
    for (JsonMapper mapper : new JsonMapper[] {PLAIN, TYPING}) {
      Throwable atRoot = catchThrowable(() -> mapper.readValue("null", Place.class));
      assertThat(atRoot).hasMessageContaining("json.null").hasMessageContaining("Null: expected an object (a place)");
    }
  }
}
