package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The syntax of identifiers, partial dates, amounts, subdivision and ISIC codes is checked by hand (for speed); each
 * check accepts exactly the text its regular expression describes, and refuses the rest with the same message.
 */
class SyntaxCheckTest {
  private static final int EXAMPLES = 5_000;

  /** Text of up to {@code max} characters from the alphabet, and mutations of the seeds (a character replaced). */
  private static Gen<String> texts(String alphabet, int max, String... seeds) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    Gen<String> random = lists().of(Generate.pick(chars)).ofSizeBetween(0, max)
        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> mutated = Generate.pick(List.of(seeds)).zip(integers().between(0, 63), Generate.pick(chars),
        (seed, at, c) -> seed.isEmpty() ? seed
            : seed.substring(0, at % seed.length()) + c + seed.substring(at % seed.length() + 1));
    Gen<String> seed = Generate.pick(List.of(seeds));
    return random.mix(mutated, 40).mix(seed, 10);
  }

  // --- identifiers ------------------------------------------------------------------------------------------

  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

  @Test
  void identifiersAreTheTextTheirPatternMatches() {
    String seed64 = "a".repeat(64);
    qt().withExamples(EXAMPLES)
        .forAll(texts("az09-_A .é", 70, "multan-handloom", seed64, seed64 + "b", "x", ""))
        .checkAssert(text -> {
          boolean matches = ID.matcher(text).matches();
          assertThat(Identifier.isValid(text)).as(text).isEqualTo(matches);
          boolean built;
          try {
            built = OrganisationId.of(text).value().equals(text);
          } catch (RuleViolationException e) {
            built = false;
            assertThat(e.violation().message()).startsWith("Invalid OrganisationId: expected 1 to 64 characters");
          }
          assertThat(built).as(text).isEqualTo(matches);
        });
  }

  // --- partial dates ----------------------------------------------------------------------------------------

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(?:Q(\\d)|(\\d{2})(?:-(\\d{2}))?))?[~?%]?");
  private static final Pattern EDTF_QUARTER = Pattern.compile("\\d{4}-3[3-6][~?%]?");
  // What the refusals name, read in the text without a last qualifier: EDTF's unspecified digits, a time of day, a
  // year of more than four digits or with a sign, a qualifier elsewhere than at the end.
  private static final Pattern UNSPECIFIED = Pattern.compile("(?=.*X)[\\dX]{4}(-[\\dX]{2}(-[\\dX]{2})?)?");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
  private static final Pattern LONG_YEAR = Pattern.compile("(-\\d|Y-?\\d|\\d{5}).*");
  private static final Pattern QUALIFIER = Pattern.compile(".*[~?%].*");

  @Test
  void partialDatesAreTheTextTheirPatternMatches() {
    qt().withExamples(EXAMPLES)
        .forAll(texts("0123456789-Q/ x~?%XTY", 12, "2004", "2007-Q1", "2004-08", "2005-10-08", "0999", "2004-13",
            "2005-02-30", "2007-Q5", "9999-12-31", "1000-Q4", "2001-06~", "2007-33", "2004-XX", "2001-21",
            "2005-10-08T10", "Y20040"))
        .checkAssert(text -> {
          boolean matches = DATE.matcher(text).matches();
          try {
            PartialDate date = PartialDate.parse(text);
            assertThat(matches).as(text + " accepted, expected refused").isTrue();
            assertThat(EDTF_QUARTER.matcher(text).matches() ? date.toEdtf() : date.toString()).isEqualTo(text);
          } catch (RuleViolationException e) {
            String message = e.violation().message();
            String body = text.isEmpty() || "~?%".indexOf(text.charAt(text.length() - 1)) < 0
                ? text : text.substring(0, text.length() - 1);
            String start = "Invalid partial date \"" + quote(text) + "\"";
            assertThat(message).as(text).startsWith(start).endsWith(": expected " + PartialDate.ACCEPTED_FORMS);
            if (matches) {
              // Well-formed but not a date: the message names the field out of range.
              assertThat(message).as(text).startsWith(start + " (");
            } else if (UNSPECIFIED.matcher(body).matches()) {
              assertThat(e.ruleId()).as(text).isEqualTo("date.unspecified");
            } else if (TIME.matcher(body).matches()) {
              assertThat(e.ruleId()).as(text).isEqualTo("date.time");
            } else if (LONG_YEAR.matcher(body).matches()) {
              assertThat(message).as(text).startsWith(start + " (the year must be 1000 to 9999, found ");
            } else if (QUALIFIER.matcher(body).matches()) {
              assertThat(message).as(text).startsWith(start + " (a qualifier");
            } else {
              assertThat(message).as(text).isEqualTo(start + ": expected " + PartialDate.ACCEPTED_FORMS);
            }
            if (!matches && !UNSPECIFIED.matcher(body).matches() && !TIME.matcher(body).matches()) {
              assertThat(e.ruleId()).as(text).isEqualTo("date.syntax");
            }
          }
        });
  }

  private static String quote(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  @Test
  void monthsAreWrittenWithTwoDigits() {
    for (int month = 1; month <= 12; month++) {
      PartialDate date = PartialDate.ofMonth(2004, month);
      assertThat(date.toString()).isEqualTo(String.format("2004-%02d", month));
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }
  }

  // --- amounts ----------------------------------------------------------------------------------------------

  private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

  @Test
  void amountsAreTheTextTheirPatternMatches() {
    String thirty = "123456789012345678901234567890";
    qt().withExamples(EXAMPLES)
        .forAll(texts("0123456789-.+eE ", 70, "235000.00", "-5", thirty, thirty + "1", thirty + "." + thirty,
            "1." + thirty + "9", "0.5", "1e5", ".5", "5.", "--1"))
        .checkAssert(text -> {
          if (AMOUNT.matcher(text).matches()) {
            assertThat(Money.parseAmount(text)).as(text).isEqualTo(new BigDecimal(text));
          } else {
            try {
              BigDecimal found = Money.parseAmount(text);
              throw new AssertionError("\"" + text + "\" accepted as " + found);
            } catch (RuleViolationException e) {
              assertThat(e.violation().message()).as(text).startsWith("Invalid amount \"");
            }
          }
        });
  }

  @Test
  void moneyKeepsItsNormalForm() {
    qt().withExamples(EXAMPLES)
        .forAll(texts("0123456789.", 12, "235000.00", "1.005", "0.00", "100", "0", "7.5"),
            Generate.pick(List.of("USD", "JPY", "BHD", "PKR")))
        .checkAssert((text, currency) -> {
          if (!AMOUNT.matcher(text).matches()) {
            return;
          }
          BigDecimal amount = new BigDecimal(text);
          int minor = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
          BigDecimal stripped = amount.stripTrailingZeros();
          BigDecimal expected = stripped.scale() < minor ? stripped.setScale(minor) : stripped;
          BigDecimal found = Money.of(amount, currency).amount();
          assertThat(found).as(text).isEqualTo(expected);
          assertThat(found.scale()).as(text).isEqualTo(expected.scale());
        });
  }

  // --- places and sectors -----------------------------------------------------------------------------------

  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-([A-Z0-9]{1,3})");

  @Test
  void subdivisionsAreTheTextTheirPatternMatches() {
    qt().withExamples(EXAMPLES)
        .forAll(texts("PKXZ-B09a ", 8, "PK-PB", "PK-JK", "XX-PB", "PK-PBXX", "PK-1", "pk-pb", "PK_PB", "PKPB"))
        .checkAssert(text -> {
          Matcher m = SUBDIVISION.matcher(text);
          boolean valid = m.matches() && CountryCode.isAssigned(m.group(1));
          try {
            SubdivisionCode code = SubdivisionCode.of(text);
            assertThat(valid).as(text + " accepted").isTrue();
            assertThat(code.code()).isEqualTo(text);
            assertThat(code.country()).isEqualTo(CountryCode.of(m.group(1)));
          } catch (RuleViolationException e) {
            assertThat(valid).as(text + " refused: " + e.violation().message()).isFalse();
          }
        });
  }

  private static final Pattern ISIC = Pattern.compile("[A-U]|\\d{2,4}");

  @Test
  void isicCodesAreTheTextTheirPatternMatches() {
    qt().withExamples(EXAMPLES)
        .forAll(texts("ACUVZa0139 ", 6, "C", "U", "V", "13", "1392", "13920", "1"))
        .checkAssert(text -> {
          boolean matches = ISIC.matcher(text).matches();
          try {
            assertThat(IsicCode.of(text).code()).isEqualTo(text);
            assertThat(matches).as(text + " accepted").isTrue();
          } catch (RuleViolationException e) {
            assertThat(matches).as(text + " refused").isFalse();
          }
        });
  }
}
