package org.cnd.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.cnd.core.testing.ValueGen;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency PKR = Currency.getInstance("PKR");

  @Test
  void theFirstProjectsBudget() {
    Money budget = Money.of("235000", "USD");
    assertThat(budget.amount()).isEqualTo(new BigDecimal("235000.00"));
    assertThat(budget.currency()).isEqualTo(USD);
    assertThat(budget.currencyCode()).isEqualTo("USD");
    assertThat(budget).hasToString("USD 235000.00").isEqualTo(Money.parse("USD 235000.00"));
  }

  @ParameterizedTest
  @CsvSource({
    "USD 235000,    USD 235000.00",
    "USD 1.5,       USD 1.50",
    "USD 1.500,     USD 1.50",
    "USD 1.005,     USD 1.005",
    "USD 1.0050,    USD 1.005",
    "USD 0,         USD 0.00",
    "USD -0.00,     USD 0.00",
    "USD -5,        USD -5.00",
    "JPY 100,       JPY 100",
    "JPY 100.0,     JPY 100",
    "KWD 1.5,       KWD 1.500",
    "PKR 0.000,     PKR 0.00",
  })
  void normalisesToTheCurrencysMinorUnit(String text, String normal) {
    assertThat(Money.parse(text)).hasToString(normal).isEqualTo(Money.parse(normal));
  }

  @Test
  void isAnExactDecimal() {
    Money tenth = Money.of("0.1", "USD");
    Money fifth = Money.of("0.2", "USD");
    assertThat(tenth.plus(fifth)).isEqualTo(Money.of("0.3", "USD"));
    assertThat(Money.of("0.3", "USD").minus(tenth).minus(fifth).isZero()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "XYZ", "US", "USDD", "", " USD", "U$D"})
  void refusesCurrenciesThatAreNotIso4217(String code) {
    assertRefused(() -> Money.of("1", code), "money.currency")
        .hasMessageContaining("\"" + code + "\"");
  }

  @Test
  void aCodeOfThreeUpperCaseLettersIsRefusedAsNoCurrencyNotAsMalformed() {
    assertRefused(() -> Money.of("1", "XYZ"), "money.currency")
        .hasMessageContaining("XYZ is not an ISO 4217 currency code").hasMessageNotContaining("upper-case");
    assertRefused(() -> Money.of("1", "usd"), "money.currency").hasMessageContaining("three upper-case letters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD", "235000 USD", "USD 1e5", "USD 1,000", "USD  5", "US 5", "USD +5", "USD .5", "USD 5.",
      "USD", "USD 0x10", "USD NaN", ""})
  void refusesTextThatIsNotCodeSpaceAmount(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isIn("money.syntax", "money.currency"));
  }

  @Test
  void parseErrorsShowAnExample() {
    assertThatThrownBy(() -> Money.parse("235000 USD")).hasMessageContaining("\"235000 USD\"")
        .hasMessageContaining("USD 235000.00");
    assertThatThrownBy(() -> Money.parse("USD 1e5")).hasMessageContaining("\"1e5\"").hasMessageContaining("plain decimal");
  }

  @Test
  void refusesAnAmountItsTextFormCannotCarry() {
    BigDecimal tooBig = new BigDecimal("1E+30");
    BigDecimal tooFine = new BigDecimal("1E-31");
    assertRefused(() -> Money.of(tooBig, USD), "money.syntax");
    assertRefused(() -> Money.of(tooFine, USD), "money.syntax");
    Money largest = Money.parse("USD " + "9".repeat(30));
    assertThat(Money.parse(largest.toString())).isEqualTo(largest);
    assertRefused(() -> largest.plus(Money.of("1", "USD")), "money.syntax");
  }

  @Test
  void thirtyDigitsBeforeAndAfterThePointAreTheBounds() {
    // Exactly at the bounds: accepted, as a number or scaled.
    assertThat(Money.of(new BigDecimal("9".repeat(30)), USD).amount().precision()).isEqualTo(32);
    assertThat(Money.of(new BigDecimal("1E+29"), USD).toString()).isEqualTo("USD 1" + "0".repeat(29) + ".00");
    assertThat(Money.of(new BigDecimal("1E-30"), USD).amount().scale()).isEqualTo(30);
    assertThat(Money.of(new BigDecimal("-1E+29"), USD).isNegative()).isTrue();
    // One past them: refused before the amount is expanded, so that a huge exponent costs nothing.
    assertRefused(() -> Money.of(new BigDecimal("1E+30"), USD), "money.syntax").hasMessageContaining("Invalid amount");
    assertRefused(() -> Money.of(new BigDecimal("-1E+30"), USD), "money.syntax").hasMessageContaining("Invalid amount");
    assertRefused(() -> Money.of(new BigDecimal("1E+999999999"), USD), "money.syntax")
        .hasMessageContaining("Invalid amount");
    assertThat(Money.of(new BigDecimal("0E+999999999"), USD)).isEqualTo(Money.zero(USD));
  }

  @Test
  void currencyCodesFromAToZAreAccepted() {
    // The first and last letters of the alphabet, at either end of a code.
    assertThat(Money.currency("AUD")).isEqualTo(Currency.getInstance("AUD"));
    assertThat(Money.currency("ZAR")).isEqualTo(Currency.getInstance("ZAR"));
    assertThat(Money.currency("CZK")).isEqualTo(Currency.getInstance("CZK"));
    assertThat(Money.parse("AZN 10.00").currencyCode()).isEqualTo("AZN");
  }

  @Test
  void differentAmountsHashApart() {
    assertThat(Money.parse("USD 1.00").hashCode()).isNotEqualTo(Money.parse("USD 2.00").hashCode());
    assertThat(Money.parse("USD 1.00").hashCode()).isEqualTo(Objects.hash(new BigDecimal("1.00"), USD));
  }

  @Test
  void neverMixesCurrencies() {
    Money dollars = Money.of("100", "USD");
    Money rupees = Money.of("100", "PKR");
    for (Runnable operation : List.<Runnable>of(
        () -> dollars.plus(rupees), () -> dollars.minus(rupees), () -> dollars.compareTo(rupees),
        () -> dollars.isGreaterThan(rupees), () -> Money.total(List.of(dollars, rupees)))) {
      assertThatThrownBy(operation::run)
          .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e.first()).isEqualTo(USD);
            assertThat(e.second()).isEqualTo(PKR);
            assertThat(e.ruleId()).isEqualTo("money.currency-mismatch");
            assertThat(e.violation().ruleId()).isEqualTo("money.currency-mismatch");
          })
          .hasMessageContaining("Currencies differ: USD/PKR");
    }
    assertThat(dollars.isSameCurrency(rupees)).isFalse();
    assertThat(dollars).isNotEqualTo(rupees);
  }

  @Test
  void addsSubtractsAndComparesInOneCurrency() {
    Money a = Money.of("235000", "USD");
    Money b = Money.of("65000.50", "USD");
    assertThat(a.plus(b)).hasToString("USD 300000.50");
    assertThat(b.minus(a)).hasToString("USD -169999.50");
    assertThat(b.minus(a).isNegative()).isTrue();
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isFalse();
    assertThat(a.compareTo(Money.of("235000.000", "USD"))).isZero();
    assertThat(Money.total(List.of(a, b, Money.zero(USD)))).hasToString("USD 300000.50");
    assertThat(Money.zero(Currency.getInstance("JPY"))).hasToString("JPY 0");
  }

  @Test
  void totalNeedsAnAmount() {
    assertThatThrownBy(() -> Money.total(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found none");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null, USD)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of("1", "USD").plus(null)).isInstanceOf(NullPointerException.class);
  }

  // --- properties -------------------------------------------------------------------------------------------

  @Test
  void textRoundTrips() {
    qt().forAll(ValueGen.money()).checkAssert(m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
  }

  /** Any BigDecimal, however large or fine, is either refused or round trips: no amount without a text form. */
  @Test
  void everyAcceptedAmountRoundTrips() {
    Gen<BigDecimal> wild = longs().all().zip(longs().all(), integers().between(-20, 45),
        (high, low, scale) -> new BigDecimal(BigInteger.valueOf(high).shiftLeft(64).or(BigInteger.valueOf(low).abs()), scale));
    qt().forAll(wild, ValueGen.currencies()).checkAssert((amount, currency) -> {
      Money money;
      try {
        money = Money.of(amount, currency);
      } catch (RuleViolationException e) {
        assertThat(e.ruleId()).isEqualTo("money.syntax");
        return;
      }
      assertThat(Money.parse(money.toString())).isEqualTo(money);
      assertThat(money.amount()).isEqualByComparingTo(amount);
    });
  }

  @Test
  void equalsIgnoresTrailingZerosAndKeepsTheAmountExact() {
    qt().forAll(ValueGen.money(), integers().between(0, 5)).checkAssert((m, zeros) -> {
      Money padded = Money.of(m.amount().setScale(m.amount().scale() + zeros), m.currency());
      assertThat(padded).isEqualTo(m);
      assertThat(padded.hashCode()).isEqualTo(m.hashCode());
      assertThat(padded.amount().compareTo(m.amount())).isZero();
    });
  }

  @Test
  void additionIsCommutativeAndAssociativeAndUndoneBySubtraction() {
    qt().forAll(ValueGen.amounts(), ValueGen.amounts(), ValueGen.amounts(), ValueGen.currencies())
        .checkAssert((x, y, z, currency) -> {
          Money a = Money.of(x, currency);
          Money b = Money.of(y, currency);
          Money c = Money.of(z, currency);
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(b).minus(b)).isEqualTo(a);
          assertThat(a.plus(b).amount()).isEqualByComparingTo(x.add(y));
        });
  }

  @Test
  void compareToIsConsistentWithEqualsInOneCurrency() {
    qt().forAll(ValueGen.amounts(), ValueGen.amounts(), ValueGen.currencies()).checkAssert((x, y, currency) -> {
      Money a = Money.of(x, currency);
      Money b = Money.of(y, currency);
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(x.compareTo(y));
    });
  }
}
