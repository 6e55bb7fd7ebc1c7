package org.cnd.iati.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.collaboration.Report;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.place.Place;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.programme.Transaction;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Precision;
import org.cnd.core.validation.Pointer;
import org.cnd.iati.IatiOptions;
import org.cnd.iati.IatiRule;

/**
 * Builds the IATI activities of a portfolio's programmes (and, when asked, of their engagements), reporting what IATI
 * requires that the data lacks and what cannot be written faithfully. Never invents a value: every date, amount and
 * code comes from the data through a rule that IATI.md states.
 */
public final class Mapper {
  private static final Set<ProgrammeStatus> STARTED =
      Set.of(ProgrammeStatus.ACTIVE, ProgrammeStatus.COMPLETED, ProgrammeStatus.SUSPENDED);
  private static final Set<ProgrammeStatus> FINISHED = Set.of(ProgrammeStatus.COMPLETED, ProgrammeStatus.CANCELLED);

  private final Portfolio portfolio;
  private final IatiOptions options;
  private final Problems problems;
  private final Map<OrganisationId, Integer> organisationIndex = new HashMap<>();
  private final Map<ProgrammeId, Integer> programmeIndex = new HashMap<>();

  private Mapper(Portfolio portfolio, IatiOptions options, Problems problems) {
    this.portfolio = portfolio;
    this.options = options;
    this.problems = problems;
    for (int i = 0; i < portfolio.organisations().size(); i++) {
      organisationIndex.putIfAbsent(portfolio.organisations().get(i).id(), i);
    }
    for (int i = 0; i < portfolio.programmes().size(); i++) {
      programmeIndex.putIfAbsent(portfolio.programmes().get(i).id(), i);
    }
  }

  /** The activities of the selected programmes, in the portfolio's order; problems go to {@code problems}. */
  public static List<Doc.Activity> map(Portfolio portfolio, IatiOptions options, Problems problems) {
    return new Mapper(portfolio, options, problems).activities();
  }

  private List<Doc.Activity> activities() {
    for (ProgrammeId id : options.programmes()) {
      if (!programmeIndex.containsKey(id)) {
        problems.add(IatiRule.PROGRAMME, Pointer.ROOT,
            "Programme " + id + " was selected for export: expected a programme of the portfolio, found none");
      }
    }
    options.reportingOrganisation().ifPresent(id -> {
      if (!organisationIndex.containsKey(id)) {
        problems.add(IatiRule.REPORTING_ORG, Pointer.ROOT,
            "The options name " + id + " as reporting organisation: expected an organisation of the portfolio, found none");
      }
    });
    List<Doc.Activity> out = new ArrayList<>();
    for (int i = 0; i < portfolio.programmes().size(); i++) {
      Programme p = portfolio.programmes().get(i);
      if (options.programmes().isEmpty() || options.programmes().contains(p.id())) {
        programme(p, i, out);
      }
    }
    return out;
  }

  // --- organisations ----------------------------------------------------------------------------------------

  private String orgPath(OrganisationId id) {
    Integer i = organisationIndex.get(id);
    return i == null ? Pointer.ROOT : Pointer.of("organisations", i);
  }

  private Optional<Organisation> organisation(OrganisationId id) {
    return portfolio.organisation(id);
  }

  private Doc.Org org(Organisation o) {
    return new Doc.Org(o.iatiIdentifier().map(Object::toString), o.iatiType().map(t -> t.iatiCode()), o.name(),
        orgPath(o.id()));
  }

