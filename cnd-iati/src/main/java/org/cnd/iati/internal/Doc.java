package org.cnd.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnd.core.money.Money;

/**
 * The IATI document as the export builds it before writing: only what will be written, each part with the JSON
 * Pointer of the cnd entity or property it comes from, so that the ruleset checks can name it.
 */
public final class Doc {
  private Doc() {}

  /** An organisation as IATI names it: identifier and type when known, and its name. */
  public record Org(Optional<String> ref, Optional<String> type, String name, String path) {}

  /** A participating organisation in an IATI role (1 to 4). */
  public record Participant(Org org, String role, String path) {}

  /** An activity date: type 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  public record ActivityDate(String type, LocalDate date, String path) {}

  /** A recipient country. */
  public record Country(String code, String path) {}

  /** A sub-national location: a cluster's place. */
  public record Location(String ref, String name, String description, String country,
      Optional<String> point, String path) {}

  /** A sector of DAC vocabulary 1. */
  public record Sector(String code, Optional<BigDecimal> percentage, String path) {}

  /** A budget over a period of at most a year; {@code indicative} when split pro rata from a longer one. */
  public record Budget(LocalDate start, LocalDate end, Money value, boolean indicative, String path) {}

  /** A transaction. */
  public record Transaction(String type, LocalDate date, Money value, Optional<Org> provider, Optional<Org> receiver,
      Optional<String> description, String path) {}

  /** A related activity: type 1 parent, 2 child. */
  public record DocumentLink(String url, String format, String title, String category, Optional<LocalDate> date,
      String path) {}

  /** A related activity. */
  public record Related(String ref, String type, String path) {}

  /** A value of a baseline, target or actual: the number, or for a qualitative indicator a comment. */
  public record Value(Optional<String> value, Optional<String> comment, String path) {}

  /** A baseline: its year, its day when known to the day. */
  public record Baseline(int year, Optional<LocalDate> isoDate, Value value, String path) {}

  /** A result period with its targets and actuals. */
  public record Period(LocalDate start, LocalDate end, List<Value> targets, List<Value> actuals, String path) {}

  /** A result with its one indicator. */
  public record Result(String type, String title, String measure, Optional<Boolean> ascending,
      Optional<String> description, Optional<Baseline> baseline, List<Period> periods, String path) {}

  /**
   * An activity. {@code complete} is false when an element the schema requires could not be built: such an
   * activity is never written.
   */
  public record Activity(String path, Optional<String> identifier, String identifierPath, Optional<Org> reportingOrg,
      String title, Optional<String> description, String descriptionPath, Optional<String> language,
      String languagePath, Optional<String> defaultCurrency, List<Participant> participants, Optional<String> status,
      List<ActivityDate> dates, String datesPath, List<Country> countries, List<Location> locations,
      List<Sector> sectors, String sectorsPath, List<Budget> budgets, List<Transaction> transactions,
      List<DocumentLink> documents, List<Related> related, List<Result> results) {

    /** Whether every element the schema requires is there. */
    public boolean complete() {
      return identifier.isPresent() && reportingOrg.isPresent() && reportingOrg.get().ref().isPresent()
          && reportingOrg.get().type().isPresent() && description.isPresent() && !participants.isEmpty()
          && status.isPresent() && !dates.isEmpty() && language.isPresent();
    }
  }
}
