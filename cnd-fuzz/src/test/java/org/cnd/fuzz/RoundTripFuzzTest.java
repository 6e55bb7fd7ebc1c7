package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cnd.core.Portfolio;
import org.cnd.core.testing.PortfolioGen;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.quicktheories.core.Gen;

/**
 * Structured fuzzing: portfolios assembled from the fuzzer's data through the public builders (the project's
 * QuickTheories generators, driven by {@link FuzzedRandomness}), valid or broken at one point, are written and read
 * back: equal, the same text again, and the validator's report the same before and after.
 */
class RoundTripFuzzTest {
  private static final CndJson JSON = CndJson.create();
  private static final Gen<Portfolio> VALID = PortfolioGen.portfolios();
  private static final Gen<PortfolioGen.Corruption> BROKEN = PortfolioGen.corruptions();

  @FuzzTest(maxDuration = "10m")
  void roundTrip(FuzzedDataProvider data) {
    FuzzedRandomness choices = new FuzzedRandomness(data);
    Portfolio portfolio;
    try {
      portfolio = data.consumeBoolean()
          ? VALID.generate(choices.source())
          : BROKEN.generate(choices.source()).corrupted();
    } catch (IllegalStateException noneApplies) {
      // A corruption generator gives up when the choices never make a portfolio it applies to: not a finding.
      return;
    }
    String text = JSON.write(portfolio);
    Portfolio read = JSON.read(text);
    assertThat(read).isEqualTo(portfolio);
    assertThat(JSON.write(read)).isEqualTo(text);
    assertThat(read.validate()).isEqualTo(portfolio.validate());
    DocumentReport report = JSON.validate(text);
    assertThat(report.toValidationReport()).isEqualTo(portfolio.validate());
  }
}
