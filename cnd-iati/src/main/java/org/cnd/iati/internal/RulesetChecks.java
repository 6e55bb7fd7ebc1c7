package org.cnd.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnd.iati.IatiRule;

/**
 * The rules of IATI's Standard Ruleset (2.03) that apply to what the export writes, checked on the activities before
 * they are written. Each problem names cnd's rule (which lists the IATI rule ids) and the path of the cnd entity.
 */
public final class RulesetChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RulesetChecks() {}

  /** Checks every activity, with {@code today} as the day after which actual dates are in the future. */
  public static void check(List<Doc.Activity> activities, LocalDate today, Problems problems) {
    Map<String, String> seen = new HashMap<>();
    for (Doc.Activity a : activities) {
      a.identifier().ifPresent(id -> {
        String first = seen.putIfAbsent(id, a.path());
        if (first != null) {
          problems.add(IatiRule.IDENTIFIER_UNIQUE, a.identifierPath(), "Activity identifier " + id
              + " is used twice: expected a unique identifier, found it also at " + first + " (1.1.3 and IATI's uniqueness)");
        }
        if (a.reportingOrg().flatMap(Doc.Org::ref).filter(id::equals).isPresent()) {
          problems.add(IatiRule.IDENTIFIER_UNIQUE, a.identifierPath(), "Activity identifier " + id
              + ": expected one that differs from the reporting organisation's identifier (1.1.3), found the same");
        }
      });
      dates(a, today, problems);
      sectors(a, problems);
      countries(a, problems);
      for (Doc.Budget b : a.budgets()) {
        if (b.start().isAfter(b.end())) {
          problems.add(IatiRule.DATE_ORDER, b.path(), "Budget period " + b.start() + " to " + b.end()
              + ": expected its start no later than its end (8.6.3)");
        } else if (b.end().isAfter(b.start().plusYears(1).minusDays(1))) {
          problems.add(IatiRule.BUDGET_PERIOD, b.path(), "Budget period " + b.start() + " to " + b.end()
              + ": expected at most one year (7.5.3)");
        }
      }
      for (Doc.Transaction t : a.transactions()) {
        if (t.date().isAfter(today)) {
          problems.add(IatiRule.DATE_FUTURE, t.path() + "/date", "Transaction date " + t.date()
              + ": expected no later than the day of the export, " + today + " (11.2.1, 11.2.2)");
        }
      }
      for (Doc.Result r : a.results()) {
        results(r, problems);
      }
    }
  }

  private static Optional<Doc.ActivityDate> date(Doc.Activity a, String type) {
    return a.dates().stream().filter(d -> d.type().equals(type)).findFirst();
  }

  private static void dates(Doc.Activity a, LocalDate today, Problems problems) {
    Optional<Doc.ActivityDate> plannedStart = date(a, IatiCodes.PLANNED_START);
    Optional<Doc.ActivityDate> actualStart = date(a, IatiCodes.ACTUAL_START);
    if (plannedStart.isEmpty() && actualStart.isEmpty()) {
      problems.add(IatiRule.START_DATE, a.datesPath(), "Activity " + a.identifier().orElse(a.path())
          + " has no start date: expected a planned start (from a planned period, or the period of a programme not yet started) or an actual start known to the day (6.11.1)");
    }
    order(plannedStart, date(a, IatiCodes.PLANNED_END), "planned", "11.1.2", problems);
    order(actualStart, date(a, IatiCodes.ACTUAL_END), "actual", "11.1.3", problems);
    for (String type : List.of(IatiCodes.ACTUAL_START, IatiCodes.ACTUAL_END)) {
      date(a, type).filter(d -> d.date().isAfter(today)).ifPresent(d -> problems.add(IatiRule.DATE_FUTURE, d.path(),
          "Actual " + (type.equals(IatiCodes.ACTUAL_START) ? "start " : "end ") + d.date()
              + ": expected no later than the day of the export, " + today + " (11.1.4, 11.1.5)"));
    }
  }

  private static void order(Optional<Doc.ActivityDate> start, Optional<Doc.ActivityDate> end, String what,
      String iatiRule, Problems problems) {
    if (start.isPresent() && end.isPresent() && start.get().date().isAfter(end.get().date())) {
      problems.add(IatiRule.DATE_ORDER, end.get().path(), "The " + what + " end " + end.get().date()
          + ": expected no earlier than the " + what + " start " + start.get().date() + " (" + iatiRule + ")");
    }
  }

  private static void sectors(Doc.Activity a, Problems problems) {
    List<Doc.Sector> sectors = a.sectors();
    if (sectors.isEmpty()) {
      problems.add(IatiRule.SECTOR, a.sectorsPath(), "Activity " + a.identifier().orElse(a.path())
          + " has no sector: expected at least one DAC purpose code (6.2.2)");
      return;
    }
    if (sectors.size() == 1) {
      sectors.get(0).percentage().filter(p -> p.compareTo(HUNDRED) != 0).ifPresent(p -> problems.add(
          IatiRule.SECTOR_PERCENTAGES, sectors.get(0).path() + "/percentage", "The only DAC purpose has percentage "
              + p.toPlainString() + ": expected none or 100 (2.1.4)"));
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean all = true;
    for (Doc.Sector s : sectors) {
      if (s.percentage().isEmpty()) {
        all = false;
        problems.add(IatiRule.SECTOR_PERCENTAGES, s.path(), "DAC purpose " + s.code()
            + " has no percentage: expected one, since the programme has " + sectors.size() + " purposes (2.1.1)");
      } else {
        sum = sum.add(s.percentage().get());
      }
    }
    if (all && sum.compareTo(HUNDRED) != 0) {
      problems.add(IatiRule.SECTOR_PERCENTAGES, a.sectorsPath(), "The percentages of the DAC purposes sum to "
          + sum.toPlainString() + ": expected 100 (2.1.2)");
    }
  }

  private static void countries(Doc.Activity a, Problems problems) {
    if (a.countries().isEmpty()) {
      problems.add(IatiRule.RECIPIENT_COUNTRY, a.path(), "Activity " + a.identifier().orElse(a.path())
          + " has no recipient country: expected clusters whose places give one (3.7.1)");
    } else if (a.countries().size() > 1) {
      problems.add(IatiRule.RECIPIENT_COUNTRY, a.countries().get(1).path(), "Activity " + a.identifier().orElse(a.path())
          + " has clusters in " + a.countries().size() + " countries: expected one, since IATI needs each country's share, which cnd does not hold (3.1.1)");
    }
  }

  private static void results(Doc.Result r, Problems problems) {
    boolean quantitative = !r.measure().equals(IatiCodes.QUALITATIVE);
    if (!quantitative) {
      return;
    }
    r.baseline().filter(b -> b.value().value().isEmpty()).ifPresent(b -> problems.add(IatiRule.RESULT_VALUE,
        b.path(), "Baseline of a non-qualitative indicator: expected a value (8.8.1), found none"));
    for (Doc.Period p : r.periods()) {
      if (p.start().isAfter(p.end())) {
        problems.add(IatiRule.DATE_ORDER, p.path(), "Result period " + p.start() + " to " + p.end()
            + ": expected its start no later than its end (8.6.1)");
      }
      for (Doc.Value v : p.targets()) {
        if (v.value().isEmpty()) {
          problems.add(IatiRule.RESULT_VALUE, v.path(), "Target of a non-qualitative indicator: expected a value (8.9.1), found none");
        }
      }
      for (Doc.Value v : p.actuals()) {
        if (v.value().isEmpty()) {
          problems.add(IatiRule.RESULT_VALUE, v.path(), "Actual of a non-qualitative indicator: expected a value (8.10.1), found none");
        }
      }
    }
  }
}
