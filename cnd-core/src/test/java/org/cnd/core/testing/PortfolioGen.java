package org.cnd.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of whole portfolios.
 *
 * <p>{@link #portfolios()} makes <em>valid</em> portfolios: identifiers unique, every reference resolves, parents
 * form no cycle, status histories in time order and within the period, one currency per programme, no mutual
 * parents; {@code portfolio.validate().isClean()} holds for each. {@link #corruptions(Corruption.Kind)} breaks one
 * such portfolio at one point and says exactly which violations the validator must report.
 *
 * <p>Identifiers start with {@code org-}, {@code person-}, {@code cluster-} and {@code programme-}; no generated
 * identifier starts with {@link #MISSING_PREFIX}, which the corruptions use for references that do not resolve.
 */
public final class PortfolioGen {
  private PortfolioGen() {}

  /** The prefix of identifiers that no generated portfolio holds. */
  public static final String MISSING_PREFIX = "missing-";

  /** Valid portfolios with 0 to 6 entities in each collection. */
  public static Gen<Portfolio> portfolios() {
    return portfolios(0, 6);
  }

  /** Valid portfolios with {@code min} to {@code max} entities in each collection. */
  public static Gen<Portfolio> portfolios(int min, int max) {
    return in -> {
      List<OrganisationId> orgIds = ids(in, "org-", integers().between(min, max).generate(in), OrganisationId::of);
      List<PersonId> personIds = ids(in, "person-", integers().between(min, max).generate(in), PersonId::of);
      List<ClusterId> clusterIds = ids(in, "cluster-", integers().between(min, max).generate(in), ClusterId::of);
      List<ProgrammeId> programmeIds =
          ids(in, "programme-", integers().between(min, max).generate(in), ProgrammeId::of);

      // Parents only among the organisations made before: no cycle. The list is shuffled afterwards, so that a
      // parent may come before or after its child in the document.
      List<Organisation> organisations = new ArrayList<>();
      for (int i = 0; i < orgIds.size(); i++) {
        Optional<OrganisationId> parent = i > 0 && Generate.booleans().generate(in)
            ? Optional.of(orgIds.get(integers().between(0, i - 1).generate(in)))
            : Optional.empty();
        organisations.add(EntityGen.organisation(orgIds.get(i), parent).generate(in));
      }
      List<Person> people = new ArrayList<>();
      for (PersonId id : personIds) {
        Optional<OrganisationId> affiliation = orgIds.isEmpty() || !Generate.booleans().generate(in)
            ? Optional.empty()
            : Optional.of(Generate.pick(orgIds).generate(in));
        people.add(EntityGen.person(id, affiliation).generate(in));
      }
      List<Cluster> clusters = new ArrayList<>();
      for (ClusterId id : clusterIds) {
        clusters.add(EntityGen.cluster(id).generate(in));
      }
      // A programme names as parent only programmes made before it: no two programmes name each other.
      List<Programme> programmes = new ArrayList<>();
      for (int i = 0; i < programmeIds.size(); i++) {
        ProgrammeId id = programmeIds.get(i);
        List<ProgrammeId> others = new ArrayList<>(programmeIds);
        others.remove(id);
        programmes.add(EntityGen.programme(id, orgIds, clusterIds, programmeIds.subList(0, i), others).generate(in));
      }
      shuffle(organisations, in);
      shuffle(programmes, in);
      return Portfolio.builder()
          .addAllOrganisations(organisations)
          .addAllPeople(people)
          .addAllClusters(clusters)
          .addAllProgrammes(programmes)
          .build();
    };
  }

  private static <T> List<T> ids(RandomnessSource in, String prefix, int count, Function<String, T> of) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      if (Generate.booleans().generate(in)) {
        id = id + "-" + ValueGen.idTexts().generate(in);
      }
      out.add(of.apply(id.length() <= 64 ? id : id.substring(0, 64)));
    }
    return out;
  }

  private static <T> void shuffle(List<T> items, RandomnessSource in) {
    for (int i = items.size() - 1; i > 0; i--) {
      Collections.swap(items, i, integers().between(0, i).generate(in));
    }
  }

  // --- corruptions ------------------------------------------------------------------------------------------

  /** A violation the validator must report: its rule and its JSON Pointer. */
  public record Expected(Rule rule, String path) {
    @Override
    public String toString() {
      return rule.id() + " at " + path;
    }
  }

  /**
   * A valid portfolio, the same portfolio broken at one point, and the violations the validator must report for it,
   * no more and no fewer.
   */
  public record Corruption(Kind kind, Portfolio valid, Portfolio corrupted, List<Expected> expected) {
    /** The kinds of single-point corruption. */
    public enum Kind {
      /** An organisation's parent names no organisation of the portfolio. */
      ORGANISATION_PARENT_MISSING,
      /** A person's affiliation names no organisation of the portfolio. */
      PERSON_AFFILIATION_MISSING,
      /** A programme's participant names no organisation of the portfolio. */
      PARTICIPANT_MISSING,
      /** A programme's funder names no organisation of the portfolio. */
      FUNDER_MISSING,
      /** A programme targets a cluster not in the portfolio. */
      TARGET_CLUSTER_MISSING,
      /** A programme relates to a programme not in the portfolio. */
      RELATED_PROGRAMME_MISSING,
      /** Two neighbouring status changes, certainly ordered and not the adoption, are swapped. */
      STATUS_ORDER_REVERSED,
      /** A programme's period is moved after every status change: each change that describes work is outside. */
      STATUS_OUTSIDE_PERIOD,
      /** A funding amount in another currency than the programme's budget or first amount. */
      CURRENCY_MISMATCH,
      /** The root ancestor of an organisation is given that organisation as parent. */
      ORGANISATION_PARENT_CYCLE,
      /** A programme's parent names the programme as its parent too. */
      PROGRAMME_MUTUAL_PARENT
    }

    @Override
    public String toString() {
      return kind + " expecting " + expected + " in " + corrupted;
    }
  }

  /** Corruptions of every kind. */
  public static Gen<Corruption> corruptions() {
    return Generate.enumValues(Corruption.Kind.class).flatMap(PortfolioGen::corruptions);
  }

  /** Corruptions of one kind, of valid portfolios with 1 to 5 entities in each collection. */
  public static Gen<Corruption> corruptions(Corruption.Kind kind) {
    Gen<Portfolio> portfolios = portfolios(1, 5);
    return in -> {
      // Some kinds need something the portfolio may lack, such as a status history of two changes: try again.
      for (int attempt = 0; attempt < 200; attempt++) {
        Portfolio valid = portfolios.generate(in);
        Optional<Corruption> corruption = corrupt(kind, valid, in);
        if (corruption.isPresent()) {
          return corruption.get();
        }
      }
      throw new IllegalStateException("No portfolio found that a corruption " + kind + " applies to");
    };
  }

  private static Optional<Corruption> corrupt(Corruption.Kind kind, Portfolio p, RandomnessSource in) {
    switch (kind) {
      case ORGANISATION_PARENT_MISSING: {
        int i = indexIn(p.organisations(), in);
        Organisation o = p.organisations().get(i);
        Organisation broken = Organisation.builder().from(o).parent(OrganisationId.of(MISSING_PREFIX + "parent")).build();
        return done(kind, p, withOrganisation(p, i, broken),
            new Expected(Rule.REFERENCE_ORGANISATION, Pointer.of("organisations", i, "parent")));
      }
      case PERSON_AFFILIATION_MISSING: {
        int i = indexIn(p.people(), in);
        Person broken = Person.builder().from(p.people().get(i))
            .affiliation(OrganisationId.of(MISSING_PREFIX + "affiliation")).build();
        List<Person> people = new ArrayList<>(p.people());
        people.set(i, broken);
        return done(kind, p, Portfolio.builder().from(p).people(people).build(),
            new Expected(Rule.REFERENCE_ORGANISATION, Pointer.of("people", i, "affiliation")));
      }
      case PARTICIPANT_MISSING: {
        int i = indexIn(p.programmes(), in);
        Programme programme = p.programmes().get(i);
        List<Participation> list = new ArrayList<>(programme.participants());
        int j = replaceOrAppend(list, in,
            old -> Participation.of(OrganisationId.of(MISSING_PREFIX + "participant"),
                old == null ? ParticipationRole.IMPLEMENTING : old.role()));
        Programme broken = Programme.builder().from(programme).participants(list).build();
        return done(kind, p, withProgramme(p, i, broken),
            new Expected(Rule.REFERENCE_ORGANISATION, Pointer.of("programmes", i, "participants", j, "organisation")));
      }
      case FUNDER_MISSING: {
        int i = indexIn(p.programmes(), in);
        Programme programme = p.programmes().get(i);
        List<FundingCommitment> list = new ArrayList<>(programme.funding());
        OrganisationId missing = OrganisationId.of(MISSING_PREFIX + "funder");
        int j = replaceOrAppend(list, in, old -> old == null
            ? FundingCommitment.builder().funder(missing).kind(FundingKind.IN_KIND).build()
            : FundingCommitment.builder().from(old).funder(missing).build());
        Programme broken = Programme.builder().from(programme).funding(list).build();
        return done(kind, p, withProgramme(p, i, broken),
            new Expected(Rule.REFERENCE_ORGANISATION, Pointer.of("programmes", i, "funding", j, "funder")));
      }
      case TARGET_CLUSTER_MISSING: {
        int i = indexIn(p.programmes(), in);
        Programme programme = p.programmes().get(i);
        List<ClusterId> list = new ArrayList<>(programme.targetClusters());
        int j = replaceOrAppend(list, in, old -> ClusterId.of(MISSING_PREFIX + "cluster"));
        Programme broken = Programme.builder().from(programme).targetClusters(list).build();
        return done(kind, p, withProgramme(p, i, broken),
            new Expected(Rule.REFERENCE_CLUSTER, Pointer.of("programmes", i, "targetClusters", j)));
      }
      case RELATED_PROGRAMME_MISSING: {
        int i = indexIn(p.programmes(), in);
        Programme programme = p.programmes().get(i);
        List<ProgrammeRelation> list = new ArrayList<>(programme.relatedProgrammes());
        ProgrammeId missing = ProgrammeId.of(MISSING_PREFIX + "programme");
        int j = replaceOrAppend(list, in,
            old -> ProgrammeRelation.of(old == null ? RelationKind.FOLLOWS : old.kind(), missing));
        Programme broken = Programme.builder().from(programme).relatedProgrammes(list).build();
        return done(kind, p, withProgramme(p, i, broken),
            new Expected(Rule.REFERENCE_PROGRAMME, Pointer.of("programmes", i, "relatedProgrammes", j, "programme")));
      }
      case STATUS_ORDER_REVERSED:
        return reverseStatusChanges(p, in);
      case STATUS_OUTSIDE_PERIOD:
        return movePeriodAfterHistory(p, in);
      case CURRENCY_MISMATCH:
        return addFundingInOtherCurrency(p, in);
      case ORGANISATION_PARENT_CYCLE:
        return closeParentCycle(p, in);
      case PROGRAMME_MUTUAL_PARENT:
        return nameChildAsParent(p, in);
      default:
        throw new AssertionError(kind);
    }
  }

  // Swaps two neighbouring changes whose dates are certainly ordered: the later one now comes first. Whether a
  // change lies in the period depends on its status and date alone, so the swap breaks only the order.
  private static Optional<Corruption> reverseStatusChanges(Portfolio p, RandomnessSource in) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < p.programmes().size(); i++) {
      List<StatusChange> history = p.programmes().get(i).statusHistory();
      for (int j = 1; j < history.size(); j++) {
        if (history.get(j - 1).date().isCertainlyBefore(history.get(j).date())) {
          candidates.add(new int[] {i, j});
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] pick = Generate.pick(candidates).generate(in);
    int i = pick[0];
    int j = pick[1];
    Programme programme = p.programmes().get(i);
    List<StatusChange> history = new ArrayList<>(programme.statusHistory());
    Collections.swap(history, j - 1, j);
    Programme broken = Programme.builder().from(programme).statusHistory(history).build();
    return done(Corruption.Kind.STATUS_ORDER_REVERSED, p, withProgramme(p, i, broken),
        new Expected(Rule.PROGRAMME_STATUS_ORDER, Pointer.of("programmes", i, "statusHistory", j, "date")));
  }

  // Gives a programme a period that starts the year after its last change: each change that describes work is outside.
  private static Optional<Corruption> movePeriodAfterHistory(Portfolio p, RandomnessSource in) {
    List<Integer> candidates = IntStream.range(0, p.programmes().size())
        .filter(i -> !EntityGen.checkedAgainstPeriod(p.programmes().get(i).statusHistory()).isEmpty())
        .boxed()
        .collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = Generate.pick(candidates).generate(in);
    Programme programme = p.programmes().get(i);
    int lastYear = programme.statusHistory().stream().mapToInt(c -> c.date().latest().getYear()).max().orElseThrow();
    Programme broken = Programme.builder().from(programme).period(DateRange.from(PartialDate.ofYear(lastYear + 1))).build();
    List<StatusChange> history = programme.statusHistory();
    List<Expected> expected = new ArrayList<>();
    for (int j = 0; j < history.size(); j++) {
      if (EntityGen.describesWork(history.get(j).status())) {
        expected.add(new Expected(Rule.PROGRAMME_STATUS_PERIOD, Pointer.of("programmes", i, "statusHistory", j, "date")));
      }
    }
    return Optional.of(new Corruption(Corruption.Kind.STATUS_OUTSIDE_PERIOD, p, withProgramme(p, i, broken), expected));
  }

  // Adds, to a programme that has a budget or a funding amount, a cash commitment in another currency.
  private static Optional<Corruption> addFundingInOtherCurrency(Portfolio p, RandomnessSource in) {
    List<Integer> candidates = IntStream.range(0, p.programmes().size())
        .filter(i -> firstCurrency(p.programmes().get(i)).isPresent())
        .boxed()
        .collect(Collectors.toList());
    if (candidates.isEmpty() || p.organisations().isEmpty()) {
      return Optional.empty();
    }
    int i = Generate.pick(candidates).generate(in);
    Programme programme = p.programmes().get(i);
    Currency first = firstCurrency(programme).orElseThrow();
    Currency other = ValueGen.currencies().assuming(c -> !c.equals(first)).generate(in);
    FundingCommitment extra = FundingCommitment.builder()
        .funder(Generate.pick(p.organisations()).generate(in).id())
        .kind(FundingKind.CASH)
        .amount(ValueGen.nonNegativeMoney(other).generate(in))
        .build();
    Programme broken = Programme.builder().from(programme).addFunding(extra).build();
    int j = programme.funding().size();
    return done(Corruption.Kind.CURRENCY_MISMATCH, p, withProgramme(p, i, broken),
        new Expected(Rule.PROGRAMME_CURRENCY, Pointer.of("programmes", i, "funding", j, "amount")));
  }

  private static Optional<Currency> firstCurrency(Programme programme) {
    if (programme.budget().isPresent()) {
      return programme.budget().map(Money::currency);
    }
    return programme.funding().stream()
        .flatMap(f -> f.amount().stream())
        .map(Money::currency)
        .findFirst();
  }

  // Gives the root ancestor of an organisation that organisation as parent: a cycle through its whole chain. A
  // cycle is reported once, at the parent of its member that comes first in the document.
  private static Optional<Corruption> closeParentCycle(Portfolio p, RandomnessSource in) {
    List<Integer> candidates = IntStream.range(0, p.organisations().size())
        .filter(i -> p.organisations().get(i).parent().isPresent())
        .boxed()
        .collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Map<OrganisationId, Integer> index = new HashMap<>();
    for (int i = 0; i < p.organisations().size(); i++) {
      index.put(p.organisations().get(i).id(), i);
    }
    int start = Generate.pick(candidates).generate(in);
    List<Integer> chain = new ArrayList<>();
    int current = start;
    chain.add(current);
    while (p.organisations().get(current).parent().isPresent()) {
      current = index.get(p.organisations().get(current).parent().get());
      chain.add(current);
    }
    Organisation root = p.organisations().get(current);
    Organisation broken = Organisation.builder().from(root).parent(p.organisations().get(start).id()).build();
    int first = Collections.min(chain);
    return done(Corruption.Kind.ORGANISATION_PARENT_CYCLE, p, withOrganisation(p, current, broken),
        new Expected(Rule.ORGANISATION_PARENT_CYCLE, Pointer.of("organisations", first, "parent")));
  }

  // Makes a programme's parent name the programme as its parent too. The pair is reported once, at the parent
  // relations of the programme that comes first in the document.
  private static Optional<Corruption> nameChildAsParent(Portfolio p, RandomnessSource in) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < p.programmes().size(); i++) {
      List<ProgrammeRelation> relations = p.programmes().get(i).relatedProgrammes();
      for (int j = 0; j < relations.size(); j++) {
        if (relations.get(j).kind() == RelationKind.PARENT) {
          candidates.add(new int[] {i, j});
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] pick = Generate.pick(candidates).generate(in);
    int child = pick[0];
    Programme childProgramme = p.programmes().get(child);
    ProgrammeId parentId = childProgramme.relatedProgrammes().get(pick[1]).programme();
    int parent = IntStream.range(0, p.programmes().size())
        .filter(i -> p.programmes().get(i).id().equals(parentId))
        .findFirst()
        .orElseThrow();
    Programme parentProgramme = p.programmes().get(parent);
    Programme broken = Programme.builder().from(parentProgramme)
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, childProgramme.id()))
        .build();
    Portfolio corrupted = withProgramme(p, parent, broken);
    int first = Math.min(child, parent);
    ProgrammeId other = first == child ? parentId : childProgramme.id();
    List<ProgrammeRelation> relations = corrupted.programmes().get(first).relatedProgrammes();
    List<Expected> expected = new ArrayList<>();
    for (int j = 0; j < relations.size(); j++) {
      if (relations.get(j).kind() == RelationKind.PARENT && relations.get(j).programme().equals(other)) {
        expected.add(new Expected(Rule.PROGRAMME_RELATION_CONSISTENT,
            Pointer.of("programmes", first, "relatedProgrammes", j, "programme")));
      }
    }
    return Optional.of(new Corruption(Corruption.Kind.PROGRAMME_MUTUAL_PARENT, p, corrupted, expected));
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  private static Optional<Corruption> done(Corruption.Kind kind, Portfolio valid, Portfolio corrupted, Expected e) {
    return Optional.of(new Corruption(kind, valid, corrupted, List.of(e)));
  }

  private static int indexIn(List<?> items, RandomnessSource in) {
    return integers().between(0, items.size() - 1).generate(in);
  }

  // Replaces a random element (given to the function) or, sometimes or when the list is empty, appends one (the
  // function gets null); returns the index of the new element.
  private static <T> int replaceOrAppend(List<T> list, RandomnessSource in, Function<T, T> make) {
    if (list.isEmpty() || integers().between(0, 3).generate(in) == 0) {
      list.add(make.apply(null));
      return list.size() - 1;
    }
    int j = indexIn(list, in);
    list.set(j, make.apply(list.get(j)));
    return j;
  }

  private static Portfolio withOrganisation(Portfolio p, int i, Organisation o) {
    List<Organisation> list = new ArrayList<>(p.organisations());
    list.set(i, o);
    return Portfolio.builder().from(p).organisations(list).build();
  }

  private static Portfolio withProgramme(Portfolio p, int i, Programme programme) {
    List<Programme> list = new ArrayList<>(p.programmes());
    list.set(i, programme);
    return Portfolio.builder().from(p).programmes(list).build();
  }
}
