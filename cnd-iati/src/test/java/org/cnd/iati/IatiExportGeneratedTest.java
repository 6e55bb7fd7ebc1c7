package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.cnd.core.Portfolio;
import org.cnd.core.id.OrganisationId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Exports of generated portfolios hold to the contract of {@link Exports#conforming}: valid against the official
 * schema and the ruleset when written, refused with named rules and paths otherwise. Both outcomes must occur.
 */
class IatiExportGeneratedTest {
  private static Gen<IatiOptions> options() {
    return Generate.booleans().zip(Generate.booleans(), Generate.booleans(), (approximate, children, whatItCan) ->
        Exports.options().approximateActualDates(approximate).engagementActivities(children)
            .writeWhatItCan(whatItCan).build());
  }

  // Outside the property: QuickTheories would take the skip (an assumption failure) for a falsification.
  private static RulesetOracle official() {
    SharedIati.schema();
    return RulesetOracle.shared();
  }

  private static void holds(Gen<Portfolio> portfolios) {
    RulesetOracle oracle = official();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(80).withShrinkCycles(20).forAll(portfolios, options()).checkAssert((portfolio, options) -> {
      Exports.Run run = Exports.conforming(portfolio, options, oracle);
      (run.result().isWritten() ? written : refused).incrementAndGet();
    });
    assertThat(written.get()).as("exports written").isPositive();
    assertThat(refused.get()).as("exports refused").isPositive();
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
