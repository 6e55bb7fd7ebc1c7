package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import org.cnd.core.EntityKind;
import org.cnd.core.actor.IatiOrganisationId;
import org.cnd.core.collaboration.Report;
import org.cnd.core.id.Identifier;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.IatiActivityId;
import org.cnd.core.programme.LanguageCode;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.DateSyntax;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.json.FormatRule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The codecs of the core's values: text, numbers, identifiers, time, money and places. */
public final class ValueCodecs {
  private ValueCodecs() {}

  // --- text and numbers -------------------------------------------------------------------------------------

  /** Plain text: names, titles, notes. */
  public static final TextCodec<String> TEXT = TextCodec.text().withRules(Rule.TEXT_BLANK);

  /** A whole number: counts of enterprises and employment. */
  public static final Codec<Long> INTEGER = new IntegerCodec();

  /** A whole number that fits in 32 bits: an action plan's version. */
  public static final Codec<Integer> INT = new IntCodec();

  /** {@code true} or {@code false}; described inline beside each property. */
  public static final Codec<Boolean> BOOLEAN = new BooleanCodec();

  /** An exact decimal number: the number of an indicator value. */
  public static final Codec<BigDecimal> DECIMAL = new DecimalCodec();

  /** A number of degrees: latitude and longitude. */
  public static final Codec<Double> DEGREES = new DegreesCodec();

  /** A money amount: a decimal string (a plain JSON number is accepted on read). */
  public static final Codec<BigDecimal> AMOUNT = new AmountCodec();

  // --- identifiers ------------------------------------------------------------------------------------------
  // Each identifier's codec is beside its entity's, in the entity's area: id(EntityKind, of) for a kind's, id(type,
  // entity, within, of) for one unique within an entity.

  // --- IATI and the web --------------------------------------------------------------------------------------

  /** An IATI organisation identifier: {@code XM-DAC-41123}. */
  public static final TextCodec<IatiOrganisationId> IATI_ORGANISATION_ID = TextCodec.of(IatiOrganisationId.class,
      "IATI organisation identifier", "an IATI organisation identifier such as XM-DAC-41123", IatiOrganisationId::of,
      IatiOrganisationId::toString).withRules(Rule.IATI_ORGANISATION_IDENTIFIER);

  /** An IATI activity identifier: {@code XM-DAC-41123-US-PAK-01-099}. */
  public static final TextCodec<IatiActivityId> IATI_ACTIVITY_ID = TextCodec.of(IatiActivityId.class,
      "IATI activity identifier", "an IATI activity identifier such as XM-DAC-41123-US-PAK-01-099",
      IatiActivityId::of, IatiActivityId::toString).withRules(Rule.PROGRAMME_IATI_IDENTIFIER);

  /** An ISO 639-1 language code: {@code en}. */
  public static final TextCodec<LanguageCode> LANGUAGE = TextCodec.of(LanguageCode.class, "language code",
      "an ISO 639-1 language code such as en", LanguageCode::of, LanguageCode::code)
      .withRules(Rule.PROGRAMME_LANGUAGE);

  /** An absolute http or https URL. */
  public static final TextCodec<URI> URL = TextCodec.of(URI.class, "URL",
      "an absolute http or https URL such as https://www.unido.org/publications", Report::parseUrl, URI::toString)
      .withRules(Rule.REPORT_URL);

  // --- time -------------------------------------------------------------------------------------------------

  /**
   * A partial date: {@code 2004}, {@code 2007-Q1}, {@code 2004-08}, {@code 2005-10-08}, perhaps qualified
   * ({@code 2001-06~}); written in the writer's {@link DateSyntax}, read in either.
   */
  public static final TextCodec<PartialDate> PARTIAL_DATE = TextCodec.of(PartialDate.class, "partial date",
      "a partial date: " + PartialDate.ACCEPTED_FORMS, PartialDate::parse, PartialDate::toString)
      .writingChars(11, (d, options, into) -> dateChars(d, options.dateSyntax(), into, 0))
      .withRules(Rule.DATE_SYNTAX, Rule.DATE_UNSPECIFIED, Rule.DATE_GROUPING, Rule.DATE_TIME);

  /** A date range: {@code 2005-05/2005-06} or {@code 2001/..}, its ends written as partial dates are. */
  public static final TextCodec<DateRange> DATE_RANGE = TextCodec.of(DateRange.class, "date range",
      "a date range: " + DateRange.ACCEPTED_FORMS, DateRange::parse, DateRange::toString)
      .writingChars(23, (r, options, into) -> rangeChars(r, options.dateSyntax(), into))
      .withRules(Rule.DATE_RANGE_SYNTAX, Rule.DATE_RANGE_ORDER, Rule.DATE_RANGE_START, Rule.DATE_RANGE_UNKNOWN_END,
          Rule.DATE_SYNTAX, Rule.DATE_UNSPECIFIED, Rule.DATE_GROUPING, Rule.DATE_TIME);

