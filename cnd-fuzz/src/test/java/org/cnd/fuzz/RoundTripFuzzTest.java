package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cnd.core.Portfolio;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.testing.PortfolioGen;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;
import org.quicktheories.core.Gen;

/**
 * Structured fuzzing: portfolios assembled from the fuzzer's data through the public builders (the project's
 * QuickTheories generators, driven by {@link FuzzedRandomness}) — whole methodology portfolios (engagements, studies,
 * plans, indicators, trainings, linkages, reports), or programme data valid or broken at one point — are written and
 * read back: equal, the same text again, and the validator's report the same before and after.
 */
class RoundTripFuzzTest {
  private static final CndJson JSON = CndJson.create();
  private static final Gen<Portfolio> VALID = PortfolioGen.portfolios();
  private static final Gen<PortfolioGen.Corruption> BROKEN = PortfolioGen.corruptions();
  private static final Gen<Portfolio> METHODOLOGY = MethodologyGen.portfolios();

  @FuzzTest(maxDuration = "10m")
  void roundTrip(FuzzedDataProvider data) {
    FuzzedRandomness choices = new FuzzedRandomness(data);
    Portfolio portfolio;
    try {
      switch (data.consumeInt(0, 2)) {
        case 0 -> portfolio = METHODOLOGY.generate(choices.source());
        case 1 -> portfolio = VALID.generate(choices.source());
        default -> portfolio = BROKEN.generate(choices.source()).corrupted();
      }
    } catch (FuzzedRandomness.OutOfChoices | IllegalStateException noPortfolio) {
      // The data ran out, or a corruption generator gave up because the choices never made a portfolio it applies
      // to: the input makes no portfolio, which is not a finding.
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
