package org.cnd.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.cnd.core.testing.ValueGen;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @Test
  void parsesEveryPrecision() {
    assertThat(PartialDate.parse("2004").precision()).isEqualTo(Precision.YEAR);
    assertThat(PartialDate.parse("2007-Q1").latest()).isEqualTo(LocalDate.of(2007, 3, 31));
    assertThat(PartialDate.parse("2004-08").earliest()).isEqualTo(LocalDate.of(2004, 8, 1));
    assertThat(PartialDate.parse("2005-10-08").latest()).isEqualTo(LocalDate.of(2005, 10, 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2005-13", "2007-Q5", "05-2004", "", "2005-02-30", "2004-8"})
  void refusesBadTextQuotingItAndListingTheForms(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining(PartialDate.ACCEPTED_FORMS)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("date.syntax"));
  }

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.partialDates()).checkAssert(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
  }
}