  // The text forms of PartialDate.format and DateRange.format, written into characters: dates are among the
  // values written most, and building their Strings showed in the profile of writing. Years have four digits. The
  // digits are the stated date's: a qualified date's earliest day is widened.
  static int dateChars(PartialDate date, DateSyntax syntax, char[] into, int at) {
    java.time.LocalDate day = date.isQualified() ? date.withoutQualifier().earliest() : date.earliest();
    int year = day.getYear();
    into[at] = (char) ('0' + year / 1000);
    into[at + 1] = (char) ('0' + year / 100 % 10);
    into[at + 2] = (char) ('0' + year / 10 % 10);
    into[at + 3] = (char) ('0' + year % 10);
    int end;
    switch (date.precision()) {
      case YEAR:
        end = at + 4;
        break;
      case QUARTER:
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        into[at + 4] = '-';
        if (syntax == DateSyntax.EDTF) {
          // ISO 8601-2's sub-year groupings: 33 is the first quarter.
          into[at + 5] = '3';
          into[at + 6] = (char) ('2' + quarter);
        } else {
          into[at + 5] = 'Q';
          into[at + 6] = (char) ('0' + quarter);
        }
        end = at + 7;
        break;
      case MONTH:
        end = twoDigits(day.getMonthValue(), into, at + 4);
        break;
      default:
        end = twoDigits(day.getDayOfMonth(), into, twoDigits(day.getMonthValue(), into, at + 4));
    }
    if (date.isQualified()) {
      into[end++] = date.qualifier().get().symbol();
    }
    return end;
  }

  private static int twoDigits(int value, char[] into, int at) {
    into[at] = '-';
    into[at + 1] = (char) ('0' + value / 10);
    into[at + 2] = (char) ('0' + value % 10);
    return at + 3;
  }

  static int rangeChars(DateRange range, DateSyntax syntax, char[] into) {
    int at = dateChars(range.start(), syntax, into, 0);
    into[at++] = '/';
    if (range.end().isEmpty()) {
      into[at] = '.';
      into[at + 1] = '.';
      return at + 2;
    }
    return dateChars(range.end().get(), syntax, into, at);
  }

  // --- money ------------------------------------------------------------------------------------------------

  /** An ISO 4217 currency code. */
  public static final TextCodec<Currency> CURRENCY = TextCodec.of(Currency.class, "ISO 4217 code",
      "an ISO 4217 currency code such as USD", Money::currency, Currency::getCurrencyCode)
      .withRules(Rule.MONEY_CURRENCY);

  /** Money: {@code {"amount": "235000.00", "currency": "USD"}}, never negative. */
  public static final ObjectCodec<Money, MoneyDraft> MONEY = money(
      "An exact decimal amount in an ISO 4217 currency.", "235000.00")
      .rules(Rule.MONEY_NEGATIVE)
      .build();

  /**
   * Money that may be negative, such as a transaction that corrects an earlier one: the same object as {@link #MONEY},
   * under its own name in the schema, where every other amount is 0 or more.
   */
  public static final ObjectCodec<Money, MoneyDraft> SIGNED_MONEY = money(
      "An exact decimal amount in an ISO 4217 currency, which may be negative.", "-1500.00")
      .named("SignedMoney")
      .build();

  // The properties of both forms of money, stated once; an example amount of each for FORMAT.md.
  private static ObjectCodec.Definer<Money, MoneyDraft> money(String about, String example) {
    return ObjectCodec.define(Money.class, "money amount", MoneyDraft::new, d -> Money.of(d.amount, d.currency))
        .about(about)
        .required("amount", AMOUNT, Money::amount, (d, v) -> d.amount = v)
        .describe("`\"" + example + "\"`")
        .required("currency", CURRENCY, Money::currency, (d, v) -> d.currency = v)
        .describe("`\"USD\"`");
  }

  // --- places -----------------------------------------------------------------------------------------------

  /** An ISO 3166-1 alpha-2 country code. */
  public static final TextCodec<CountryCode> COUNTRY = TextCodec.of(CountryCode.class, "country code",
      "an ISO 3166-1 alpha-2 country code such as PK", CountryCode::of, CountryCode::code)
      .withRules(Rule.PLACE_COUNTRY);

  /** An ISO 3166-2 subdivision code. */
  public static final TextCodec<SubdivisionCode> SUBDIVISION = TextCodec.of(SubdivisionCode.class,
      "subdivision code", "an ISO 3166-2 subdivision code such as PK-PB", SubdivisionCode::of, SubdivisionCode::code)
      .withRules(Rule.PLACE_SUBDIVISION);

