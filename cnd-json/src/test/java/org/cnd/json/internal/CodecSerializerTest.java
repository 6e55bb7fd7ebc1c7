package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.json.CndModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** Values written through Jackson are their codec's JSON, with no type information whatever the mapper's typing. */
class CodecSerializerTest {
  @Test
  void writesTheCodecsJsonWithoutTypeInformation() {
    JsonMapper typing = JsonMapper.builder()
        .addModule(new CndModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
            DefaultTyping.NON_FINAL)
        .build();
    Place pakistan = Place.of(CountryCode.of("PK"));
    String plain = CodecReading.writeChars(ValueCodecs.PLACE, pakistan);
    assertThat(typing.writeValueAsString(pakistan)).isEqualTo(plain);
    assertThat(JsonMapper.builder().addModule(new CndModule()).build().writeValueAsString(pakistan)).isEqualTo(plain);
    assertThat(new CodecSerializer<>(ValueCodecs.PLACE).handledType()).isEqualTo(Place.class);
  }
}
