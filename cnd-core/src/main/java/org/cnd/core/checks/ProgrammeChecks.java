package org.cnd.core.checks;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.programme.Transaction;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of programmes: references resolve (transactions' too); status changes in time order and within the
 * period; one currency for budget and funding; parent relations that agree.
 */
public final class ProgrammeChecks {
  private ProgrammeChecks() {}

  /**
   * Checks the programmes of a portfolio, found at {@code /programmes}.
   *
   * @param known the identifiers of the portfolio
   * @param byId the programmes by identifier, to compare related programmes
   * @param out receives each violation
   */
  public static void checkProgrammes(
      List<Programme> programmes, References known, Function<ProgrammeId, Programme> byId, Consumer<Violation> out) {
    Map<ProgrammeId, Integer> positions = new HashMap<>();
    for (int i = 0; i < programmes.size(); i++) {
      positions.putIfAbsent(programmes.get(i).id(), i);
    }
    for (int i = 0; i < programmes.size(); i++) {
      checkProgramme(programmes.get(i), i, known, byId, positions, out);
    }
  }

  private static void checkProgramme(Programme p, int index, References known, Function<ProgrammeId, Programme> byId,
      Map<ProgrammeId, Integer> positions, Consumer<Violation> out) {
    Supplier<String> what = () -> "programme " + p.id();
    Path at = Path.of("programmes", index);
    for (int j = 0; j < p.participants().size(); j++) {
      known.check(p.participants().get(j).organisation(), at.with("participants", j), "organisation", "Participant",
          what, out);
    }
    for (int j = 0; j < p.funding().size(); j++) {
      known.check(p.funding().get(j).funder(), at.with("funding", j), "funder", "Funder", what, out);
    }
    for (int j = 0; j < p.transactions().size(); j++) {
      Transaction t = p.transactions().get(j);
      if (t.provider().isPresent()) {
        known.check(t.provider().get(), at.with("transactions", j), "provider", "Transaction provider", what, out);
      }
      if (t.receiver().isPresent()) {
        known.check(t.receiver().get(), at.with("transactions", j), "receiver", "Transaction receiver", what, out);
      }
    }
    known.checkAll(p.targetClusters(), at, "targetClusters", "Target cluster", what, out);
    for (int j = 0; j < p.relatedProgrammes().size(); j++) {
      ProgrammeRelation relation = p.relatedProgrammes().get(j);
      Path path = at.with("relatedProgrammes", j).with("programme");
      if (known.check(relation.programme(), path, "Related programme", what, out)
          && relation.kind() == RelationKind.PARENT) {
        Programme parent = byId.apply(relation.programme());
        boolean mutual = parent != null && parent.relatedProgrammes().stream()
            .anyMatch(r -> r.kind() == RelationKind.PARENT && r.programme().equals(p.id()));
        // Two programmes that name each other as parent are one problem: it is reported once, at the programme
        // that comes first in the document.
        boolean first = positions.getOrDefault(relation.programme(), Integer.MAX_VALUE) > index;
        if (mutual && first) {
          out.accept(Violation.of(Rule.PROGRAMME_RELATION_CONSISTENT, path.toString(),
              "Programmes " + p.id() + " and " + relation.programme()
                  + " each name the other as parent: expected one to be the parent and the other its child"));
        }
      }
    }
    checkStatusHistory(p, index, out);
    checkCurrency(p, index, out);
  }

  private static void checkStatusHistory(Programme p, int index, Consumer<Violation> out) {
    List<StatusChange> history = p.statusHistory();
    // A change is out of order when it is certainly before any change listed before it, not only the one just
    // before: in 2005-06, 2005, 2005-01 the last change is certainly before the first. The change listed before
    // with the latest earliest day is the one to compare with, so one pass suffices.
    int latestStart = 0;
    for (int j = 1; j < history.size(); j++) {
      StatusChange earlier = history.get(latestStart);
      PartialDate date = history.get(j).date();
      if (date.isCertainlyBefore(earlier.date())) {
        out.accept(Violation.of(Rule.PROGRAMME_STATUS_ORDER, Pointer.of("programmes", index, "statusHistory", j, "date"),
            "Status change to " + history.get(j).status().code() + " is dated " + date
                + ", certainly before the change to " + earlier.status().code() + " dated " + earlier.date()
                + " listed before it at " + Pointer.of("programmes", index, "statusHistory", latestStart)
                + ": expected changes in time order"));
      }
      if (date.earliest().isAfter(earlier.date().earliest())) {
        latestStart = j;
      }
    }
    if (p.period().isEmpty()) {
      return;
    }
    // Work (active, completed, suspended) happens within the period. A concept, a proposal, an adoption or a
    // cancellation often precede it (approval before the start is common in real records), but none follows it.
    DateRange period = p.period().get();
    for (int j = 0; j < history.size(); j++) {
      StatusChange change = history.get(j);
      if (describesWork(change.status())) {
        if (!period.mayContain(change.date())) {
          out.accept(Violation.of(Rule.PROGRAMME_STATUS_PERIOD, Pointer.of("programmes", index, "statusHistory", j, "date"),
              "Status change to " + change.status().code() + " is dated " + change.date() + ": expected a date within the programme's period "
                  + period));
        }
      } else if (period.end().isPresent() && change.date().earliest().isAfter(period.end().get().latest())) {
        out.accept(Violation.of(Rule.PROGRAMME_STATUS_PERIOD, Pointer.of("programmes", index, "statusHistory", j, "date"),
            "Status change to " + change.status().code() + " is dated " + change.date() + ": expected a date before the end of the programme's period "
                + period));
      }
    }
  }

  /** True for the statuses of a programme being carried out, which lie within its period. */
  private static boolean describesWork(ProgrammeStatus status) {
    return status == ProgrammeStatus.ACTIVE || status == ProgrammeStatus.COMPLETED || status == ProgrammeStatus.SUSPENDED;
  }

  private static void checkCurrency(Programme p, int index, Consumer<Violation> out) {
    Currency currency = p.budget().map(Money::currency).orElse(null);
    // The funding whose amount set the currency, or -1 for the budget.
    int first = -1;
    for (int j = 0; j < p.funding().size(); j++) {
      var amount = p.funding().get(j).amount();
      if (amount.isEmpty()) {
        continue;
      }
      if (currency == null) {
        currency = amount.get().currency();
        first = j;
      } else if (!currency.equals(amount.get().currency())) {
        String firstPath = first < 0 ? Pointer.of("programmes", index, "budget")
            : Pointer.of("programmes", index, "funding", first, "amount");
        out.accept(Violation.of(Rule.PROGRAMME_CURRENCY, Pointer.of("programmes", index, "funding", j, "amount"),
            "Funding amount " + amount.get() + " of programme " + p.id() + " is in " + amount.get().currencyCode()
                + ": expected " + currency.getCurrencyCode() + ", the currency at " + firstPath));
      }
    }
  }
}
