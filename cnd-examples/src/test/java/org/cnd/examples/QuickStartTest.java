package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.validation.ValidationReport;
import org.cnd.json.DocumentReport;
import org.cnd.json.Problem;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void theTourReportsTheDanglingReference() {
    ValidationReport report = QuickStart.run().broken();
    assertThat(report.violations()).hasSize(1);
    assertThat(report.violations().get(0).ruleId()).isEqualTo("reference.organisation");
    assertThat(report.violations().get(0).path()).isEqualTo("/programmes/0/participants/0/organisation");
  }

  @Test
  void theJsonRoundTripReportsTheSpoiltCountryCode() {
    DocumentReport report = QuickStart.run().spoilt();
    assertThat(report.isValid()).isFalse();
    Problem first = report.problems().get(0);
    assertThat(first.toString()).isEqualTo("ERROR place.country at /clusters/0/place/country (line 21, column 20): Invalid country "
        + "\"Pakistan\": expected an assigned ISO 3166-1 alpha-2 code in upper case, such as PK");
  }
}
