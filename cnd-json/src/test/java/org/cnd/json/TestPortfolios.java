package org.cnd.json;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.testing.ValueGen;
import org.cnd.core.actor.IatiOrganisationId;
import org.cnd.core.actor.IatiOrganisationType;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.IatiActivityId;
import org.cnd.core.programme.LanguageCode;
import org.cnd.core.programme.Transaction;
import org.cnd.core.programme.TransactionKind;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of arbitrary valid portfolios for the JSON format's properties, touching every property of every
 * object type, with awkward text (quotes, backslashes, control characters, non-ASCII, surrogate pairs).
 *
 * <p>Stands in for {@code org.cnd.core.testing.PortfolioGen} until that generator is merged; the property tests
 * reach it through one method each, so that swapping is a one-line change.
 */
final class TestPortfolios {
  private TestPortfolios() {}

  private static final List<String> COUNTRIES = List.of("PK", "IN", "US", "DE", "FR", "BR", "JP", "KE");
  private static final List<String> IATI_AGENCIES = List.of("XM-DAC", "GB-COH", "CA_BC-BRC", "XI-IATI");
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ur", "ar");
  private static final List<String> CURRENCIES = List.of("USD", "PKR", "EUR", "JPY", "KWD", "CHF");
  private static final String TEXT_CHARS =
      "abcXYZ 019-_/\\\"'\n\t\r\u0001\u001f\u007f<>&é—ünïcödé\u2028\u00a0\ud83d\ude00{}[]:,";

  /** Arbitrary valid portfolios of up to a few entities per collection. */
  static Gen<Portfolio> portfolios() {
    return rs -> {
      Portfolio.Builder b = Portfolio.builder();
      int organisations = integer(rs, 0, 4);
      for (int i = 0; i < organisations; i++) {
        b.addOrganisations(organisation(rs, i));
      }
      int people = integer(rs, 0, 3);
      for (int i = 0; i < people; i++) {
        b.addPeople(person(rs, i));
      }
      int clusters = integer(rs, 0, 4);
      for (int i = 0; i < clusters; i++) {
        b.addClusters(cluster(rs, i));
      }
      int programmes = integer(rs, 0, 3);
      for (int i = 0; i < programmes; i++) {
        b.addProgrammes(programme(rs, i));
      }
      return b.build();
    };
  }

  static Organisation organisation(RandomnessSource rs, int index) {
    OrganisationId id = OrganisationId.of("org-" + index);
    Organisation.Builder b = Organisation.builder()
        .id(id)
        .name(text(rs))
        .kind(pick(rs, OrganisationKind.values()));
    maybe(rs, () -> b.acronym(text(rs)));
    maybe(rs, () -> b.country(CountryCode.of(pick(rs, COUNTRIES))));
    int former = integer(rs, 0, 2);
    for (int i = 0; i < former; i++) {
      FormerName.Builder f = FormerName.builder().name(text(rs));
      maybe(rs, () -> f.acronym(text(rs)));
      maybe(rs, () -> f.until(date(rs)));
      b.addFormerNames(f.build());
    }
    if (flip(rs) && index > 0) {
      b.parent(OrganisationId.of("org-" + integer(rs, 0, index - 1)));
    }
    maybe(rs, () -> b.iatiIdentifier(IatiOrganisationId.of(pick(rs, IATI_AGENCIES) + "-" + integer(rs, 1, 99999))));
    maybe(rs, () -> b.iatiType(pick(rs, IatiOrganisationType.values())));
    return b.build();
  }

  static Person person(RandomnessSource rs, int index) {
    Person.Builder b = Person.builder().id(PersonId.of("person-" + index)).name(text(rs));
    maybe(rs, () -> b.affiliation(OrganisationId.of("org-" + integer(rs, 0, 5))));
    return b.build();
  }

  static Cluster cluster(RandomnessSource rs, int index) {
    Sector.Builder sector = Sector.builder().name(text(rs));
    maybe(rs, () -> sector.isic(IsicCode.of(flip(rs) ? String.valueOf((char) ('A' + integer(rs, 0, 20)))
        : String.valueOf(integer(rs, 10, 9999)))));
    Cluster.Builder b = Cluster.builder()
        .id(ClusterId.of("cluster-" + index))
        .name(text(rs))
        .sector(sector.build())
        .place(place(rs));
    maybe(rs, () -> b.kind(pick(rs, ClusterKind.values())));
    maybe(rs, () -> b.profile(profile(rs)));
    maybe(rs, () -> b.description(text(rs)));
    return b.build();
  }

  static Place place(RandomnessSource rs) {
    String country = pick(rs, COUNTRIES);
    Place.Builder b = Place.builder().country(CountryCode.of(country));
    maybe(rs, () -> b.subdivision(SubdivisionCode.of(country + "-" + code(rs, integer(rs, 1, 3)))));
    int localities = integer(rs, 0, 2);
    for (int i = 0; i < localities; i++) {
      b.addLocalities(text(rs));
    }
    if (localities > 0) {
      maybe(rs, () -> b.area(text(rs)));
    }
    maybe(rs, () -> b.point(GeoPoint.of(doubles().between(-90, 90).generate(rs),
        doubles().between(-180, 180).generate(rs))));
    return b.build();
  }

  static ProfileFigures profile(RandomnessSource rs) {
    ProfileFigures.Builder b = ProfileFigures.builder().asOf(date(rs));
    maybe(rs, () -> b.enterprises(count(rs)));
    maybe(rs, () -> b.employment(count(rs)));
    maybe(rs, () -> b.annualOutput(money(rs)));
    maybe(rs, () -> b.exports(money(rs)));
    return b.build();
  }