  /** The reporting organisation of a programme by the documented rule, without reporting anything. */
  private Optional<Organisation> reportingOrganisation(Programme p) {
    if (options.reportingOrganisation().isPresent()) {
      return organisation(options.reportingOrganisation().get());
    }
    for (ParticipationRole role : List.of(ParticipationRole.ACCOUNTABLE, ParticipationRole.IMPLEMENTING)) {
      Set<OrganisationId> in = new LinkedHashSet<>(p.participantsIn(role));
      if (in.size() == 1) {
        return organisation(in.iterator().next());
      }
      if (in.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The activity identifier of a programme by the documented rule, without reporting anything. */
  private Optional<String> identifier(Programme p) {
    if (p.iatiIdentifier().isPresent()) {
      return Optional.of(p.iatiIdentifier().get().toString());
    }
    if (!options.buildIdentifiers() || p.code().isEmpty()) {
      return Optional.empty();
    }
    return reportingOrganisation(p).flatMap(Organisation::iatiIdentifier)
        .map(ref -> ref + "-" + p.code().get().strip().replaceAll("[\\s/&|?]+", "-"));
  }

  // --- programmes -------------------------------------------------------------------------------------------

  private void programme(Programme p, int index, List<Doc.Activity> out) {
    String path = Pointer.of("programmes", index);
    Optional<Doc.Org> reporting = reporting(p, path);
    Optional<String> identifier = identifier(p);
    if (identifier.isEmpty()) {
      problems.add(IatiRule.ACTIVITY_IDENTIFIER, path + "/iatiIdentifier", "Programme " + p.id()
          + " has no IATI activity identifier: expected its own, or a code and a reporting organisation with an IATI identifier to build one from"
          + (options.buildIdentifiers() ? "" : " (building identifiers is turned off)") + ", found "
          + (p.code().isPresent() ? "code " + p.code().get() : "no code"));
    }
    if (p.description().isEmpty()) {
      problems.add(IatiRule.DESCRIPTION, path + "/description",
          "Programme " + p.id() + " has no description: expected a description, which IATI requires of every activity");
    }
    Optional<String> language = language(p, path, "Programme " + p.id());
    List<Doc.Participant> participants = participants(p, path);
    Optional<String> status = p.currentStatus().map(IatiCodes.PROGRAMME_STATUS::get);
    if (status.isEmpty()) {
      problems.add(IatiRule.ACTIVITY_STATUS, path + "/statusHistory",
          "Programme " + p.id() + " has no status change: expected at least one, for the activity's status");
    }
    List<Doc.ActivityDate> dates = programmeDates(p, path);
    List<Doc.Country> countries = new ArrayList<>();
    List<Doc.Location> locations = new ArrayList<>();
    for (int j = 0; j < p.targetClusters().size(); j++) {
      place(p.targetClusters().get(j), path + "/targetClusters/" + j, countries, locations);
    }
    List<Doc.Sector> sectors = sectors(p, path);
    List<Doc.Budget> budgets = budgets(p, path);
    List<Doc.Transaction> transactions = transactions(p, path);
    List<Doc.Related> related = related(p, path);
    List<Engagement> engagements = new ArrayList<>();
    List<Integer> engagementIndexes = new ArrayList<>();
    for (int j = 0; j < portfolio.engagements().size(); j++) {
      if (portfolio.engagements().get(j).programme().equals(p.id())) {
        engagements.add(portfolio.engagements().get(j));
        engagementIndexes.add(j);
      }
    }
    List<Doc.Result> results = new ArrayList<>();
    if (!options.engagementActivities()) {
      for (Engagement e : engagements) {
        results.addAll(results(e.id()));
      }
    } else if (identifier.isPresent()) {
      for (Engagement e : engagements) {
        related.add(new Doc.Related(identifier.get() + "-" + e.id(), IatiCodes.CHILD, path));
      }
    }
    List<Doc.DocumentLink> documents = new ArrayList<>();
    for (int k = 0; k < portfolio.reports().size(); k++) {
      Report r = portfolio.reports().get(k);
      if (r.programmes().contains(p.id())) {
        documentLink(r, Pointer.of("reports", k), p).ifPresent(documents::add);
      }
    }
    out.add(new Doc.Activity(path, identifier, path + "/iatiIdentifier", reporting, p.title(), p.description(),
        path + "/description", language, path + "/language", p.budget().map(b -> b.currencyCode()), participants,
        status, dates, path + "/period", countries, locations, sectors, path + "/purposes", budgets, transactions,
        documents, related, results));
    if (options.engagementActivities()) {
      for (int j = 0; j < engagements.size(); j++) {
        out.add(engagement(engagements.get(j), engagementIndexes.get(j), p, identifier, reporting, language,
            participants, sectors));
      }
    }
  }

  // A report becomes a document link only when IATI's three required facts are known: the url, the file format
  // (from the url's extension, the one documented rule) and a document category its kind maps to.
  private Optional<Doc.DocumentLink> documentLink(Report r, String path, Programme p) {
    String what = "Report " + r.id() + " of programme " + p.id() + " is left out of the IATI document: ";
    if (r.url().isEmpty()) {
      problems.add(IatiRule.DOCUMENT_LINK, path + "/url", what + "expected a url, which IATI requires of a document link, found none");
      return Optional.empty();
    }
    Optional<String> format = IatiCodes.fileFormat(r.url().get());
    if (format.isEmpty()) {
      problems.add(IatiRule.DOCUMENT_LINK, path + "/url", what + "expected a url ending in .pdf, .htm, .html or a path without extension, for the file format IATI requires, found "
          + quoted(r.url().get().getPath()));
      return Optional.empty();
    }
    Optional<String> category = Optional.ofNullable(IatiCodes.DOCUMENT_CATEGORY.get(r.kind()));
    if (category.isEmpty()) {
      problems.add(IatiRule.DOCUMENT_LINK, path + "/kind", what + "expected a kind with an IATI document category (evaluation, progress_report), found "
          + r.kind().code());
      return Optional.empty();
    }
    Optional<LocalDate> date = r.date().filter(d -> d.precision() == Precision.DAY).map(PartialDate::earliest);
    return Optional.of(new Doc.DocumentLink(r.url().get().toString(), format.get(), r.title(), category.get(), date, path));
  }

  private static String quoted(String text) {
    return "\"" + (text.length() <= 40 ? text : text.substring(0, 37) + "...") + "\"";
  }

  private Optional<Doc.Org> reporting(Programme p, String path) {
    Optional<Organisation> found = reportingOrganisation(p);
    if (found.isEmpty()) {
      if (options.reportingOrganisation().isEmpty()) {
        problems.add(IatiRule.REPORTING_ORG, path + "/participants", "Programme " + p.id()
            + " has no reporting organisation: expected the options to name one, or exactly one accountable or else exactly one implementing participant, found "
            + new LinkedHashSet<>(p.participantsIn(ParticipationRole.ACCOUNTABLE)).size() + " accountable and "
            + new LinkedHashSet<>(p.participantsIn(ParticipationRole.IMPLEMENTING)).size() + " implementing");
      }
      return Optional.empty();
    }
    Organisation o = found.get();
    if (o.iatiIdentifier().isEmpty()) {
      problems.add(IatiRule.REPORTING_ORG, orgPath(o.id()) + "/iatiIdentifier", "Organisation " + o.id()
          + " reports programme " + p.id() + ": expected its IATI organisation identifier (such as XM-DAC-41123), found none");
    }
    if (o.iatiType().isEmpty()) {
      problems.add(IatiRule.REPORTING_ORG, orgPath(o.id()) + "/iatiType", "Organisation " + o.id()
          + " reports programme " + p.id() + ": expected its IATI organisation type, found none");
    }
    return Optional.of(org(o));
  }

  private Optional<String> language(Programme p, String path, String what) {
    Optional<String> language = p.language().or(options::language).map(Object::toString);
    if (language.isEmpty()) {
      problems.add(IatiRule.LANGUAGE, path + "/language",
          what + " does not say the language of its texts: expected the programme's language or a default language in the options, found neither");
    }
    return language;
  }

  private List<Doc.Participant> participants(Programme p, String path) {
    List<Doc.Participant> out = new ArrayList<>();
    for (int j = 0; j < p.participants().size(); j++) {
      Participation part = p.participants().get(j);
      String at = path + "/participants/" + j;
      Optional<String> role = IatiCodes.role(part.role());
      if (role.isEmpty()) {
        problems.add(IatiRule.PARTICIPATION_ROLE, at + "/role", "Participation of " + part.organisation() + " in programme "
            + p.id() + " as " + part.role().code() + " is left out: expected one of IATI's roles (funding, accountable, extending, implementing)");
        continue;
      }
      organisation(part.organisation()).ifPresent(o -> out.add(new Doc.Participant(org(o), role.get(), at)));
    }
    if (out.isEmpty()) {
      problems.add(IatiRule.PARTICIPATING_ORG, path + "/participants", "Programme " + p.id()
          + " has no participant in an IATI role: expected at least one funding, accountable, extending or implementing organisation");
    }
    return out;
  }

  private List<Doc.ActivityDate> programmeDates(Programme p, String path) {
    List<Doc.ActivityDate> out = new ArrayList<>();
    boolean started = p.statusHistory().stream().anyMatch(c -> STARTED.contains(c.status()));
    Optional<DateRange> planned = p.plannedPeriod().or(() -> started ? Optional.empty() : p.period());
    String plannedPath = path + (p.plannedPeriod().isPresent() ? "/plannedPeriod" : "/period");
    planned.ifPresent(r -> {
      out.add(new Doc.ActivityDate(IatiCodes.PLANNED_START, r.start().earliest(), plannedPath));
      r.end().ifPresent(e -> out.add(new Doc.ActivityDate(IatiCodes.PLANNED_END, e.latest(), plannedPath)));
    });
    if (!started) {
      return out;
    }
    // The period of a programme that has started says when it ran: its start is the actual start.
    Optional<PartialDate> start = p.period().map(DateRange::start);
    String startPath = path + "/period";
    if (start.isEmpty()) {
      for (int k = 0; k < p.statusHistory().size(); k++) {
        if (STARTED.contains(p.statusHistory().get(k).status())) {
          start = Optional.of(p.statusHistory().get(k).date());
          startPath = path + "/statusHistory/" + k + "/date";
          break;
        }
      }
    }
    String fromPath = startPath;
    start.flatMap(d -> actual(d, true, fromPath)).ifPresent(d -> out.add(new Doc.ActivityDate(IatiCodes.ACTUAL_START, d, fromPath)));
    Optional<ProgrammeStatus> current = p.currentStatus();
    if (current.isPresent() && FINISHED.contains(current.get())) {
      int last = p.statusHistory().size() - 1;
      StatusChange end = p.statusHistory().get(last);
      Optional<PartialDate> endDate = p.period().flatMap(DateRange::end);
      String endPath = endDate.isPresent() ? path + "/period" : path + "/statusHistory/" + last + "/date";
      endDate.or(() -> Optional.of(end.date())).flatMap(d -> actual(d, false, endPath))
          .ifPresent(d -> out.add(new Doc.ActivityDate(IatiCodes.ACTUAL_END, d, endPath)));
    } else if (p.plannedPeriod().isEmpty() && p.period().flatMap(DateRange::end).isPresent()) {
      // A running programme's period end is the end it expects: a plan.
      out.add(new Doc.ActivityDate(IatiCodes.PLANNED_END, p.period().get().end().get().latest(), path + "/period"));
    }
    return out;
  }

  // An approximate or uncertain day is not known to the day: its earliest day is not the day the record gives.
  private static boolean knownToTheDay(PartialDate d) {
    return d.precision() == Precision.DAY && !d.isQualified();
  }

  /** An actual date: known to the day, or approximated by the rule for planned dates when the options ask. */
  private Optional<LocalDate> actual(PartialDate d, boolean start, String path) {
    if (knownToTheDay(d)) {
      return Optional.of(d.earliest());
    }
    if (options.approximateActualDates()) {
      return Optional.of(start ? d.earliest() : d.latest());
    }
    problems.add(IatiRule.ACTUAL_DATE_PRECISION, path, "Actual " + (start ? "start" : "end") + " " + d
        + " is left out: expected a day, found " + (d.isQualified() ? "a qualified " : "a ") + d.precision().code()
        + " (the options may ask to approximate actual dates, a start by its earliest day and an end by its latest)");
    return Optional.empty();
  }

  private void place(ClusterId id, String path, List<Doc.Country> countries, List<Doc.Location> locations) {
    Optional<Cluster> found = portfolio.cluster(id);
    if (found.isEmpty()) {
      return; // reference.cluster, reported by the portfolio validator
    }
    Cluster c = found.get();
    Place place = c.place();
    String country = place.country().code();
    if (countries.stream().noneMatch(x -> x.code().equals(country))) {
      countries.add(new Doc.Country(country, path));
    }
    List<String> parts = new ArrayList<>();
    place.area().ifPresent(parts::add);
    parts.addAll(place.localities());
    String name = parts.isEmpty() ? place.subdivision().map(Object::toString).orElse(country) : String.join(", ", parts);
    Optional<String> point = place.point().map(g -> g.latitude() + " " + g.longitude());
    locations.add(new Doc.Location(id.toString(), name, c.name(), country, point, path));
  }

  private List<Doc.Sector> sectors(Programme p, String path) {
    List<Doc.Sector> out = new ArrayList<>();
    for (int j = 0; j < p.purposes().size(); j++) {
      DacPurpose d = p.purposes().get(j);
      out.add(new Doc.Sector(d.code(), d.percentage(), path + "/purposes/" + j));
    }
    return out;
  }

  private List<Doc.Budget> budgets(Programme p, String path) {
    List<Doc.Budget> out = new ArrayList<>();
    if (p.budget().isEmpty()) {
      return out;
    }
    Optional<DateRange> span = p.plannedPeriod().filter(r -> r.end().isPresent())
        .or(() -> p.period().filter(r -> r.end().isPresent()));
    if (span.isEmpty()) {
      problems.add(IatiRule.BUDGET_UNDATED, path + "/budget", "Budget " + p.budget().get() + " of programme " + p.id()
          + " is left out: expected a planned period or a period with a start and an end to place it in, found "
          + p.plannedPeriod().or(p::period).map(r -> "the open period " + r).orElse("no period"));
      return out;
    }
    LocalDate start = span.get().start().earliest();
    LocalDate end = span.get().end().get().latest();
    List<DateRules.Share> shares = DateRules.proRata(p.budget().get(), start, end);
    for (DateRules.Share s : shares) {
      out.add(new Doc.Budget(s.span().start(), s.span().end(), s.amount(), shares.size() > 1, path + "/budget"));
    }
    return out;
  }

  private List<Doc.Transaction> transactions(Programme p, String path) {
    List<Doc.Transaction> out = new ArrayList<>();
    for (int j = 0; j < p.transactions().size(); j++) {
      Transaction t = p.transactions().get(j);
      String at = path + "/transactions/" + j;
      Optional<Doc.Org> provider = party(t.provider(), at + "/provider");
      Optional<Doc.Org> receiver = party(t.receiver(), at + "/receiver");
      if (!knownToTheDay(t.date())) {
        problems.add(IatiRule.TRANSACTION_DATE, at + "/date", "Transaction " + t.kind().code() + " of " + t.value()
            + " is left out: expected a date known to the day, found " + t.date());
        continue;
      }
      out.add(new Doc.Transaction(t.kind().iatiCode(), t.date().earliest(), t.value(), provider, receiver, t.note(), at));
    }
    return out;
  }

  private Optional<Doc.Org> party(Optional<OrganisationId> id, String path) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Organisation> o = organisation(id.get());
    if (o.isEmpty()) {
      problems.add(IatiRule.REFERENCE_ORGANISATION, path,
          "Transaction names organisation " + id.get() + ": expected an organisation of the portfolio, found none");
    }
    return o.map(this::org);
  }

  private List<Doc.Related> related(Programme p, String path) {
    List<Doc.Related> out = new ArrayList<>();
    for (int j = 0; j < p.relatedProgrammes().size(); j++) {
      ProgrammeRelation r = p.relatedProgrammes().get(j);
      String at = path + "/relatedProgrammes/" + j;
      String type = r.kind() == RelationKind.PARENT ? IatiCodes.PARENT : r.kind() == RelationKind.CHILD ? IatiCodes.CHILD : null;
      Optional<String> ref = portfolio.programme(r.programme()).flatMap(this::identifier);
      if (type == null || ref.isEmpty()) {
        problems.add(IatiRule.RELATED_ACTIVITY, at, "Relation " + r.kind().code() + " to programme " + r.programme()
            + " is left out: expected a parent or child with an IATI activity identifier, found "
            + (type == null ? "a relation IATI has no type for" : "no identifier for it"));
        continue;
      }
      out.add(new Doc.Related(ref.get(), type, at));
    }
    return out;
  }

  // --- engagements ------------------------------------------------------------------------------------------

  private Doc.Activity engagement(Engagement e, int index, Programme p, Optional<String> parent,
      Optional<Doc.Org> reporting, Optional<String> language, List<Doc.Participant> participants,
      List<Doc.Sector> sectors) {
    String path = Pointer.of("engagements", index);
    Optional<String> identifier = parent.map(id -> id + "-" + e.id());
    if (identifier.isEmpty()) {
      problems.add(IatiRule.ACTIVITY_IDENTIFIER, path, "Engagement " + e.id()
          + " has no IATI activity identifier: expected its programme's, followed by a hyphen and the engagement's identifier, but programme "
          + p.id() + " has none");
    }
    if (e.description().isEmpty()) {
      problems.add(IatiRule.DESCRIPTION, path + "/description",
          "Engagement " + e.id() + " has no description: expected a description, which IATI requires of every activity");
    }
    Optional<String> status = e.currentPhase().map(IatiCodes.PHASE_STATUS::get);
    if (status.isEmpty()) {
      problems.add(IatiRule.ACTIVITY_STATUS, path + "/phaseHistory",
          "Engagement " + e.id() + " has no phase change: expected at least one, for the activity's status");
    }
    List<Doc.ActivityDate> dates = new ArrayList<>();
    if (!e.phaseHistory().isEmpty()) {
      String at = path + "/phaseHistory/0/date";
      actual(e.phaseHistory().get(0).date(), true, at).ifPresent(d -> dates.add(new Doc.ActivityDate(IatiCodes.ACTUAL_START, d, at)));
      int last = e.phaseHistory().size() - 1;
      PhaseChange end = e.phaseHistory().get(last);
      if (end.phase() == Phase.EXIT || end.phase() == Phase.DISCONTINUED) {
        String endAt = path + "/phaseHistory/" + last + "/date";
        actual(end.date(), false, endAt).ifPresent(d -> dates.add(new Doc.ActivityDate(IatiCodes.ACTUAL_END, d, endAt)));
      }
    }
    List<Doc.Country> countries = new ArrayList<>();
    List<Doc.Location> locations = new ArrayList<>();
    place(e.cluster(), path + "/cluster", countries, locations);
    String title = portfolio.cluster(e.cluster()).map(Cluster::name).orElse(e.cluster().toString());
    List<Doc.Related> related = new ArrayList<>();
    parent.ifPresent(id -> related.add(new Doc.Related(id, IatiCodes.PARENT, path + "/programme")));
    return new Doc.Activity(path, identifier, path, reporting, title, e.description(), path + "/description",
        language, Pointer.of("programmes", programmeIndex.get(p.id()), "language"), Optional.empty(), participants,
        status, dates, path + "/phaseHistory", countries, locations, sectors,
        Pointer.of("programmes", programmeIndex.get(p.id()), "purposes"), List.of(), List.of(), List.of(), related,
        results(e.id()));
  }

  // --- results ----------------------------------------------------------------------------------------------

  private List<Doc.Result> results(EngagementId engagement) {
    List<Doc.Result> out = new ArrayList<>();
    for (int k = 0; k < portfolio.indicators().size(); k++) {
      Indicator ind = portfolio.indicators().get(k);
      if (ind.engagement().isPresent() && ind.engagement().get().equals(engagement)) {
        out.add(result(ind, Pointer.of("indicators", k)));
      }
    }
    return out;
  }

  private Doc.Result result(Indicator ind, String path) {
    Optional<Doc.Baseline> baseline = ind.baseline().map(b -> new Doc.Baseline(b.date().year(),
        knownToTheDay(b.date()) ? Optional.of(b.date().earliest()) : Optional.empty(),
        value(b.value(), path + "/baseline/value"), path + "/baseline"));
    Map<DateRules.Span, PeriodValues> periods = new LinkedHashMap<>();
    for (int t = 0; t < ind.targets().size(); t++) {
      Target target = ind.targets().get(t);
      DateRules.Span span = new DateRules.Span(target.date().earliest(), target.date().latest());
      slot(periods, span).targets().add(value(target.value(), path + "/targets/" + t));
    }
    for (int m = 0; m < ind.measurements().size(); m++) {
      Measurement measurement = ind.measurements().get(m);
      String at = path + "/measurements/" + m;
      Optional<DateRules.Span> span = measurement.date().map(d -> new DateRules.Span(d.earliest(), d.latest()))
          .or(() -> measurement.period().get().end().map(e -> new DateRules.Span(measurement.period().get().start().earliest(), e.latest())));
      if (span.isEmpty()) {
        problems.add(IatiRule.MEASUREMENT_UNDATED, at + "/period", "Measurement " + measurement.value() + " of indicator "
            + ind.id() + " is left out: expected a period with an end, found the open period " + measurement.period().get());
        continue;
      }
      slot(periods, span.get()).actuals().add(value(measurement.value(), at));
    }
    List<Doc.Period> list = new ArrayList<>();
    periods.forEach((span, values) ->
        list.add(new Doc.Period(span.start(), span.end(), values.targets(), values.actuals(), path)));
    return new Doc.Result(IatiCodes.RESULT_TYPE.get(ind.level()), ind.name(), IatiCodes.MEASURE.get(ind.measure()),
        ind.direction().map(d -> d == Direction.INCREASE), ind.description(), baseline, list, path);
  }

  // The targets and the measured values of one reporting period, gathered before the period is written.
  private record PeriodValues(List<Doc.Value> targets, List<Doc.Value> actuals) {}

  private static PeriodValues slot(Map<DateRules.Span, PeriodValues> periods, DateRules.Span span) {
    return periods.computeIfAbsent(span, s -> new PeriodValues(new ArrayList<>(), new ArrayList<>()));
  }

  private static Doc.Value value(IndicatorValue v, String path) {
    return new Doc.Value(v.number().map(n -> n.toPlainString()), v.text(), path);
  }
}
