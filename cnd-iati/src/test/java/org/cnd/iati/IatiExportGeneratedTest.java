package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.cnd.core.Portfolio;
import org.cnd.core.id.OrganisationId;
import org.cnd.iati.testing.OfficialIati;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Exports of generated portfolios hold to the contract of {@link Exports#conforming}: valid against the official
 * schema and the ruleset when written, refused with named rules and paths otherwise. Both outcomes, and valid documents written, must occur (of 150 examples, about one in ten exports is
 * valid, a fifth are written).
 */
class IatiExportGeneratedTest {
  /** The choices of the options: actual dates approximated, child activities, write what it can, one programme. */
  private record Choices(boolean approximate, boolean children, boolean whatItCan, boolean first) {
    IatiOptions options(Portfolio portfolio) {
      IatiOptions.Builder b = Exports.options().approximateActualDates(approximate).engagementActivities(children)
          .writeWhatItCan(whatItCan);
      if (first && !portfolio.programmes().isEmpty()) {
        b.addProgrammes(portfolio.programmes().get(0).id());
      }
      return b.build();
    }
  }

  private static Gen<Choices> choices() {
    return Generate.booleans().zip(Generate.booleans(), Generate.booleans(), Generate.booleans(), Choices::new);
  }

  // Outside the property: QuickTheories would take the skip (an assumption failure) for a falsification.
  private static RulesetOracle official() {
    OfficialIati.schema();
    return RulesetOracle.shared();
  }

  private static void holds(Gen<Portfolio> portfolios) {
    RulesetOracle oracle = official();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger valid = new AtomicInteger();
    qt().withExamples(150).withShrinkCycles(20).forAll(portfolios, choices()).checkAssert((portfolio, choices) -> {
      Exports.Run run = Exports.conforming(portfolio, choices.options(portfolio), oracle);
      (run.result().isWritten() ? written : refused).incrementAndGet();
      if (run.result().isWritten() && run.result().isValid()) {
        valid.incrementAndGet();
      }
    });
    assertThat(written.get()).as("exports written").isPositive();
    assertThat(refused.get()).as("exports refused").isPositive();
    assertThat(valid.get()).as("valid exports written").isPositive();
  }

  @Test
  void methodologyPortfoliosExportToValidDocumentsOrAreRefusedWithReasons() {
    holds(IatiGen.methodologyPortfolios());
  }

  @Test
  void programmeDataExportsToValidDocumentsOrIsRefusedWithReasons() {
    holds(IatiGen.programmePortfolios());
  }

  @Test
  void aReportingOrganisationNamedInTheOptionsReportsEveryActivity() {
    RulesetOracle oracle = official();
    qt().withExamples(30).forAll(IatiGen.methodologyPortfolios()).checkAssert(portfolio -> {
      OrganisationId unido = OrganisationId.of("unido");
      Exports.Run run = Exports.conforming(portfolio,
          Exports.options().reportingOrganisation(unido).writeWhatItCan(true).approximateActualDates(true).build(), oracle);
      String ref = portfolio.organisation(unido).orElseThrow().iatiIdentifier().map(Object::toString).orElse(null);
      run.activities().forEach(a -> assertThat(a.reporting().ref()).isEqualTo(ref));
    });
  }
}
