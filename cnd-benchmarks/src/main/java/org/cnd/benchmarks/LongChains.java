package org.cnd.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.time.PartialDate;

/**
 * The shapes a validator that is not one linear pass gets stuck on: a chain of organisations, each the parent of the
 * next, closed into one cycle, and one programme whose status history has as many changes, its days running
 * through {@value #DAYS} days again and again.
 */
final class LongChains {
  /** The days the history's dates run through before starting again. */
  static final int DAYS = 3_000;

  private LongChains() {}

  /** The portfolio of a chain and a history of this length. */
  static Portfolio portfolio(int length) {
    List<Organisation> chain = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      chain.add(Organisation.builder().id(OrganisationId.of("o" + i)).name("O" + i).kind(OrganisationKind.OTHER)
          .parent(OrganisationId.of("o" + (i + 1) % length)).build());
    }
    List<StatusChange> history = new ArrayList<>(length);
    LocalDate start = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < length; i++) {
      history.add(StatusChange.of(ProgrammeStatus.ACTIVE, PartialDate.of(start.plusDays(i % DAYS))));
    }
    return Portfolio.builder().addAllOrganisations(chain)
        .addProgrammes(Programme.builder().id(ProgrammeId.of("long")).title("Long").addAllStatusHistory(history).build())
        .build();
  }
}
