package org.cnd.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.IatiOrganisationId;
import org.cnd.core.actor.IatiOrganisationType;
import org.cnd.core.actor.Organisation;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.LanguageCode;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.programme.Transaction;
import org.cnd.core.programme.TransactionKind;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.testing.PortfolioGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated portfolios (cnd-core's generators) given IATI facts at random: organisations' IATI identifiers and
 * types, programmes' languages, descriptions, DAC purposes (with percentages that may not sum to 100), planned
 * periods and transactions (dated to the day or only to the month, some in the future). Some exports are valid,
 * some refused: both are checked.
 */
final class IatiGen {
  /** The day of the export in these tests. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static final List<String> PURPOSES = List.of("32130", "25010", "32110", "33110");
  private static final List<IatiOrganisationType> TYPES = List.of(IatiOrganisationType.values());

  private IatiGen() {}

  /** Methodology portfolios (engagements, indicators, reports) with IATI facts. */
  static Gen<Portfolio> methodologyPortfolios() {
    return rs -> enrich(MethodologyGen.portfolios().generate(rs), rs);
  }

  /** Programme data (organisations, clusters, programmes) with IATI facts. */
  static Gen<Portfolio> programmePortfolios() {
    return rs -> enrich(PortfolioGen.portfolios().generate(rs), rs);
  }

  private static Portfolio enrich(Portfolio p, RandomnessSource rs) {
    Portfolio out = p;
    for (int i = 0; i < p.organisations().size(); i++) {
      Organisation o = p.organisations().get(i);
      Organisation.Builder b = Organisation.builder().from(o);
      if (usually(rs)) {
        b.iatiIdentifier(IatiOrganisationId.of("GB-COH-" + (1000 + i)));
      }
      if (usually(rs)) {
        b.iatiType(TYPES.get(between(rs, 0, TYPES.size() - 1)));
      }
      out = out.withOrganisation(b.build());
    }
    for (Programme prog : p.programmes()) {
      Programme.Builder b = Programme.builder().from(prog);
      if (usually(rs)) {
        b.language(LanguageCode.of(bool(rs) ? "en" : "fr"));
      }
      if (prog.description().isEmpty() && usually(rs)) {
        b.description("Generated programme " + prog.id());
      }
      if (usually(rs)) {
        b.iatiIdentifier(org.cnd.core.programme.IatiActivityId.of("GB-COH-1000-" + prog.id()));
      }
      // Clusters in several countries need shares cnd does not hold: usually keep those of the first country.
      if (!prog.targetClusters().isEmpty() && usually(rs)) {
        java.util.Optional<String> first = p.cluster(prog.targetClusters().get(0)).map(c -> c.place().country().code());
        b.targetClusters(prog.targetClusters().stream()
            .filter(id -> p.cluster(id).map(c -> c.place().country().code()).equals(first)).toList());
      }
      int purposes = usually(rs) ? between(rs, 1, 3) : 0;
      if (purposes == 1) {
        b.addPurposes(usually(rs) ? DacPurpose.of(PURPOSES.get(0)) : DacPurpose.of(PURPOSES.get(0), BigDecimal.valueOf(between(rs, 90, 100))));
      } else if (purposes > 1) {
        int first = between(rs, 1, 99);
        b.addPurposes(DacPurpose.of(PURPOSES.get(0), BigDecimal.valueOf(first)),
            DacPurpose.of(PURPOSES.get(1), BigDecimal.valueOf(usually(rs) ? 100 - first : between(rs, 1, 100))));
      }
      if (bool(rs)) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(between(rs, 0, 9000));
        PartialDate s = bool(rs) ? PartialDate.of(start) : PartialDate.ofMonth(start.getYear(), start.getMonthValue());
        b.plannedPeriod(bool(rs) ? DateRange.from(s) : DateRange.of(s, PartialDate.of(start.plusDays(between(rs, 0, 2000)))));
      }
      List<OrganisationId> orgs = p.organisations().stream().map(Organisation::id).toList();
      // Programme facts the IATI export needs, which the core's generators may leave out.
      if (!orgs.isEmpty() && usually(rs) && prog.participantsIn(ParticipationRole.IMPLEMENTING).isEmpty()) {
        b.addParticipants(Participation.of(orgs.get(between(rs, 0, orgs.size() - 1)), ParticipationRole.IMPLEMENTING));
      }
      if (prog.statusHistory().isEmpty() && usually(rs)) {
        PartialDate when = prog.period().map(DateRange::start)
            .orElse(PartialDate.of(LocalDate.of(2001, 1, 1).plusDays(between(rs, 0, 9000))));
        b.addStatusHistory(StatusChange.of(bool(rs) ? ProgrammeStatus.ACTIVE : ProgrammeStatus.ADOPTED, when));
      }
      for (int t = between(rs, 0, 3); t > 0; t--) {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(between(rs, 0, 10_000));
        Transaction.Builder tx = Transaction.builder()
            .kind(TransactionKind.values()[between(rs, 0, 3)])
            .date(bool(rs) ? PartialDate.of(day) : PartialDate.ofMonth(day.getYear(), day.getMonthValue()))
            .value(Money.of(BigDecimal.valueOf(between(rs, -1000, 1_000_000)), prog.budget().map(Money::currency)
                .orElse(java.util.Currency.getInstance("USD"))));
        if (!orgs.isEmpty() && bool(rs)) {
          tx.provider(orgs.get(between(rs, 0, orgs.size() - 1)));
        }
        if (!orgs.isEmpty() && bool(rs)) {
          tx.receiver(orgs.get(between(rs, 0, orgs.size() - 1)));
        }
        b.addTransactions(tx.build());
      }
      out = out.withProgramme(b.build());
    }
    return out;
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return SourceDSL.integers().between(min, max).generate(rs);
  }

  /** True seven times in eight: each IATI fact is usually given, so that some exports have all of them. */
  private static boolean usually(RandomnessSource rs) {
    return between(rs, 0, 7) > 0;
  }

  private static boolean bool(RandomnessSource rs) {
    return Generate.booleans().generate(rs);
  }
}
