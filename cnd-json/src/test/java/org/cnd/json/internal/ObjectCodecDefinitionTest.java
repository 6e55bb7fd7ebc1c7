package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cnd.json.CndJsonException;
import org.junit.jupiter.api.Test;

/**
 * An object type as its definition makes it: the names and descriptions FORMAT.md and the schema show, each kind of
 * property read and written, what a missing, null or unknown property is told, and the definitions refused.
 */
class ObjectCodecDefinitionTest {
  record Sample(String name, long count, Optional<String> note, OptionalLong size, List<String> tags) {}

  static final class Draft {
    String name;
    long count;
    String note;
    Long size;
    List<String> tags = List.of();
  }

  private static final Function<Draft, Sample> BUILD = d -> new Sample(d.name, d.count, Optional.ofNullable(d.note),
      d.size == null ? OptionalLong.empty() : OptionalLong.of(d.size), d.tags);

  // Defined anew for each test, not once in a static field: what is tested is the definition itself.
  private final ObjectCodec<Sample, Draft> sample = ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
      .named("Specimen")
      .about("A sample of each kind of property.")
      .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v)
      .describe("the sample's name")
      .qualify("not blank")
      .required("count", ValueCodecs.INTEGER, Sample::count, (d, v) -> d.count = v)
      .optional("note", ValueCodecs.TEXT, Sample::note, (d, v) -> d.note = v)
      .optionalLong("size", ValueCodecs.INTEGER, Sample::size, (d, v) -> d.size = v)
      .list("tags", ValueCodecs.TEXT, Sample::tags, (d, v) -> d.tags = v)
      .build();

  private static String refusal(ObjectCodec<?, ?> codec, String json) {
    return catchThrowableOfType(CndJsonException.class, () -> CodecReading.read(codec, json)).violation().message();
  }

  @Test
  void theTypeIsNamedAndDescribedAsDefined() {
    assertThat(sample.type()).isEqualTo(Sample.class);
    assertThat(sample.name()).isEqualTo("Specimen");
    assertThat(sample.schemaName()).isEqualTo("Specimen");
    assertThat(sample.docType()).isEqualTo("Specimen");
    assertThat(sample.noun()).isEqualTo("sample");
    assertThat(sample.description()).isEqualTo("A sample of each kind of property.");
    assertThat(sample.expected()).isEqualTo("an object (a sample)");
    assertThat(sample.toString()).isEqualTo("Specimen[name, count, note, size, tags]");
    assertThat(sample.properties()).extracting(ObjectCodec.Property::name)
        .containsExactly("name", "count", "note", "size", "tags");
    assertThat(sample.properties()).extracting(ObjectCodec.Property::kind).containsExactly(ObjectCodec.Kind.REQUIRED,
        ObjectCodec.Kind.REQUIRED, ObjectCodec.Kind.OPTIONAL, ObjectCodec.Kind.OPTIONAL, ObjectCodec.Kind.LIST);
    assertThat(sample.properties().get(0).description()).isEqualTo("the sample's name");
    assertThat(sample.properties().get(0).qualifier()).isEqualTo("not blank");
    assertThat(sample.properties().get(1).description()).isEmpty();
    assertThat(sample.properties().get(1).qualifier()).isEmpty();
    assertThat(sample.properties().get(4).codec()).isSameAs(ValueCodecs.TEXT);
  }

  @Test
  void anUnnamedTypeIsNamedAfterItsJavaTypeWithNoDescription() {
    ObjectCodec<Sample, Draft> plain = ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
        .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v).build();
    assertThat(plain.name()).isEqualTo("Sample");
    assertThat(plain.description()).isEmpty();
  }

  @Test
  void everyKindOfPropertyIsWrittenAndReadBack() {
    Sample full = new Sample("Sialkot", 3, Optional.of("a note"), OptionalLong.of(7), List.of("a", "b"));
    String json = CodecReading.writeChars(sample, full);
    assertThat(json).isEqualTo("{\"name\":\"Sialkot\",\"count\":3,\"note\":\"a note\",\"size\":7,\"tags\":[\"a\",\"b\"]}");
    assertThat(CodecReading.read(sample, json)).isEqualTo(full);
    Sample bare = new Sample("Sialkot", 0, Optional.empty(), OptionalLong.empty(), List.of());
    String compact = CodecReading.writeChars(sample, bare);
    assertThat(compact).isEqualTo("{\"name\":\"Sialkot\",\"count\":0}");
    assertThat(CodecReading.read(sample, compact)).isEqualTo(bare);
    assertThat(CodecReading.read(sample, "{\"count\":0,\"name\":\"Sialkot\"}")).isEqualTo(bare);
  }

  @Test
  void aDeferredTypeIsDefinedOnceWhenFirstUsedAndIsThenTheSameAsItsDefinition() {
    AtomicInteger definitions = new AtomicInteger();
    ObjectCodec<Sample, Draft> deferred = ObjectCodec.deferred(() -> {
      definitions.incrementAndGet();
      return ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
          .named("Specimen")
          .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v)
          .required("count", ValueCodecs.INTEGER, Sample::count, (d, v) -> d.count = v)
          .list("tags", ValueCodecs.TEXT, Sample::tags, (d, v) -> d.tags = v)
          .build();
    });
    assertThat(definitions).hasValue(0);
    Sample value = new Sample("Sialkot", 3, Optional.empty(), OptionalLong.empty(), List.of("a"));
    assertThat(CodecReading.read(deferred, "{\"name\":\"Sialkot\",\"count\":3,\"tags\":[\"a\"]}")).isEqualTo(value);
    assertThat(definitions).hasValue(1);
    assertThat(CodecReading.writeChars(deferred, value)).isEqualTo("{\"name\":\"Sialkot\",\"count\":3,\"tags\":[\"a\"]}");
    assertThat(deferred.type()).isEqualTo(Sample.class);
    assertThat(deferred.toString()).isEqualTo("Specimen[name, count, tags]");
    assertThat(refusal(deferred, "{\"name\":\"Sialkot\"}"))
        .isEqualTo("Missing property \"count\" in a sample: expected an integer");
    assertThat(definitions).hasValue(1);
  }

  @Test
  void threadsFirstUsingADeferredTypeTogetherDefineItOnce() throws Exception {
    AtomicInteger definitions = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ObjectCodec<Sample, Draft> deferred = ObjectCodec.deferred(() -> {
      definitions.incrementAndGet();
      return ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
          .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v)
          .build();
    });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Sample>> reads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        reads.add(pool.submit(() -> {
          start.await();
          return CodecReading.read(deferred, "{\"name\":\"Sialkot\"}");
        }));
      }
      start.countDown();
      for (Future<Sample> read : reads) {
        assertThat(read.get().name()).isEqualTo("Sialkot");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(definitions).hasValue(1);
  }

  @Test
  void eachMissingRequiredPropertyIsNamed() {
    assertThat(refusal(sample, "{\"count\":1}"))
        .isEqualTo("Missing property \"name\" in a sample: expected a string");
    assertThat(refusal(sample, "{\"name\":\"Sialkot\",\"note\":\"n\"}"))
        .isEqualTo("Missing property \"count\" in a sample: expected an integer");
  }

  @Test
  void aNullIsToldWithWhatToWriteInstead() {
    assertThat(refusal(sample, "{\"name\":null}")).isEqualTo("Null for \"name\" in a sample: expected a string");
    assertThat(refusal(sample, "{\"name\":\"S\",\"count\":1,\"note\":null}"))
        .isEqualTo("Null for \"note\" in a sample: expected a string, or the property left out when absent");
    assertThat(refusal(sample, "{\"name\":\"S\",\"count\":1,\"tags\":null}"))
        .isEqualTo("Null for \"tags\" in a sample: expected an array, each element a string, or the property left "
            + "out when absent");
  }

  @Test
  void anUnknownPropertyIsToldWithTheKnownOnes() {
    assertThat(refusal(sample, "{\"colour\":1}"))
        .isEqualTo("Unknown property \"colour\" in a sample: expected one of name, count, note, size, tags");
    assertThat(refusal(sample, "[]")).isEqualTo("Wrong type: expected an object (a sample), found an array");
  }

  @Test
  void aTypeHoldsUpToSixtyFourPropertiesEachOfWhichMayBeRequired() {
    ObjectCodec.Definer<Sample, Draft> wide = ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD);
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 64; i++) {
      wide.required("p" + i, ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v);
      if (i < 63) {
        json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v\"");
      }
    }
    ObjectCodec<Sample, Draft> codec = wide.build();
    assertThat(codec.properties()).hasSize(64);
    assertThat(refusal(codec, json + "}")).isEqualTo("Missing property \"p63\" in a sample: expected a string");
    assertThat(CodecReading.read(codec, json + ",\"p63\":\"w\"}").name()).isEqualTo("w");
    wide.required("p64", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v);
    assertThatThrownBy(wide::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sample has more than 64 properties");
  }

  @Test
  void definitionsThatCannotBeAreRefused() {
    assertThatThrownBy(() -> ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD).describe("nothing"))
        .isInstanceOf(IllegalStateException.class).hasMessage("Sample has no property yet");
    assertThatThrownBy(() -> ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
        .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v)
        .optional("name", ValueCodecs.TEXT, Sample::note, (d, v) -> d.note = v))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Property name of Sample is defined twice");
  }

  @Test
  void theLastPropertyIsTheOneDescribed() {
    ObjectCodec<Sample, Draft> codec = ObjectCodec.define(Sample.class, "sample", Draft::new, BUILD)
        .required("name", ValueCodecs.TEXT, Sample::name, (d, v) -> d.name = v)
        .required("count", ValueCodecs.INTEGER, Sample::count, (d, v) -> d.count = v)
        .describe("how many").qualify("0 or more").build();
    assertThat(codec.properties().get(0).description()).isEmpty();
    assertThat(codec.properties().get(1).description()).isEqualTo("how many");
    assertThat(codec.properties().get(1).qualifier()).isEqualTo("0 or more");
  }
}
