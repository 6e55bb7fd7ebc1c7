package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.Programme;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.time.DateSyntax;
import org.cnd.core.time.PartialDate;
import org.cnd.json.internal.CodeCodec;
import org.cnd.json.internal.ObjectCodec;
import org.cnd.json.internal.PortfolioCodec;
import org.cnd.json.internal.Registry;
import org.quicktheories.core.Gen;

/** The laws of the format: nothing is lost, rewriting is byte-identical, and the writer's output fits the schema. */
class RoundTripTest {
  private static final CndJson PRETTY = CndJson.create();
  private static final CndJson COMPACT = CndJson.builder().prettyPrint(false).build();
  private static final CndJson EDTF = CndJson.builder().dateSyntax(DateSyntax.EDTF).build();
  private static final Pattern CND_QUARTER = Pattern.compile("(?<=[\"/][1-9][0-9]{3}-)Q([1-4])(?=[~?%]?[\"/])");
  private static final JsonMapper READER = JsonMapper.builder().build();

  /**
   * Portfolios of three kinds, equally often: the first half of the model with awkward values ({@link
   * TestPortfolios}); the same with every methodology type as well, each valid on its own ({@link
   * MethodologyPortfolios}); and whole valid methodology portfolios whose entities refer to each other ({@link
   * MethodologyGen}).
   */
  static Gen<Portfolio> portfolios() {
    List<Gen<Portfolio>> kinds =
        List.of(TestPortfolios.portfolios(), MethodologyPortfolios.portfolios(), MethodologyGen.portfolios());
    return rs -> kinds.get(integers().between(0, kinds.size() - 1).generate(rs)).generate(rs);
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPortfolio() {
    qt().withExamples(200).forAll(portfolios()).checkAssert(p -> {
      assertThat(PRETTY.read(PRETTY.write(p))).isEqualTo(p);
      assertThat(COMPACT.read(COMPACT.write(p))).isEqualTo(p);
    });
  }

  @Test
  void rewritingIsByteIdentical() {
    qt().withExamples(200).forAll(portfolios()).checkAssert(p -> {
      String once = PRETTY.write(p);
      assertThat(PRETTY.write(PRETTY.read(once))).isEqualTo(once);
      String compact = COMPACT.write(p);
      assertThat(COMPACT.write(COMPACT.read(compact))).isEqualTo(compact);
      assertThat(COMPACT.write(PRETTY.read(once))).isEqualTo(compact);
    });
  }

  @Test
  void whatTheEdtfWriterWroteReadsBackEqualAndDiffersOnlyInQuarters() {
    qt().withExamples(200).forAll(portfolios()).checkAssert(p -> {
      String edtf = EDTF.write(p);
      assertThat(PRETTY.read(edtf)).isEqualTo(p);
      assertThat(EDTF.write(EDTF.read(edtf))).isEqualTo(edtf);
      assertThat(edtf).isEqualTo(inEdtf(PRETTY.write(p)));
      assertThat(SchemaSupport.errors(edtf)).isEmpty();
    });
  }

  /** Format version 1's text with its quarters written as ISO 8601-2's groupings 33 to 36. */
  private static String inEdtf(String cnd) {
    return CND_QUARTER.matcher(cnd).replaceAll(m -> String.valueOf(32 + Integer.parseInt(m.group(1))));
  }

  /**
   * A document the writer wrote before dates had qualifiers and EDTF (main's Pakistan example, as the fuzz seed of
   * 2026-11-26 holds it) reads as it did: the default writer writes it back byte for byte, and its EDTF rewrite
   * differs only in quarters and reads back to the same portfolio.
   */
  @Test
  void aDocumentOfTheWriterBeforeEdtfReadsTheSame() throws Exception {
    String old = Files.readString(Path.of("src/test/resources/written-before-edtf/pakistan.json"));
    Portfolio p = PRETTY.read(old);
    assertThat(PRETTY.write(p)).isEqualTo(old);
    assertThat(old).contains("\"2007-Q1/2007-Q1\"");
    String edtf = EDTF.write(p);
    assertThat(edtf).contains("\"2007-33/2007-33\"").doesNotContain("-Q1").isEqualTo(inEdtf(old));
    assertThat(PRETTY.read(edtf)).isEqualTo(p);
  }

  @Test
  void everyOutputKindGivesTheSameBytes() {
    qt().withExamples(50).forAll(portfolios()).checkAssert(p -> {
      String text = PRETTY.write(p);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PRETTY.write(p, bytes);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(PRETTY.read(bytes.toByteArray())).isEqualTo(p);
    });
  }

  @Test
  void everythingTheWriterProducesFitsTheSchema() {
    qt().withExamples(200).forAll(portfolios()).checkAssert(p -> {
      assertThat(SchemaSupport.errors(PRETTY.write(p))).isEmpty();
      assertThat(SchemaSupport.errors(COMPACT.write(p))).isEmpty();
    });
  }

  @Test
  void theGeneratorsWriteEveryPropertyOfEveryObjectAndEveryCode() {
    Set<String> written = new TreeSet<>();
    qt().withFixedSeed(20261126L).withExamples(300).forAll(portfolios())
        .checkAssert(p -> collect(PortfolioCodec.PORTFOLIO, READER.readTree(COMPACT.write(p)), written));
    Set<String> all = new TreeSet<>();
    for (ObjectCodec<?, ?> codec : Registry.OBJECTS) {
      codec.properties().forEach(property -> all.add(codec.name() + "." + property.name()));
    }
    for (CodeCodec<?> codec : Registry.CODES) {
      codec.codes().forEach(code -> all.add(codec.type().getSimpleName() + " " + code));
    }
    assertThat(written).containsExactlyInAnyOrderElementsOf(all);
  }

  // The object's properties present in the node, and the codes in them, recursively.
  private static void collect(ObjectCodec<?, ?> codec, JsonNode node, Set<String> out) {
    for (ObjectCodec.Property<?, ?> property : codec.properties()) {
      JsonNode value = node.get(property.name());
      if (value == null) {
        continue;
      }
      out.add(codec.name() + "." + property.name());
      for (JsonNode element : property.kind() == ObjectCodec.Kind.LIST ? value.values() : List.of(value)) {
        if (property.codec() instanceof ObjectCodec<?, ?> child) {
          collect(child, element, out);
        } else if (property.codec() instanceof CodeCodec<?> code) {
          out.add(code.type().getSimpleName() + " " + element.asString());
        }
      }
    }
  }

  @Test
  void validMethodologyPortfoliosStayValidThroughTheirDocuments() {
    qt().withExamples(30).forAll(MethodologyGen.portfolios()).checkAssert(p -> {
      DocumentReport report = PRETTY.validate(PRETTY.write(p));
      assertThat(report.portfolio()).contains(p);
      assertThat(report.errors()).as(report.toString()).isEmpty();
      assertThat(report.toValidationReport()).isEqualTo(p.validate());
    });
  }

  @Test
  void indicatorNumbersKeepTheirExactFormAndScale() {
    for (String number : List.of("12.5", "12.50", "0", "0.000", "-3", "1E+3", "-2.5E+10", "1E-7", "0E+2",
        "9".repeat(30) + "." + "9".repeat(30), "1E+29", "1E-30")) {
      Indicator indicator = Indicator.builder().id(IndicatorId.of("i")).name("I").level(IndicatorLevel.OUTCOME)
          .measure(Measure.NUMBER).baseline(Baseline.of(IndicatorValue.of(new BigDecimal(number)), PartialDate.ofYear(2004)))
          .build();
      Portfolio p = Portfolio.builder().addIndicators(indicator).build();
      String text = COMPACT.write(p);
      assertThat(text).contains("\"number\":" + number + "}");
      assertThat(COMPACT.read(text)).isEqualTo(p);
      assertThat(SchemaSupport.errors(text)).isEmpty();
    }
    // Written as plain JSON numbers of other forms, they read as the same numbers in BigDecimal's form.
    String lower = "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"indicators\":[{\"id\":\"i\",\"name\":\"I\","
        + "\"level\":\"outcome\",\"measure\":\"number\",\"baseline\":{\"value\":{\"number\":1e3},\"date\":\"2004\"}}]}";
    assertThat(COMPACT.read(lower).indicators().get(0).baseline().get().value().number()).contains(new BigDecimal("1E+3"));
    assertThat(COMPACT.write(COMPACT.read(lower))).contains("\"number\":1E+3}");
  }

  @Test
  void theSamplePortfolioSurvivesWithNothingLost() {
    Portfolio sample = Samples.pakistan();
    String text = PRETTY.write(sample);
    Portfolio back = PRETTY.read(text);
    assertThat(back).isEqualTo(sample);
    assertThat(back.organisations()).hasSize(4);
    assertThat(back.clusters().get(0).place().point()).isEqualTo(sample.clusters().get(0).place().point());
    assertThat(SchemaSupport.errors(text)).isEmpty();
  }

  @Test
  void moneyAtTheBoundsOfItsTextFormSurvives() {
    String thirty = "9".repeat(30);
    for (Money amount : List.of(Money.of(thirty + "." + thirty, "USD"), Money.of("-" + thirty, "JPY"),
        Money.of(new BigDecimal("1e29"), "KWD"), Money.of(new BigDecimal("1e-30"), "EUR"))) {
      Portfolio p = Portfolio.builder()
          .addProgrammes(Programme.builder().id(ProgrammeId.of("p")).title("P").budget(amount.isNegative()
              ? Money.zero(amount.currency()) : amount).build())
          .addClusters(Samples.pakistan().clusters().get(1))
          .build();
      assertThat(PRETTY.read(PRETTY.write(p))).isEqualTo(p);
    }
    // Beyond the bounds, an amount cannot be built, so the writer never meets one the reader would refuse.
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"), "USD")).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("money.syntax");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-31"), "USD")).isInstanceOf(RuleViolationException.class);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
        () -> Money.of(new BigDecimal("1e999999999"), "USD")).isInstanceOf(RuleViolationException.class));
  }

  @Test
  void theEmptyPortfolioIsJustTheHeader() {
    assertThat(COMPACT.write(Portfolio.empty())).isEqualTo("{\"format\":\"cnd-portfolio\",\"formatVersion\":1}");
    assertThat(PRETTY.write(Portfolio.empty()))
        .isEqualTo("{\n  \"format\": \"cnd-portfolio\",\n  \"formatVersion\": 1\n}\n");
    assertThat(PRETTY.read(PRETTY.write(Portfolio.empty()))).isEqualTo(Portfolio.empty());
  }
}
