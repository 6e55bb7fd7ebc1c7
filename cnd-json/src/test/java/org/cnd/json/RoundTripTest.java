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
import org.cnd.core.Portfolio;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.Programme;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.cnd.core.testing.MethodologyGen;
import org.quicktheories.core.Gen;

/** The laws of the format: nothing is lost, rewriting is byte-identical, and the writer's output fits the schema. */
class RoundTripTest {
  private static final CndJson PRETTY = CndJson.create();
  private static final CndJson COMPACT = CndJson.builder().prettyPrint(false).build();

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
