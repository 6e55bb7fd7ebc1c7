package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Disaggregation;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.place.Place;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** The Jackson module on its own: registration, single values, strictness, and no type information ever. */
class CndModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CndModule()).build();
  private static final String COMPACT = CndJson.builder().prettyPrint(false).build().write(Samples.pakistan());

  @Test
  void aMapperWithTheModuleReadsAndWritesTheFormat() {
    assertThat(MAPPER.writeValueAsString(Samples.pakistan())).isEqualTo(COMPACT);
    assertThat(MAPPER.readValue(COMPACT, Portfolio.class)).isEqualTo(Samples.pakistan());
  }

  @Test
  void theServiceLoaderFindsTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules().stream().map(JacksonModule::getModuleName).collect(Collectors.toList()))
        .contains("cnd");
    assertThat(found.readValue(COMPACT, Portfolio.class)).isEqualTo(Samples.pakistan());
    assertThat(found.writeValueAsString(Samples.pakistan())).isEqualTo(COMPACT);
  }

  @Test
  void mapsSingleValuesIdentifiersAndCodes() {
    assertThat(MAPPER.writeValueAsString(OrganisationKind.UN_AGENCY)).isEqualTo("\"un_agency\"");
    assertThat(MAPPER.readValue("\"sme_agency\"", OrganisationKind.class)).isEqualTo(OrganisationKind.SME_AGENCY);
    assertThat(MAPPER.writeValueAsString(ClusterId.of("multan-handloom"))).isEqualTo("\"multan-handloom\"");
    assertThat(MAPPER.readValue("\"2007-Q1\"", PartialDate.class)).isEqualTo(PartialDate.ofQuarter(2007, 1));
    assertThat(MAPPER.readValue("\"2001/..\"", DateRange.class)).isEqualTo(DateRange.parse("2001/.."));
    assertThat(MAPPER.writeValueAsString(Money.of("235000", "USD")))
        .isEqualTo("{\"amount\":\"235000.00\",\"currency\":\"USD\"}");
    assertThat(MAPPER.readValue("{\"country\":\"PK\",\"localities\":[\"Multan\"]}", Place.class).localities())
        .containsExactly("Multan");
    Organisation org = Samples.pakistan().organisations().get(1);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(org), Organisation.class)).isEqualTo(org);
  }

  @Test
  void mapsTheMethodologyAsTheFacadeDoes() {
    CndJson compact = CndJson.builder().prettyPrint(false).build();
    qt().withExamples(20).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      String text = compact.write(p);
      assertThat(MAPPER.writeValueAsString(p)).isEqualTo(text);
      assertThat(MAPPER.readValue(text, Portfolio.class)).isEqualTo(p);
      // Each entity alone, as a user of the mapper would read and write it.
      for (List<?> collection : List.of(p.engagements(), p.diagnosticStudies(), p.actionPlans(), p.indicators(),
          p.trainings(), p.linkages(), p.reports())) {
        for (Object entity : collection) {
          assertThat(MAPPER.readValue(MAPPER.writeValueAsString(entity), entity.getClass().getSuperclass()))
              .isEqualTo(entity);
        }
      }
    });
    assertThat(MAPPER.writeValueAsString(Phase.MONITORING_AND_EVALUATION)).isEqualTo("\"monitoring_and_evaluation\"");
    assertThat(MAPPER.readValue("\"enterprise_size\"", Disaggregation.class)).isEqualTo(Disaggregation.ENTERPRISE_SIZE);
    assertThat(MAPPER.readValue("\"actor-1\"", MapActorId.class)).isEqualTo(MapActorId.of("actor-1"));
    assertThat(MAPPER.writeValueAsString(IndicatorValue.of(new BigDecimal("12.50")))).isEqualTo("{\"number\":12.50}");
    assertThat(MAPPER.readValue("{\"text\":\"Strong\"}", IndicatorValue.class)).isEqualTo(IndicatorValue.ofText("Strong"));
    assertThat(catchThrowableOfType(CndJsonException.class,
        () -> MAPPER.readValue("{\"number\":1,\"text\":\"one\"}", IndicatorValue.class)).ruleId())
        .isEqualTo("monitoring.value");
  }

  @Test
  void refusesNullAndUnknownPropertiesOfSingleValues() {
    CndJsonException nullValue = catchThrowableOfType(CndJsonException.class,
        () -> MAPPER.readValue("null", Organisation.class));
    assertThat(nullValue.ruleId()).isEqualTo("json.null");
    CndJsonException unknown = catchThrowableOfType(CndJsonException.class,
        () -> MAPPER.readValue("{\"country\":\"PK\",\"town\":\"Multan\"}", Place.class));
    assertThat(unknown.ruleId()).isEqualTo("json.unknown-property");
    assertThat(unknown.path()).isEqualTo("/town");
  }

  @Test
  void canBeSetToIgnoreUnknownProperties() {
    CndModule lenient = new CndModule().withUnknownPropertiesIgnored(true);
    assertThat(lenient.ignoresUnknownProperties()).isTrue();
    assertThat(new CndModule().ignoresUnknownProperties()).isFalse();
    JsonMapper mapper = JsonMapper.builder().addModule(lenient).build();
    Place place = mapper.readValue("{\"country\":\"PK\",\"town\":{\"deep\":[1,2,{\"x\":null}]}}", Place.class);
    assertThat(place.country().code()).isEqualTo("PK");
  }

  @Test
  void typeInformationInTheInputNeverChoosesAClassEvenWithDefaultTyping() {
    JsonMapper typing = JsonMapper.builder()
        .addModule(new CndModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
            DefaultTyping.NON_FINAL)
        .build();
    // No type ids are written, and none are expected or honoured on reading.
    assertThat(typing.writeValueAsString(Samples.pakistan())).isEqualTo(COMPACT);
    assertThat(typing.readValue(COMPACT, Portfolio.class)).isEqualTo(Samples.pakistan());
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> typing.readValue(
        "[\"java.util.ArrayList\", {\"format\": \"cnd-portfolio\", \"formatVersion\": 1}]", Portfolio.class));
    assertThat(e.ruleId()).isEqualTo("json.type");
    assertThat(e.path()).isEqualTo("");
  }

  @Test
  void hasANameAndTheLibraryVersion() {
    CndModule module = new CndModule();
    assertThat(module.getModuleName()).isEqualTo("cnd");
    // The module descriptor carries the Maven project version.
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getArtifactId()).isEqualTo("cnd-json");
    assertThat(module.toString()).isEqualTo("CndModule");
  }

  @Test
  void theCoreStaysFreeOfJackson() {
    Module core = Portfolio.class.getModule();
    assertThat(core.isNamed()).isTrue();
    List<String> requires = core.getDescriptor().requires().stream()
        .map(java.lang.module.ModuleDescriptor.Requires::name).collect(Collectors.toList());
    assertThat(requires).noneMatch(name -> name.startsWith("tools.jackson") || name.startsWith("com.fasterxml"));
  }

  @Test
  void theJsonModuleIsANamedModuleThatProvidesTheJacksonModule() {
    Module json = CndModule.class.getModule();
    assertThat(json.getName()).isEqualTo("org.cnd.json");
    assertThat(json.getDescriptor().provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
      assertThat(p.providers()).containsExactly("org.cnd.json.CndModule");
    });
    assertThat(json.getDescriptor().exports()).hasSize(1);
    assertThat(json.isExported("org.cnd.json.internal")).isFalse();
  }

  @Test
  void refusesToBeBuiltWithoutACodec() {
    assertThatThrownBy(() -> new org.cnd.json.internal.CodecSerializer<String>(null))
        .isInstanceOf(NullPointerException.class);
  }
}