  /** A point: {@code {"latitude": 30.2, "longitude": 71.5}}. */
  public static final ObjectCodec<GeoPoint, PointDraft> GEO_POINT = ObjectCodec.deferred(() ->
      ObjectCodec.define(GeoPoint.class, "point", PointDraft::new, d -> GeoPoint.of(d.latitude, d.longitude))
          .about("A point in WGS 84 degrees.")
          .rules(Rule.PLACE_POINT)
          .required("latitude", DEGREES, GeoPoint::latitude, (d, v) -> d.latitude = v)
          .describe("degrees north (negative south), WGS 84")
          .qualify("within [-90, 90]")
          .required("longitude", DEGREES, GeoPoint::longitude, (d, v) -> d.longitude = v)
          .describe("degrees east (negative west), WGS 84")
          .qualify("within [-180, 180]")
          .build());

  /** A place. */
  public static final ObjectCodec<Place, Place.Builder> PLACE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Place.class, "place", Place::builder, Place.Builder::build)
          .about("Where something is: a country, a subdivision, localities, an area within the first locality, a "
              + "point.")
          .rules(Rule.PLACE_SUBDIVISION_COUNTRY, Rule.PLACE_AREA)
          .required("country", COUNTRY, Place::country, Place.Builder::country)
          .optional("subdivision", SUBDIVISION, Place::subdivision, Place.Builder::subdivision)
          .describe("a subdivision of `country`")
          .list("localities", TEXT, Place::localities, Place.Builder::addAllLocalities)
          .describe("towns, cities or districts, in the record's order")
          .optional("area", TEXT, Place::area, Place.Builder::area)
          .describe("an area within the first locality; only with a locality")
          .optional("point", GEO_POINT, Place::point, Place.Builder::point)
          .describe("a representative point")
          .build());

  /**
   * The codec of an entity's own identifier, its {@code id}: the same form as a reference to it, but not a reference,
   * so not checked by the rule of references to its kind.
   */
  public static <I extends Identifier> TextCodec<I> own(TextCodec<I> id) {
    return id.withOnlyRules(Rule.ID_SYNTAX);
  }

  /** The form of every identifier, for the schema: what {@link Identifier} accepts. */
  static final String ID_PATTERN = "^[a-z0-9-]{1," + Identifier.MAX_LENGTH + "}$";

  /**
   * The codec of the identifiers of an entity kind: their form, checked by {@code id.syntax}; a reference to the kind,
   * checked by the kind's reference rule (an entity's own {@code id} is {@link #own} instead); their schema definition.
   */
  public static <I extends Identifier> TextCodec<I> id(EntityKind<?, I> kind, Function<String, I> of) {
    String noun = kind.noun();
    TextCodec<I> codec = id(kind.idType(), noun.substring(noun.indexOf(' ') + 1), noun, of);
    return kind.referenceRule().map(codec::withRules).orElse(codec);
  }

  /**
   * The codec of identifiers unique within one entity, such as an activity's within its action plan.
   *
   * @param entity what the identifier names, for messages: {@code activity}
   * @param within the same for the schema, with its article and scope: {@code an activity within its action plan}
   */
  public static <I extends Identifier> TextCodec<I> id(Class<I> type, String entity, String within,
      Function<String, I> of) {
    // MapActorId: "map actor identifier", the type's name in words, while messages say "an actor identifier".
    String words = type.getSimpleName().replaceAll("Id$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
    return TextCodec.of(type, words + " identifier",
        ObjectCodec.article(entity) + " identifier: 1 to 64 characters a-z, 0-9 and -", of, Identifier::value)
        .withRules(Rule.ID_SYNTAX)
        .defined(new TextCodec.Definition("The identifier of " + within + ": 1 to " + Identifier.MAX_LENGTH
            + " characters of lower-case letters a-z, digits 0-9 and hyphens.", ID_PATTERN));
  }

  /** The parts of a money amount while it is read. */
  static final class MoneyDraft {
    BigDecimal amount;
    Currency currency;
  }

  /** The parts of a point while it is read. */
  static final class PointDraft {
    double latitude;
    double longitude;
  }

  private static final ImmutableList<CheckedRule> FIGURE_NEGATIVE =
      ImmutableList.of(CheckedRule.of(Rule.FIGURE_NEGATIVE));
  private static final ImmutableList<CheckedRule> MONEY_SYNTAX =
      ImmutableList.of(CheckedRule.of(Rule.MONEY_SYNTAX));

  private static final class IntegerCodec implements Codec<Long> {
    @Override
    public Class<Long> type() {
      return Long.class;
    }

    @Override
    public String schemaName() {
      return "Count";
    }

    @Override
    public ImmutableList<CheckedRule> rules() {
      return FIGURE_NEGATIVE;
    }

    @Override
    public String docType() {
      return "integer, 0 or more";
    }

    @Override
    public String expected() {
      return "an integer";
    }

    @Override
    public void write(JsonGenerator g, Long value) {
      g.writeNumber(value.longValue());
    }

    @Override
    public Long read(JsonParser p, ReadOptions options) {
      Long value = Integers.read(p);
      if (value == null) {
        throw Errors.at(p, FormatRule.TYPE, "Integer out of range: expected an integer from " + Long.MIN_VALUE + " to "
            + Long.MAX_VALUE + ", found " + Errors.found(p));
      }
      return value;
    }
  }

  private static final class BooleanCodec implements Codec<Boolean> {
    @Override
    public Class<Boolean> type() {
      return Boolean.class;
    }

    @Override
    public String docType() {
      return "boolean";
    }

    @Override
    public String expected() {
      return "true or false";
    }

    @Override
    public void write(JsonGenerator g, Boolean value) {
      g.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonParser p, ReadOptions options) {
      if (p.currentToken() == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (p.currentToken() == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw Errors.wrongType(p, expected());
    }
  }

  private static final class IntCodec implements Codec<Integer> {
    @Override
    public Class<Integer> type() {
      return Integer.class;
    }

    @Override
    public String docType() {
      return "integer";
    }

    @Override
    public String expected() {
      return "an integer";
    }

    @Override
    public void write(JsonGenerator g, Integer value) {
      g.writeNumber(value.intValue());
    }

    @Override
    public Integer read(JsonParser p, ReadOptions options) {
      Long value = Integers.read(p);
      if (value == null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw Errors.at(p, FormatRule.TYPE, "Integer out of range: expected an integer from " + Integer.MIN_VALUE
            + " to " + Integer.MAX_VALUE + ", found " + Errors.found(p));
      }
      return value.intValue();
    }
  }

  /**
   * A decimal number kept exactly, scale included: written as {@link BigDecimal#toString()} (plain, or with an
   * exponent such as {@code 1E+3} when that is the number's form), read from the JSON number's text. The core
   * bounds the digits, on the scale and precision alone, so that no number is ever expanded from an exponent.
   */
  private static final class DecimalCodec implements Codec<BigDecimal> {
    @Override
    public Class<BigDecimal> type() {
      return BigDecimal.class;
    }

    @Override
    public String schemaName() {
      return "Decimal";
    }

    @Override
    public String docType() {
      return "decimal number";
    }

    @Override
    public String expected() {
      return "a number";
    }

    @Override
    public void write(JsonGenerator g, BigDecimal value) {
      // BigDecimal's own form is also a JSON number, and new BigDecimal(value.toString()) equals value.
      g.writeNumber(value.toString());
    }

    @Override
    public BigDecimal read(JsonParser p, ReadOptions options) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw Errors.wrongType(p, expected());
      }
      try {
        return new BigDecimal(p.getString());
      } catch (NumberFormatException e) {
        throw Errors.wrongType(p, expected());
      }
    }
  }

  private static final class DegreesCodec implements Codec<Double> {
    @Override
    public Class<Double> type() {
      return Double.class;
    }

    @Override
    public String docType() {
      return "number";
    }

    @Override
    public String expected() {
      return "a number";
    }

    @Override
    public void write(JsonGenerator g, Double value) {
      g.writeNumber(value.doubleValue());
    }

    @Override
    public Double read(JsonParser p, ReadOptions options) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw Errors.wrongType(p, expected());
      }
      return p.getDoubleValue();
    }
  }

  private static final class AmountCodec implements Codec<BigDecimal> {
    @Override
    public Class<BigDecimal> type() {
      return BigDecimal.class;
    }

    @Override
    public String schemaName() {
      return "Amount";
    }

    @Override
    public ImmutableList<CheckedRule> rules() {
      return MONEY_SYNTAX;
    }

    @Override
    public String docType() {
      return "decimal string";
    }

    @Override
    public String expected() {
      return "a string holding a plain decimal number, such as \"235000.00\"";
    }

    @Override
    public void write(JsonGenerator g, BigDecimal value) {
      g.writeString(value.toPlainString());
    }

    @Override
    public BigDecimal read(JsonParser p, ReadOptions options) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw Errors.wrongType(p, expected());
      }
      try {
        // A JSON number is read from its text, never through a double: exact, and bounded by the core's syntax.
        return Money.parseAmount(p.getString());
      } catch (RuleViolationException e) {
        throw Errors.at(e.violation().withPathPrefix(Errors.path(p)), p.currentTokenLocation());
      }
    }
  }
}
