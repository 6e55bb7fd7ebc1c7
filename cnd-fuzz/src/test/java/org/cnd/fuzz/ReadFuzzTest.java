package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.cnd.json.DocumentReport;

/**
 * Fuzz targets of the reader and the document validator on arbitrary bytes. Seeds: the examples and the corpus of
 * invalid documents, under {@code src/test/resources/org/cnd/fuzz/ReadFuzzTestInputs/}.
 */
class ReadFuzzTest {
  private static final CndJson JSON = CndJson.create();
  private static final CndJson COMPACT = CndJson.builder().prettyPrint(false).build();

  /**
   * Reading arbitrary bytes: either a portfolio, which writes and reads back to an equal portfolio and the same
   * text, or the module's own exception with a rule id and a JSON Pointer path (empty for the root). Any other
   * throwable is a finding.
   */
  @FuzzTest(maxDuration = "10m")
  void read(byte[] document) {
    Portfolio portfolio;
    try {
      portfolio = JSON.read(document);
    } catch (CndJsonException e) {
      Checks.assertWellFormed(e);
      return;
    }
    String text = JSON.write(portfolio);
    Portfolio again = JSON.read(text);
    assertThat(again).isEqualTo(portfolio);
    assertThat(JSON.write(again)).isEqualTo(text);
    assertThat(COMPACT.read(COMPACT.write(portfolio))).isEqualTo(portfolio);
  }

  /**
   * Validating arbitrary bytes never throws and always returns a report: unreadable with exactly one problem, or
   * readable with the validator's own violations.
   */
  @FuzzTest(maxDuration = "10m")
  void validate(byte[] document) {
    DocumentReport report = JSON.validate(document);
    assertThat(report).isNotNull();
    if (report.isReadable()) {
      Portfolio portfolio = report.portfolio().orElseThrow();
      assertThat(report.toValidationReport()).isEqualTo(portfolio.validate(JSON.maxProblems()));
    } else {
      assertThat(report.problems()).hasSize(1);
      Checks.assertWellFormed(report.problems().get(0).violation());
    }
    assertThat(report.toString()).isNotEmpty();
  }
}
