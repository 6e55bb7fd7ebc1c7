package org.cnd.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the core's entities. The no-argument generators make entities that are valid on their
 * own, with references to arbitrary identifiers; the generators that take identifiers refer only to those, as {@link
 * PortfolioGen} needs. Every entity is valid on its own: building it never throws.
 */
public final class EntityGen {
  private EntityGen() {}

  // --- actors -----------------------------------------------------------------------------------------------

  /** Former names, with an acronym and an end date or not. */
  public static Gen<FormerName> formerNames() {
    return ValueGen.texts().zip(ValueGen.texts().toOptionals(50), ValueGen.partialDates().toOptionals(50),
        (name, acronym, until) -> FormerName.builder().name(name).acronym(acronym).until(until).build());
  }

  /** Organisations with any parent but themselves. */
  public static Gen<Organisation> organisations() {
    return in -> {
      OrganisationId id = ValueGen.organisationIds().generate(in);
      Optional<OrganisationId> parent =
          ValueGen.organisationIds().assuming(p -> !p.equals(id)).toOptionals(50).generate(in);
      return organisation(id, parent).generate(in);
    };
  }

  /** Organisations with the given identifier and parent. */
  public static Gen<Organisation> organisation(OrganisationId id, Optional<OrganisationId> parent) {
    return in -> Organisation.builder()
        .id(id)
        .name(ValueGen.texts().generate(in))
        .acronym(ValueGen.texts().toOptionals(60).generate(in))
        .kind(Generate.enumValues(OrganisationKind.class).generate(in))
        .country(ValueGen.countryCodes().toOptionals(70).generate(in))
        .addAllFormerNames(lists().of(formerNames()).ofSizeBetween(0, 2).generate(in))
        .parent(parent)
        .build();
  }

  /** People with any affiliation. */
  public static Gen<Person> people() {
    return in -> person(ValueGen.personIds().generate(in), ValueGen.organisationIds().toOptionals(60).generate(in))
        .generate(in);
  }

  /** People with the given identifier and affiliation. */
  public static Gen<Person> person(PersonId id, Optional<OrganisationId> affiliation) {
    return ValueGen.texts().map(name -> Person.builder().id(id).name(name).affiliation(affiliation).build());
  }

  // --- clusters ---------------------------------------------------------------------------------------------

  /** Profile figures with some or all of their counts and amounts, all non-negative. */
  public static Gen<ProfileFigures> profileFigures() {
    return in -> {
      Currency currency = ValueGen.currencies().generate(in);
      return ProfileFigures.builder()
          .asOf(ValueGen.partialDates().generate(in))
          .enterprises(optionalCounts(100_000).generate(in))
          .employment(optionalCounts(10_000_000).generate(in))
          .annualOutput(ValueGen.nonNegativeMoney(currency).toOptionals(50).generate(in))
          .exports(ValueGen.nonNegativeMoney(currency).toOptionals(50).generate(in))
          .build();
    };
  }

  private static Gen<OptionalLong> optionalCounts(long max) {
    return longs().between(0, max).toOptionals(70).map(o -> o.map(OptionalLong::of).orElse(OptionalLong.empty()));
  }

  /** Clusters. */
  public static Gen<Cluster> clusters() {
    return in -> cluster(ValueGen.clusterIds().generate(in)).generate(in);
  }

  /** Clusters with the given identifier. */
  public static Gen<Cluster> cluster(ClusterId id) {
    return in -> Cluster.builder()
        .id(id)
        .name(ValueGen.texts().generate(in))
        .sector(ValueGen.sectors().generate(in))
        .place(ValueGen.places().generate(in))
        .kind(Generate.enumValues(ClusterKind.class).toOptionals(60).generate(in))
        .profile(profileFigures().toOptionals(40).generate(in))
        .description(ValueGen.texts().toOptionals(30).generate(in))
        .build();
  }

  // --- programmes -------------------------------------------------------------------------------------------

  /** Status changes of any status, with a note or not. */
  public static Gen<StatusChange> statusChanges() {
    return Generate.enumValues(ProgrammeStatus.class).zip(ValueGen.partialDates(), ValueGen.texts().toOptionals(30),
        (status, date, note) -> StatusChange.builder().status(status).date(date).note(note).build());
  }

