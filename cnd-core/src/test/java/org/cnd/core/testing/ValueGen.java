package org.cnd.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the core's small values: every value they produce is valid, so that a test can build
 * on it without catching exceptions. Published in the test-jar for the other modules' tests.
 */
public final class ValueGen {
  private ValueGen() {}

  /** Currencies of every minor unit: none (JPY), two (USD, PKR, EUR, GBP, INR, CHF) and three (KWD). */
  public static final ImmutableList<String> CURRENCY_CODES =
      ImmutableList.of("USD", "PKR", "EUR", "GBP", "INR", "CHF", "JPY", "KWD");

  private static final ImmutableList<String> COUNTRY_CODES =
      ImmutableList.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).stream()
          .sorted()
          .collect(ImmutableList.toImmutableList());

  // --- time -------------------------------------------------------------------------------------------------

  /**
   * Partial dates of every precision between 1990 and 2030, without qualifiers: the dates format version 1's JSON
   * carries today. {@link #partialDatesWithQualifiers()} adds qualified ones.
   */
  public static Gen<PartialDate> partialDates() {
    Gen<Integer> years = integers().between(1990, 2030);
    Gen<PartialDate> ofYear = years.map(PartialDate::ofYear);
    Gen<PartialDate> ofQuarter = years.zip(integers().between(1, 4), PartialDate::ofQuarter);
    Gen<PartialDate> ofMonth = years.zip(integers().between(1, 12), PartialDate::ofMonth);
    Gen<PartialDate> ofDay = days().map(PartialDate::of);
    return ofYear.mix(ofQuarter).mix(ofMonth).mix(ofDay);
  }

  /** The three qualifiers. */
  public static Gen<Qualifier> qualifiers() {
    return Generate.enumValues(Qualifier.class);
  }

  /** Partial dates of every precision between 1990 and 2030, each with a qualifier. */
  public static Gen<PartialDate> qualifiedDates() {
    return partialDates().zip(qualifiers(), PartialDate::withQualifier);
  }

  /** Partial dates of every precision between 1990 and 2030, a third of them qualified. */
  public static Gen<PartialDate> partialDatesWithQualifiers() {
    return partialDates().mix(qualifiedDates(), 33);
  }

  /** Date ranges, closed and open, whose ends may be qualified and whose start is never certainly after the end. */
  public static Gen<DateRange> dateRangesWithQualifiers() {
    return rangesOf(partialDatesWithQualifiers());
  }

  /** Days between 1990 and 2030. */
  public static Gen<LocalDate> days() {
    return integers().between(0, 40 * 366).map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
  }

  /** Partial dates of day precision between 1990 and 2030. */
  public static Gen<PartialDate> dayDates() {
    return days().map(PartialDate::of);
  }

  /** Date ranges, closed and open, whose start is never certainly after their end. */
  public static Gen<DateRange> dateRanges() {
    return rangesOf(partialDates());
  }

  /** Date ranges whose ends are days, closed and open. */
  public static Gen<DateRange> dayRanges() {
    return rangesOf(dayDates());
  }

  private static Gen<DateRange> rangesOf(Gen<PartialDate> dates) {
    Gen<DateRange> closed = dates.zip(dates, (a, b) -> a.isCertainlyAfter(b) ? DateRange.of(b, a) : DateRange.of(a, b));
    Gen<DateRange> open = dates.map(DateRange::from);
    return closed.mix(open, 25);
  }

  // --- money ------------------------------------------------------------------------------------------------

  /** Currencies from {@link #CURRENCY_CODES}. */
  public static Gen<Currency> currencies() {
    return Generate.pick(CURRENCY_CODES).map(Currency::getInstance);
  }

  /** Exact decimal amounts of up to 18 digits, with 0 to 4 decimal places, small ones often. */
  public static Gen<BigDecimal> amounts() {
    Gen<Long> unscaled = longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
        .mix(longs().between(-100_000L, 100_000_000L), 50);
    return unscaled.zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  /** Amounts of zero or more. */
  public static Gen<BigDecimal> nonNegativeAmounts() {
    return amounts().map(a -> a.abs());
  }

  /** Money of either sign in every currency of {@link #currencies()}. */
  public static Gen<Money> money() {
    return amounts().zip(currencies(), Money::of);
  }

  /** Money of zero or more in the given currency. */
  public static Gen<Money> nonNegativeMoney(Currency currency) {
    return nonNegativeAmounts().map((BigDecimal a) -> Money.of(a, currency));
  }

  // --- places and sectors -----------------------------------------------------------------------------------

  /** Every assigned ISO 3166-1 alpha-2 country. */
  public static Gen<CountryCode> countryCodes() {
    return Generate.pick(COUNTRY_CODES).map(CountryCode::of);
  }

  /** Well-formed ISO 3166-2 subdivision codes of the country: the country, a hyphen and 1 to 3 letters or digits. */
  public static Gen<SubdivisionCode> subdivisionCodes(CountryCode country) {
    Gen<String> alphabet = Generate.pick(List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("")));
    return lists().of(alphabet).ofSizeBetween(1, 3).map(l -> SubdivisionCode.of(country + "-" + String.join("", l)));
  }

  /** Well-formed ISO 3166-2 subdivision codes of any country. */
  public static Gen<SubdivisionCode> subdivisionCodes() {
    return countryCodes().flatMap(ValueGen::subdivisionCodes);
  }

  /** Points with latitude in [-90, 90] and longitude in [-180, 180], the bounds included. */
  public static Gen<GeoPoint> geoPoints() {
    Gen<Double> latitudes = doubles().between(-90, 90).mix(Generate.pick(List.of(-90.0, 90.0, 0.0, -0.0)), 10);
    Gen<Double> longitudes = doubles().between(-180, 180).mix(Generate.pick(List.of(-180.0, 180.0, 0.0)), 10);
    return latitudes.zip(longitudes, GeoPoint::of);
  }

  /** Text with at least one character that is not white space: names, titles, notes. */
  public static Gen<String> texts() {
    Gen<String> plain = strings().basicLatinAlphabet().ofLengthBetween(0, 20)
        .zip(strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 1), (s, c) -> c + s);
    // Accented Latin and Arabic script (Urdu), as Pakistani names are written; no lone surrogates, so that the
    // text survives any UTF encoding.
    Gen<String> latin = strings().betweenCodePoints(0x00C0, 0x024F).ofLengthBetween(1, 12);
    Gen<String> arabic = strings().betweenCodePoints(0x0621, 0x064A).ofLengthBetween(1, 12);
    return plain.mix(latin.mix(arabic), 20);
  }

  /** Places: a country, perhaps a subdivision of it, localities, an area only with a locality, perhaps a point. */
  public static Gen<Place> places() {
    return in -> {
      CountryCode country = countryCodes().generate(in);
      Place.Builder place = Place.builder().country(country);
      if (Generate.booleans().generate(in)) {
        place.subdivision(subdivisionCodes(country).generate(in));
      }
      List<String> localities = lists().of(texts()).ofSizeBetween(0, 3).generate(in);
      place.addAllLocalities(localities);
      if (!localities.isEmpty() && Generate.booleans().generate(in)) {
        place.area(texts().generate(in));
      }
      if (Generate.booleans().generate(in)) {
        place.point(geoPoints().generate(in));
      }
      return place.build();
    };
  }

  /** ISIC Rev.4 codes of every form: section letters A-U, divisions, groups and classes. */
  public static Gen<IsicCode> isicCodes() {
    Gen<IsicCode> sections = integers().between('A', 'U').map(c -> IsicCode.of(String.valueOf((char) c.intValue())));
    Gen<IsicCode> digits = integers().between(2, 4).zip(integers().between(0, 9999),
        (width, n) -> IsicCode.of(String.format("%04d", n).substring(4 - width)));
    return sections.mix(digits, 70);
  }

  /** Sectors with a name and, often, an ISIC code. */
  public static Gen<Sector> sectors() {
    return texts().zip(isicCodes().toOptionals(70), (name, isic) -> Sector.builder().name(name).isic(isic).build());
  }

  // --- identifiers ------------------------------------------------------------------------------------------

  /** Texts of well-formed identifiers: 1 to 64 lower-case letters, digits and hyphens. */
  public static Gen<String> idTexts() {
    Gen<String> alphabet = Generate.pick(List.of("abcdefghijklmnopqrstuvwxyz0123456789-".split("")));
    Gen<String> shortIds = lists().of(alphabet).ofSizeBetween(1, 12).map(l -> String.join("", l));
    Gen<String> longIds = lists().of(alphabet).ofSizeBetween(1, 64).map(l -> String.join("", l));
    return shortIds.mix(longIds, 20);
  }

  /** Identifiers of one kind, such as {@code ids(ClusterId::of)}. */
  public static <T extends Identifier> Gen<T> ids(Function<String, T> of) {
    return idTexts().map(of::apply);
  }

  /** Organisation identifiers. */
  public static Gen<OrganisationId> organisationIds() {
    return ids(OrganisationId::of);
  }

  /** Person identifiers. */
  public static Gen<PersonId> personIds() {
    return ids(PersonId::of);
  }

  /** Cluster identifiers. */
  public static Gen<ClusterId> clusterIds() {
    return ids(ClusterId::of);
  }

  /** Programme identifiers. */
  public static Gen<ProgrammeId> programmeIds() {
    return ids(ProgrammeId::of);
  }
}
