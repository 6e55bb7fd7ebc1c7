package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Violation ERROR = Violation.of(Rule.REFERENCE_CLUSTER, "/programmes/0/targetClusters/0", "e");
  private static final Violation WARNING = Violation.of("x.suspicious", Severity.WARNING, "/clusters/0", "w");

  @Test
  void anEmptyReportIsCleanAndValid() {
    ValidationReport empty = ValidationReport.empty();
    assertThat(empty.isClean()).isTrue();
    assertThat(empty.isValid()).isTrue();
    assertThat(empty).hasToString("valid").isEqualTo(ValidationReport.of(List.of()));
  }

  @Test
  void warningsLeaveAReportValidButNotClean() {
    ValidationReport report = ValidationReport.of(List.of(WARNING));
    assertThat(report.isValid()).isTrue();
    assertThat(report.isClean()).isFalse();
    assertThat(report.warnings()).containsExactly(WARNING);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void keepsEveryViolationInOrder() {
    ValidationReport report = ValidationReport.of(List.of(WARNING, ERROR));
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations()).containsExactly(WARNING, ERROR);
    assertThat(report.errors()).containsExactly(ERROR);
    assertThat(report.violationsOf(Rule.REFERENCE_CLUSTER)).containsExactly(ERROR);
    assertThat(report.violationsOf("x.suspicious")).containsExactly(WARNING);
    assertThat(report.violationsOf(Rule.REFERENCE_PROGRAMME)).isEmpty();
    assertThat(report).hasToString(WARNING + "\n" + ERROR + "\n");
  }

  @Test
  void plusAppends() {
    ValidationReport a = ValidationReport.of(List.of(ERROR));
    ValidationReport b = ValidationReport.of(List.of(WARNING));
    assertThat(a.plus(b).violations()).containsExactly(ERROR, WARNING);
    assertThat(a.plus(ValidationReport.empty())).isSameAs(a);
    assertThat(ValidationReport.empty().plus(a)).isEqualTo(a);
  }

  @Test
  void errorsAndWarningsSplitTheViolations() {
    ValidationReport report = ValidationReport.of(List.of(WARNING, ERROR, WARNING));
    assertThat(report.errors()).containsExactly(ERROR);
    assertThat(report.warnings()).containsExactly(WARNING, WARNING);
  }

  @Test
  void equalWhenTheViolationsAreEqualInOrder() {
    ValidationReport report = ValidationReport.of(List.of(ERROR, WARNING));
    assertThat(report).isEqualTo(ValidationReport.of(List.of(ERROR, WARNING)))
        .hasSameHashCodeAs(ValidationReport.of(List.of(ERROR, WARNING)));
    assertThat(report).isNotEqualTo(ValidationReport.of(List.of(WARNING, ERROR)));
    assertThat(report).isNotEqualTo(ValidationReport.empty());
    assertThat(report).isNotEqualTo(report.violations());
    assertThat(report.hashCode()).isEqualTo(List.of(ERROR, WARNING).hashCode());
  }
}
