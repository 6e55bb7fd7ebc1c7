package org.cnd.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.cnd.core.actor.ActorChecks;
import org.cnd.core.programme.ProgrammeChecks;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;

/**
 * Checks the rules that hold across the entities of a portfolio: references that must resolve, dates that must be
 * ordered, currencies that must agree. Each area's checks live beside the concept they guard; this class runs them
 * all and gathers every violation.
 *
 * <p>Never throws on valid-but-wrong data; runs in time linear in the size of the portfolio.
 */
public final class PortfolioValidator {
  private PortfolioValidator() {}

  /** Every violation of the portfolio's cross-entity rules, in document order of the collections. */
  public static ValidationReport validate(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    ActorChecks.checkOrganisations(portfolio.organisations(), portfolio::contains, out::add);
    ActorChecks.checkPeople(portfolio.people(), portfolio::contains, out::add);
    ProgrammeChecks.checkProgrammes(
        portfolio.programmes(), portfolio::contains, id -> portfolio.programme(id).orElse(null), out::add);
    return ValidationReport.of(out.build());
  }
}