  static Programme programme(RandomnessSource rs, int index) {
    ProgrammeId id = ProgrammeId.of("programme-" + index);
    Programme.Builder b = Programme.builder().id(id).title(text(rs));
    maybe(rs, () -> b.code(text(rs)));
    maybe(rs, () -> b.period(range(rs)));
    int changes = integer(rs, 0, 3);
    for (int i = 0; i < changes; i++) {
      StatusChange.Builder c = StatusChange.builder().status(pick(rs, ProgrammeStatus.values())).date(date(rs));
      maybe(rs, () -> c.note(text(rs)));
      b.addStatusHistory(c.build());
    }
    int participants = integer(rs, 0, 3);
    for (int i = 0; i < participants; i++) {
      Participation.Builder p = Participation.builder()
          .organisation(OrganisationId.of("org-" + integer(rs, 0, 5)))
          .role(pick(rs, ParticipationRole.values()));
      maybe(rs, () -> p.note(text(rs)));
      b.addParticipants(p.build());
    }
    maybe(rs, () -> b.budget(money(rs)));
    int funding = integer(rs, 0, 3);
    for (int i = 0; i < funding; i++) {
      FundingCommitment.Builder f = FundingCommitment.builder()
          .funder(OrganisationId.of("org-" + integer(rs, 0, 5)))
          .kind(pick(rs, FundingKind.values()));
      maybe(rs, () -> f.amount(money(rs)));
      maybe(rs, () -> f.date(date(rs)));
      maybe(rs, () -> f.note(text(rs)));
      b.addFunding(f.build());
    }
    int targets = integer(rs, 0, 3);
    for (int i = 0; i < targets; i++) {
      b.addTargetClusters(ClusterId.of("cluster-" + i));
    }
    maybe(rs, () -> b.targetDescription(text(rs)));
    int related = integer(rs, 0, 2);
    for (int i = 0; i < related; i++) {
      b.addRelatedProgrammes(ProgrammeRelation.of(pick(rs, RelationKind.values()),
          ProgrammeId.of("other-programme-" + integer(rs, 0, 9))));
    }
    maybe(rs, () -> b.description(text(rs)));
    maybe(rs, () -> b.iatiIdentifier(IatiActivityId.of("XM-DAC-41123-" + integer(rs, 0, 9999))));
    maybe(rs, () -> b.plannedPeriod(range(rs)));
    int purposes = integer(rs, 0, 2);
    for (int i = 0; i < purposes; i++) {
      String code = String.valueOf(32130 + i * 10);
      b.addPurposes(purposes == 1 && flip(rs) ? DacPurpose.of(code)
          : DacPurpose.of(code, BigDecimal.valueOf(integer(rs, 1, 10000), 2)));
    }
    int transactions = integer(rs, 0, 2);
    for (int i = 0; i < transactions; i++) {
      Money value = money(rs);
      Transaction.Builder t = Transaction.builder()
          .kind(pick(rs, TransactionKind.values()))
          .date(date(rs))
          .value(flip(rs) ? Money.of(value.amount().negate(), value.currency()) : value);
      maybe(rs, () -> t.provider(OrganisationId.of("org-" + integer(rs, 0, 5))));
      maybe(rs, () -> t.receiver(OrganisationId.of("org-" + integer(rs, 0, 5))));
      maybe(rs, () -> t.note(text(rs)));
      b.addTransactions(t.build());
    }
    maybe(rs, () -> b.language(LanguageCode.of(pick(rs, LANGUAGES))));
    return b.build();
  }

  static Money money(RandomnessSource rs) {
    long unscaled = longs().between(0, 999_999_999_999L).generate(rs);
    int scale = integer(rs, 0, 4);
    return Money.of(new BigDecimal(BigInteger.valueOf(unscaled), scale), pick(rs, CURRENCIES));
  }

  static DateRange range(RandomnessSource rs) {
    PartialDate start = date(rs);
    if (flip(rs)) {
      return DateRange.from(start);
    }
    PartialDate end = date(rs);
    return start.isCertainlyAfter(end) ? DateRange.of(end, start) : DateRange.of(start, end);
  }

  static PartialDate date(RandomnessSource rs) {
    return ValueGen.partialDatesWithQualifiers().generate(rs);
  }

  /** Non-blank text: a letter, then anything from an awkward alphabet. */
  static String text(RandomnessSource rs) {
    int length = integer(rs, 0, 12);
    StringBuilder out = new StringBuilder().append((char) ('a' + integer(rs, 0, 25)));
    for (int i = 0; i < length; i++) {
      int at = integer(rs, 0, TEXT_CHARS.length() - 1);
      char c = TEXT_CHARS.charAt(at);
      if (Character.isHighSurrogate(c)) {
        out.append(c).append(TEXT_CHARS.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String code(RandomnessSource rs, int length) {
    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(chars.charAt(integer(rs, 0, chars.length() - 1)));
    }
    return out.toString();
  }

  private static long count(RandomnessSource rs) {
    return flip(rs) ? longs().between(0, 1000).generate(rs) : longs().between(0, Long.MAX_VALUE).generate(rs);
  }

  static int integer(RandomnessSource rs, int min, int max) {
    return integers().between(min, max).generate(rs);
  }

  static boolean flip(RandomnessSource rs) {
    return Generate.booleans().generate(rs);
  }

  static void maybe(RandomnessSource rs, Runnable action) {
    if (flip(rs)) {
      action.run();
    }
  }

  static <T> T pick(RandomnessSource rs, T[] values) {
    return values[integer(rs, 0, values.length - 1)];
  }

  static <T> T pick(RandomnessSource rs, List<T> values) {
    return values.get(integer(rs, 0, values.size() - 1));
  }
}
