package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.RuleViolationException;

/**
 * Fuzz target of every text parser of the core on arbitrary strings: each refuses with its documented exception
 * and rules only, and whatever it accepts prints back to the very same text (money: to its one normal text).
 */
class ParsersFuzzTest {
  /**
   * A parser, the rules it may refuse with, and whether it normalises: money is documented to normalise its amount
   * to the currency's minor unit ({@code USD 5} is {@code USD 5.00}), so that equal amounts have one text, and dates
   * read EDTF's quarters ({@code 2007-33}) that they print as {@code 2007-Q1}; for these the printed text is
   * canonical (it parses back to the same value and prints the same again) rather than the input.
   */
  private record Parser(String name, Function<String, Object> parse, Set<String> rules, boolean normalises) {
    Parser(String name, Function<String, Object> parse, Set<String> rules) {
      this(name, parse, rules, false);
    }
  }

  private static final Set<String> DATE_RULES = Set.of("date.syntax", "date.unspecified", "date.grouping", "date.time");
  private static final Set<String> RANGE_RULES = Set.of("date-range.syntax", "date-range.start",
      "date-range.unknown-end", "date-range.order", "date.syntax", "date.unspecified", "date.grouping", "date.time");

  private static final List<Parser> PARSERS = List.of(
      new Parser("partial date", PartialDate::parse, DATE_RULES, true),
      new Parser("date range", DateRange::parse, RANGE_RULES, true),
      new Parser("cluster id", ClusterId::parse, Set.of("id.syntax")),
      new Parser("organisation id", OrganisationId::parse, Set.of("id.syntax")),
      new Parser("money", Money::parse, Set.of("money.syntax", "money.currency"), true),
      new Parser("country", CountryCode::parse, Set.of("place.country")),
      new Parser("subdivision", SubdivisionCode::parse, Set.of("place.subdivision")),
      new Parser("isic", IsicCode::parse, Set.of("sector.isic")));

  /**
   * The last byte of the input picks the parser (0 to 7; 8 is the point factory, fed two doubles), the rest is the
   * text. Seeds: one file per parser and form under {@code ParsersFuzzTestInputs/}.
   */
  @FuzzTest(maxDuration = "10m")
  void parse(FuzzedDataProvider data) {
    int which = data.consumeInt(0, PARSERS.size());
    if (which == PARSERS.size()) {
      point(data.consumeDouble(), data.consumeDouble());
      return;
    }
    Parser parser = PARSERS.get(which);
    String text = data.consumeRemainingAsString();
    Object value;
    try {
      value = parser.parse().apply(text);
    } catch (RuleViolationException e) {
      assertThat(parser.rules()).as("rule of %s refusing \"%s\"", parser.name(), text).contains(e.ruleId());
      assertThat(e.violation().path()).isEmpty();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    String printed = value.toString();
    if (!parser.normalises()) {
      assertThat(printed).as("%s printed back", parser.name()).isEqualTo(text);
    }
    if (value instanceof PartialDate date) {
      // A date is read in either syntax and prints back in one of them.
      assertThat(List.of(printed, date.toEdtf())).as("partial date printed back").contains(text);
    }
    Object again = parser.parse().apply(printed);
    assertThat(again).as("%s parsed from its own text", parser.name()).isEqualTo(value);
    assertThat(again.toString()).as("%s printed again", parser.name()).isEqualTo(printed);
  }

  private static void point(double latitude, double longitude) {
    GeoPoint p;
    try {
      p = GeoPoint.of(latitude, longitude);
    } catch (RuleViolationException e) {
      assertThat(e.ruleId()).isEqualTo("place.point");
      return;
    }
    if (!(Math.abs(p.latitude()) <= 90 && Math.abs(p.longitude()) <= 180)) {
      fail("Accepted an out-of-range point " + latitude + ", " + longitude);
    }
    assertThat(GeoPoint.of(p.latitude(), p.longitude())).isEqualTo(p);
  }
}
