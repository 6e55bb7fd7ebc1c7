package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** What validating the long chains reports: what {@link LongChainBenchmarks} measures is a complete validation. */
class LongChainsTest {
  @Test
  void theChainIsOneCycleAndEveryChangeOutOfOrderIsReported() {
    int length = 10_000;
    ValidationReport report = LongChains.portfolio(length).validate();
    assertThat(report.violationsOf("organisation.parent-cycle")).hasSize(1);
    // After the first round of days every change is before the latest so far, day DAYS - 1, except that day itself
    // in each later full round.
    int laterFullRounds = length / LongChains.DAYS - 1;
    assertThat(report.violationsOf("programme.status-order")).hasSize(length - LongChains.DAYS - laterFullRounds);
    assertThat(report.violations()).hasSize(1 + length - LongChains.DAYS - laterFullRounds);
  }
}
