package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cnd.core.id.IndicatorId;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.place.Place;
import org.junit.jupiter.api.Test;

/** A builder missing a required attribute throws the project's exception, with a rule id and the attribute's name. */
class MissingAttributeTest {
  @Test
  void namesTheRuleTheTypeAndTheAttribute() {
    assertThatThrownBy(() -> Indicator.builder().id(IndicatorId.of("i1")).name("Firms exporting")
            .measure(Measure.NUMBER).build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e).isInstanceOf(RuleViolationException.class);
          assertThat(e.ruleId()).isEqualTo("value.missing-attribute");
          assertThat(e.attributes()).containsExactly("level");
          assertThat(e.violation().path()).isEqualTo("/level");
          assertThat(e.violation().message())
              .isEqualTo("Cannot build Indicator without level: expected every required attribute set, found it missing");
        });
  }

  @Test
  void namesEveryMissingAttribute() {
    assertThatThrownBy(() -> Indicator.builder().build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e.attributes()).contains("id", "name", "level", "measure");
          assertThat(e.violation().path()).isEqualTo("/" + e.attributes().get(0));
          assertThat(e.getMessage()).startsWith("value.missing-attribute: Cannot build Indicator without id, ")
              .endsWith("found them missing");
        });
    assertThatThrownBy(() -> Place.builder().build()).isInstanceOf(MissingAttributeException.class)
        .hasMessageContaining("Cannot build Place without country");
  }

  @Test
  void isNotTheIllegalStateExceptionOfImmutables() {
    assertThatThrownBy(() -> Place.builder().build()).isNotInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("some of required attributes are not set");
  }
}