  /** Participations of any organisation in any role. */
  public static Gen<Participation> participations() {
    return in -> participations(List.of(ValueGen.organisationIds().generate(in))).generate(in);
  }

  /** Funding commitments by any funder in any currency. */
  public static Gen<FundingCommitment> fundingCommitments() {
    return in -> fundingCommitments(List.of(ValueGen.organisationIds().generate(in)), ValueGen.currencies().generate(in))
        .generate(in);
  }

  /** Relations of any kind to any programme. */
  public static Gen<ProgrammeRelation> programmeRelations() {
    return Generate.enumValues(RelationKind.class).zip(ValueGen.programmeIds(), ProgrammeRelation::of);
  }

  /**
   * Status histories in time order: no change is certainly before any change listed before it. Dates of neighbours
   * are often certainly ordered, sometimes overlapping, sometimes equal.
   */
  public static Gen<List<StatusChange>> statusHistories() {
    return in -> {
      int size = integers().between(0, 5).generate(in);
      List<StatusChange> history = new ArrayList<>();
      LocalDate latestEarliest = ValueGen.days().generate(in);
      for (int i = 0; i < size; i++) {
        // Any date that holds a day on or after the greatest earliest day so far keeps the history in order.
        LocalDate day = latestEarliest.plusDays(integers().between(0, 900).generate(in));
        PartialDate date = dateHolding(day).generate(in);
        history.add(StatusChange.builder()
            .status(Generate.enumValues(ProgrammeStatus.class).generate(in))
            .date(date)
            .note(ValueGen.texts().toOptionals(20).generate(in))
            .build());
        if (date.earliest().isAfter(latestEarliest)) {
          latestEarliest = date.earliest();
        }
      }
      return history;
    };
  }

  /** Partial dates of any precision that hold the day. */
  public static Gen<PartialDate> dateHolding(LocalDate day) {
    return integers().between(0, 3).map(precision -> {
      switch (precision) {
        case 0:
          return PartialDate.ofYear(day.getYear());
        case 1:
          return PartialDate.ofQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        case 2:
          return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
        default:
          return PartialDate.of(day);
      }
    });
  }

  /**
   * Periods that may contain every change of the history that describes work, and end not certainly before any
   * change (concepts, proposals, adoptions and cancellations may precede the period), closed or open.
   */
  public static Gen<DateRange> periodsFor(List<StatusChange> history) {
    if (history.isEmpty()) {
      return ValueGen.dateRanges();
    }
    List<StatusChange> checked = checkedAgainstPeriod(history);
    LocalDate maxEarliest = history.stream().map(c -> c.date().earliest()).max(LocalDate::compareTo).orElseThrow();
    LocalDate minLatest = checked.stream().map(c -> c.date().latest()).min(LocalDate::compareTo).orElse(maxEarliest);
    return in -> {
      LocalDate endDay = maxEarliest.plusDays(integers().between(0, 900).generate(in));
      LocalDate startBound = minLatest.isBefore(endDay) ? minLatest : endDay;
      PartialDate start = dateHolding(startBound.minusDays(integers().between(0, 900).generate(in))).generate(in);
      if (integers().between(0, 3).generate(in) == 0) {
        return DateRange.from(start);
      }
      return DateRange.of(start, dateHolding(endDay).generate(in));
    };
  }

  /**
   * The changes that must fall in a programme's period: those to active, completed or suspended (work). Stated here
   * apart from the validator, as the generators' own reading of rule {@code programme.status-period}.
   */
  public static List<StatusChange> checkedAgainstPeriod(List<StatusChange> history) {
    return history.stream().filter(c -> describesWork(c.status())).collect(Collectors.toList());
  }

  /** Whether a change to this status must fall within the programme's period. */
  public static boolean describesWork(ProgrammeStatus status) {
    return status == ProgrammeStatus.ACTIVE || status == ProgrammeStatus.COMPLETED
        || status == ProgrammeStatus.SUSPENDED;
  }

