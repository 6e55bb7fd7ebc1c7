package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.Measure;
import org.cnd.examples.LifecycleTour;
import org.junit.jupiter.api.Test;

class ChartsTest {
  @Test
  void drawsTheFunnelWithItsCountsInWords() {
    String svg = Charts.funnel("f", List.of(new Charts.Bar("Diagnostic", 4), new Charts.Bar("Exit", 1)));
    assertThat(svg).contains("<desc id=\"f-desc\">Diagnostic: 4; Exit: 1.</desc>").contains(">4</text>")
        .contains("class=\"bar\"");
  }

  @Test
  void drawsEventsPerYear() {
    Map<Integer, Long> counts = new TreeMap<>(Map.of(2001, 3L, 2002, 7L));
    assertThat(Charts.perYear("t", counts)).contains("Dated events per year: 2001: 3; 2002: 7.")
        .contains(">2001</text>").contains(">7</text>");
    assertThat(Charts.perYear("t", Map.of())).contains("Nothing is dated.");
  }

  @Test
  void drawsAnIndicatorsBaselineMeasurementsAndTarget() {
    Indicator exporters = LifecycleTour.portfolio().indicator(LifecycleTour.EXPORTERS).orElseThrow();
    String svg = Charts.indicator("i", exporters).orElseThrow();
    assertThat(svg).contains("baseline 5 enterprises (2002-01); measurement 9 enterprises (2003-06); measurement 16"
        + " enterprises (2005-01); target 15 enterprises (2005).");
    assertThat(svg).contains("class=\"point baseline\"", "class=\"point measurement\"", "class=\"point target\"");
  }

  @Test
  void drawsNothingForAQualitativeIndicatorWithoutNumbers() {
    Indicator qualitative = Indicator.builder().id(LifecycleTour.EXPORTERS).name("Trust").cluster(
        org.cnd.examples.PakistanProgramme.GUJRAT_FANS).level(IndicatorLevel.OUTCOME).measure(Measure.QUALITATIVE)
        .build();
    assertThat(Charts.indicator("q", qualitative)).isEmpty();
  }
}
