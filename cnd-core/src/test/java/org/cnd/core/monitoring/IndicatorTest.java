package org.cnd.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.d;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class IndicatorTest {
  private static void refused(ThrowingCallable build, String ruleId, String path, String message) {
    assertThatThrownBy(build).isInstanceOf(RuleViolationException.class).satisfies(e -> {
      RuleViolationException r = (RuleViolationException) e;
      assertThat(r.ruleId()).isEqualTo(ruleId);
      assertThat(r.violation().path()).isEqualTo(path);
      assertThat(r.getMessage()).contains(message);
    });
  }

  private static Indicator.Builder number() {
    return Indicator.builder().id(IndicatorId.of("exporters")).name("Firms exporting").cluster(CLUSTER)
        .level(IndicatorLevel.OUTCOME).measure(Measure.NUMBER).unit("enterprises");
  }

  private static Indicator.Builder qualitative() {
    return Indicator.builder().id(IndicatorId.of("trust")).name("Trust among firms").cluster(CLUSTER)
        .level(IndicatorLevel.OUTCOME).measure(Measure.QUALITATIVE);
  }

  @Test
  void aValueIsANumberOrATextNotBoth() {
    assertThat(IndicatorValue.of(12).isNumber()).isTrue();
    assertThat(IndicatorValue.of("12.50").number()).contains(new BigDecimal("12.50"));
    assertThat(IndicatorValue.ofText("Strong").isNumber()).isFalse();
    assertThat(IndicatorValue.of(12).toString()).isEqualTo("12");
    assertThat(IndicatorValue.ofText("Strong").toString()).isEqualTo("\"Strong\"");
    refused(() -> IndicatorValue.builder().build(), "monitoring.value", "", "found neither");
    refused(() -> IndicatorValue.builder().number(BigDecimal.ONE).text("one").build(), "monitoring.value", "",
        "found both number 1 and text \"one\"");
    refused(() -> IndicatorValue.ofText(" "), "text.blank", "/text", "indicator value text");
  }

  @Test
  void aNumberHasAtMostThirtyDigitsBeforeAndAfterThePoint() {
    String thirty = "9".repeat(30);
    assertThat(IndicatorValue.of(thirty + "." + thirty).number()).contains(new BigDecimal(thirty + "." + thirty));
    assertThat(IndicatorValue.of(new BigDecimal("1E+29")).number()).contains(new BigDecimal("1E+29"));
    assertThat(IndicatorValue.of(new BigDecimal("1E-30")).toString()).isEqualTo("0." + "0".repeat(29) + "1");
    assertThat(IndicatorValue.of(new BigDecimal("0E+30")).isNumber()).isTrue();
    refused(() -> IndicatorValue.of(new BigDecimal("1E+30")), "monitoring.value", "/number",
        "Invalid indicator number 1E+30: expected at most 30 digits before and after the point");
    refused(() -> IndicatorValue.of(new BigDecimal("1E-31")), "monitoring.value", "/number", "1E-31");
    refused(() -> IndicatorValue.of("1." + "0".repeat(31)), "monitoring.value", "/number", "at most 30 digits");
    refused(() -> IndicatorValue.of(new BigDecimal("0E+31")), "monitoring.value", "/number", "at most 30 digits");
    // Refused without expanding the number into its digits, also when a text is given as well.
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      refused(() -> IndicatorValue.of(new BigDecimal("1E+999999999")), "monitoring.value", "/number", "1E+999999999");
      refused(() -> IndicatorValue.of(new BigDecimal("-1E-999999999")), "monitoring.value", "/number", "-1E-999999999");
      refused(() -> IndicatorValue.builder().number(new BigDecimal("1E+999999999")).text("x").build(),
          "monitoring.value", "/number", "at most 30 digits");
    });
  }

  @Test
  void qualitativeMeasuresCarryTextNotNumbers() {
    assertThat(qualitative().addMeasurements(Measurement.of(IndicatorValue.ofText("Growing"), d("2006"))).build()).isNotNull();
    refused(() -> qualitative().addMeasurements(Measurement.of(IndicatorValue.of(3), d("2006"))).build(),
        "monitoring.value-kind", "/measurements/0/value", "Value 3 of qualitative indicator trust: expected a text, found a number");
    refused(() -> qualitative().baseline(Baseline.of(IndicatorValue.of(1), d("2005"))).build(),
        "monitoring.value-kind", "/baseline/value", "expected a text");
    refused(() -> qualitative().addTargets(Target.of(IndicatorValue.of(1), d("2005"))).build(),
        "monitoring.value-kind", "/targets/0/value", "expected a text");
  }

  @Test
  void numbersAndPercentagesCarryNumbers() {
    refused(() -> number().addTargets(Target.of(IndicatorValue.ofText("Many"), d("2007"))).build(),
        "monitoring.value-kind", "/targets/0/value", "Value \"Many\" of number indicator exporters: expected a number, found a text");
    refused(() -> number().measure(Measure.PERCENTAGE).addMeasurements(Measurement.of(IndicatorValue.ofText("Half"), d("2006"))).build(),
        "monitoring.value-kind", "/measurements/0/value", "of percentage indicator");
  }

  @Test
  void targetsAreNotDatedBeforeTheBaseline() {
    Indicator.Builder b = number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")));
    assertThat(b.addTargets(Target.of(IndicatorValue.of(9), d("2005-06-01"))).build()).isNotNull();
    refused(() -> number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")))
            .addTargets(Target.of(IndicatorValue.of(9), d("2005-05-31"))).build(),
        "monitoring.target-before-baseline", "/targets/0/date",
        "Target of indicator exporters is dated 2005-05-31: expected no earlier than the baseline (2005-06)");
  }

  @Test
  void measurementsAreNotDatedBeforeTheBaseline() {
    Indicator.Builder base = number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")));
    assertThat(base.addMeasurements(Measurement.of(IndicatorValue.of(6), d("2005"))).build()).as("may overlap").isNotNull();
    refused(() -> number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")))
            .addMeasurements(Measurement.of(IndicatorValue.of(6), d("2005-05-31"))).build(),
        "monitoring.measurement-before-baseline", "/measurements/0/date",
        "Measurement of indicator exporters is dated 2005-05-31: expected no earlier than the baseline (2005-06)");
    refused(() -> number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")))
            .addMeasurements(Measurement.of(IndicatorValue.of(6), DateRange.of(d("2004"), d("2005-05")))).build(),
        "monitoring.measurement-before-baseline", "/measurements/0/period", "is dated 2004/2005-05");
    assertThat(number().baseline(Baseline.of(IndicatorValue.of(5), d("2005-06")))
        .addMeasurements(Measurement.of(IndicatorValue.of(6), DateRange.of(d("2004"), d("2005-06")))).build())
        .as("a period that ends at the baseline").isNotNull();
  }

  @Test
  void withoutABaselineAnyDateWillDo() {
    assertThat(number().addMeasurements(Measurement.of(IndicatorValue.of(1), d("1999"))).build().baseline()).isEmpty();
  }

  @Test
  void aMeasurementHasADateOrAPeriod() {
    refused(() -> Measurement.builder().value(IndicatorValue.of(1)).build(), "monitoring.measurement-when", "", "found neither");
    refused(() -> Measurement.builder().value(IndicatorValue.of(1)).date(d("2006")).period(DateRange.of(d("2006"), d("2007"))).build(),
        "monitoring.measurement-when", "", "found both date 2006 and period 2006/2007");
    assertThat(Measurement.of(IndicatorValue.of(1), d("2006")).asOf()).isEqualTo(d("2006"));
    assertThat(Measurement.of(IndicatorValue.of(1), DateRange.of(d("2006"), d("2007-03"))).asOf()).isEqualTo(d("2007-03"));
    assertThat(Measurement.of(IndicatorValue.of(1), DateRange.from(d("2006"))).asOf()).isEqualTo(d("2006"));
  }

  @Test
  void brokenDownValuesBelongToTheDisaggregation() {
    Measurement bySize = Measurement.builder().value(IndicatorValue.of(10)).date(d("2006"))
        .addBreakdown(BreakdownValue.of(SizeClass.SMALL, IndicatorValue.of(7)), BreakdownValue.of(SizeClass.MEDIUM, IndicatorValue.of(3)))
        .build();
    assertThat(number().disaggregation(Disaggregation.ENTERPRISE_SIZE).addMeasurements(bySize).build()).isNotNull();
    refused(() -> number().addMeasurements(bySize).build(), "monitoring.disaggregation", "/measurements/0/breakdown/0",
        "Broken-down value for small of indicator exporters: expected a category of a disaggregation, but the indicator has none");
    refused(() -> number().disaggregation(Disaggregation.GENDER).addMeasurements(bySize).build(), "monitoring.disaggregation",
        "/measurements/0/breakdown/0", "expected a category of its disaggregation gender, found one of enterprise_size");
    refused(() -> number().disaggregation(Disaggregation.GENDER).addMeasurements(Measurement.builder().value(IndicatorValue.of(10))
            .date(d("2006")).addBreakdown(BreakdownValue.of(Gender.FEMALE, IndicatorValue.ofText("Some"))).build()).build(),
        "monitoring.value-kind", "/measurements/0/breakdown/0/value", "expected a number");
  }

  @Test
  void aBrokenDownValueNamesOneCategory() {
    refused(() -> BreakdownValue.builder().value(IndicatorValue.of(1)).build(), "monitoring.disaggregation", "", "found neither");
    refused(() -> BreakdownValue.builder().sizeClass(SizeClass.MICRO).gender(Gender.MALE).value(IndicatorValue.of(1)).build(),
        "monitoring.disaggregation", "", "found both micro and male");
    assertThat(BreakdownValue.of(Gender.FEMALE, IndicatorValue.of(4)).category()).isEqualTo("female");
    assertThat(BreakdownValue.of(Gender.FEMALE, IndicatorValue.of(4)).disaggregation()).isEqualTo(Disaggregation.GENDER);
  }

  @Test
  void requiredTextIsNotBlank() {
    refused(() -> number().name(" ").build(), "text.blank", "/name", "indicator name");
    refused(() -> Measurement.builder().value(IndicatorValue.of(1)).date(d("2006")).source("").build(), "text.blank", "/source", "source");
  }

  // --- progress ---

  @Test
  void progressIsTheLatestValueAgainstBaselineAndFinalTarget() {
    Indicator i = number().direction(Direction.INCREASE)
        .baseline(Baseline.of(IndicatorValue.of(5), d("2005")))
        .addTargets(Target.of(IndicatorValue.of(10), d("2006")), Target.of(IndicatorValue.of(15), d("2008")))
        .addMeasurements(Measurement.of(IndicatorValue.of(12), d("2007")), Measurement.of(IndicatorValue.of(9), d("2006")))
        .build();
    IndicatorProgress p = i.progress();
    assertThat(p.indicator()).isEqualTo(IndicatorId.of("exporters"));
    assertThat(p.latest()).map(m -> m.value()).contains(IndicatorValue.of(12));
    assertThat(p.target()).map(t -> t.date()).contains(d("2008"));
    assertThat(p.achieved()).contains(new BigDecimal("0.7"));
    assertThat(p.isTargetMet()).contains(false);
  }

  @Test
  void aDecreaseCanBeGood() {
    Indicator i = number().name("Rejection rate").measure(Measure.PERCENTAGE).unit(Optional.empty()).direction(Direction.DECREASE)
        .baseline(Baseline.of(IndicatorValue.of(20), d("2005")))
        .addTargets(Target.of(IndicatorValue.of(10), d("2008")))
        .addMeasurements(Measurement.of(IndicatorValue.of(8), d("2007")))
        .build();
    assertThat(i.progress().achieved()).contains(new BigDecimal("1.2"));
    assertThat(i.progress().isTargetMet()).contains(true);
  }

  @Test
  void withoutADirectionTheWayFromBaselineToTargetIsTaken() {
    Indicator down = number().baseline(Baseline.of(IndicatorValue.of(20), d("2005")))
        .addTargets(Target.of(IndicatorValue.of(10), d("2008"))).addMeasurements(Measurement.of(IndicatorValue.of(12), d("2007"))).build();
    assertThat(down.progress().isTargetMet()).contains(false);
    Indicator noBaseline = number().addTargets(Target.of(IndicatorValue.of(10), d("2008")))
        .addMeasurements(Measurement.of(IndicatorValue.of(12), d("2007"))).build();
    assertThat(noBaseline.progress().isTargetMet()).isEmpty();
    assertThat(noBaseline.progress().achieved()).isEmpty();
  }

  @Test
  void qualitativeProgressHasNoNumbers() {
    Indicator i = qualitative().baseline(Baseline.of(IndicatorValue.ofText("Low"), d("2005")))
        .addTargets(Target.of(IndicatorValue.ofText("High"), d("2008")))
        .addMeasurements(Measurement.of(IndicatorValue.ofText("Medium"), d("2007"))).build();
    assertThat(i.progress().latest()).isPresent();
    assertThat(i.progress().achieved()).isEmpty();
    assertThat(i.progress().isTargetMet()).isEmpty();
  }

  @Test
  void ofEqualDatesTheOneListedLastIsLatest() {
    Indicator i = number().addMeasurements(Measurement.of(IndicatorValue.of(1), d("2007")), Measurement.of(IndicatorValue.of(2), d("2007")))
        .build();
    assertThat(i.latestMeasurement()).map(Measurement::value).contains(IndicatorValue.of(2));
    assertThat(number().build().latestMeasurement()).isEmpty();
    assertThat(number().build().finalTarget()).isEmpty();
  }

  @Test
  void enumerationsHaveCodes() {
    assertThat(Measure.fromCode("qualitative")).contains(Measure.QUALITATIVE);
    assertThat(Measure.PERCENTAGE.isQuantitative()).isTrue();
    assertThat(IndicatorLevel.fromCode("impact")).contains(IndicatorLevel.IMPACT);
    assertThat(Direction.fromCode("decrease")).contains(Direction.DECREASE);
    assertThat(Disaggregation.ENTERPRISE_SIZE.code()).isEqualTo("enterprise_size");
    assertThat(Gender.fromCode("female")).contains(Gender.FEMALE);
  }
}