  /** Funding commitments by one of the funders, with amounts (when given) in the currency. */
  public static Gen<FundingCommitment> fundingCommitments(List<OrganisationId> funders, Currency currency) {
    return in -> FundingCommitment.builder()
        .funder(Generate.pick(funders).generate(in))
        .kind(Generate.enumValues(FundingKind.class).generate(in))
        .amount(ValueGen.nonNegativeMoney(currency).toOptionals(70).generate(in))
        .date(ValueGen.partialDates().toOptionals(50).generate(in))
        .note(ValueGen.texts().toOptionals(30).generate(in))
        .build();
  }

  /** Participations of one of the organisations in any role. */
  public static Gen<Participation> participations(List<OrganisationId> organisations) {
    return in -> Participation.builder()
        .organisation(Generate.pick(organisations).generate(in))
        .role(Generate.enumValues(ParticipationRole.class).generate(in))
        .note(ValueGen.texts().toOptionals(20).generate(in))
        .build();
  }

  /** Programmes with references to arbitrary identifiers; valid on their own. */
  public static Gen<Programme> programmes() {
    return in -> {
      ProgrammeId id = ValueGen.programmeIds().generate(in);
      List<OrganisationId> organisations = lists().of(ValueGen.organisationIds()).ofSizeBetween(0, 3).generate(in);
      List<ClusterId> clusters = distinct(lists().of(ValueGen.clusterIds()).ofSizeBetween(0, 3).generate(in));
      List<ProgrammeId> others = new ArrayList<>(lists().of(ValueGen.programmeIds()).ofSizeBetween(0, 2).generate(in));
      others.removeIf(id::equals);
      return programme(id, organisations, clusters, others, others).generate(in);
    };
  }

  /**
   * Programmes that refer only to the given identifiers.
   *
   * @param parents the programmes it may name as {@link RelationKind#PARENT}
   * @param related the programmes it may relate to in the other ways; neither list may hold {@code id}
   */
  public static Gen<Programme> programme(ProgrammeId id, List<OrganisationId> organisations,
      List<ClusterId> clusters, List<ProgrammeId> parents, List<ProgrammeId> related) {
    return in -> {
      Currency currency = ValueGen.currencies().generate(in);
      List<StatusChange> history = statusHistories().generate(in);
      Programme.Builder programme = Programme.builder()
          .id(id)
          .title(ValueGen.texts().generate(in))
          .code(ValueGen.texts().toOptionals(50).generate(in))
          .period(periodsFor(history).toOptionals(70).generate(in))
          .addAllStatusHistory(history)
          .budget(ValueGen.nonNegativeMoney(currency).toOptionals(60).generate(in))
          .targetDescription(ValueGen.texts().toOptionals(30).generate(in))
          .description(ValueGen.texts().toOptionals(30).generate(in));
      if (!organisations.isEmpty()) {
        programme.addAllParticipants(lists().of(participations(organisations)).ofSizeBetween(0, 3).generate(in));
        programme.addAllFunding(lists().of(fundingCommitments(organisations, currency)).ofSizeBetween(0, 3).generate(in));
      }
      programme.addAllTargetClusters(someOf(clusters, 4).generate(in));
      int relations = integers().between(0, 2).generate(in);
      for (int i = 0; i < relations; i++) {
        RelationKind kind = Generate.enumValues(RelationKind.class).generate(in);
        List<ProgrammeId> candidates = kind == RelationKind.PARENT ? parents : related;
        if (!candidates.isEmpty()) {
          programme.addRelatedProgrammes(ProgrammeRelation.of(kind, Generate.pick(candidates).generate(in)));
        }
      }
      return programme.build();
    };
  }

  private static <T> List<T> distinct(List<T> items) {
    return items.stream().distinct().collect(java.util.stream.Collectors.toList());
  }

  /** Up to {@code max} distinct elements of the list, in a random order. */
  public static <T> Gen<List<T>> someOf(List<T> items, int max) {
    return in -> {
      if (items.isEmpty()) {
        return List.of();
      }
      List<T> shuffled = new ArrayList<>(items);
      shuffle(shuffled, in);
      return List.copyOf(shuffled.subList(0, integers().between(0, Math.min(max, items.size())).generate(in)));
    };
  }

  private static <T> void shuffle(List<T> items, RandomnessSource in) {
    for (int i = items.size() - 1; i > 0; i--) {
      Collections.swap(items, i, integers().between(0, i).generate(in));
    }
  }
}
