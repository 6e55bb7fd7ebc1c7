package org.cnd.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cnd.core.CoreClasses;
import org.cnd.core.testing.CollidingIds;
import org.cnd.core.testing.ValueGen;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  /**
   * Every identifier type of the module, by its {@code of} and its {@code parse}: found in the compiled main classes,
   * so that a new one is tested without being listed.
   */
  static Stream<List<Function<String, Identifier>>> kinds() {
    return types().stream().map(type -> List.of(factory(type, "of"), factory(type, "parse")));
  }

  /** The concrete subclasses of {@link Identifier} among the main classes. */
  static List<Class<? extends Identifier>> types() {
    return CoreClasses.main().stream()
        .filter(c -> c.isAssignableTo(Identifier.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .<Class<? extends Identifier>>map(c -> c.reflect().asSubclass(Identifier.class))
        .sorted(java.util.Comparator.comparing(Class::getName))
        .toList();
  }

  private static Function<String, Identifier> factory(Class<? extends Identifier> type, String name) {
    try {
      Method method = type.getMethod(name, String.class);
      return text -> {
        try {
          return (Identifier) method.invoke(null, text);
        } catch (InvocationTargetException e) {
          throw (RuntimeException) e.getCause();
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      };
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getSimpleName() + " has no static " + name, e);
    }
  }

  @Test
  void findsEveryIdentifierType() {
    assertThat(types()).hasSizeGreaterThanOrEqualTo(19).contains(ClusterId.class, NetworkId.class, CandidateId.class, MapActorId.class, ObjectiveId.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tdap", "smeda-sindh", "us-pak-01-099", "a", "0", "-", "2007-q1-cda-course"})
  void acceptsLowerCaseLettersDigitsAndHyphens(String text) {
    assertThat(OrganisationId.of(text).value()).isEqualTo(text);
    assertThat(OrganisationId.of(text)).hasToString(text);
    assertThat(Identifier.isValid(text)).isTrue();
  }

  @Test
  void acceptsSixtyFourCharactersAndNoMore() {
    assertThat(ClusterId.of("a".repeat(64)).value()).hasSize(Identifier.MAX_LENGTH);
    assertThatThrownBy(() -> ClusterId.of("a".repeat(65)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("1 to 64");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "TDAP", "smeda sindh", "smeda_sindh", "us/pak/01/099", "é", "tdap.", "ＴＤＡＰ", "tdap\n"})
  void refusesAnythingElseNamingTheKindAndQuotingTheText(String text) {
    assertThat(Identifier.isValid(text)).isFalse();
    assertThatThrownBy(() -> ProgrammeId.of(text))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("id.syntax");
          assertThat(e.violation().path()).isEmpty();
        })
        .hasMessageContaining("Invalid ProgrammeId")
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void abbreviatesVeryLongTextInMessages() {
    assertThatThrownBy(() -> PersonId.of("x".repeat(10_000)))
        .hasMessageContaining("...")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> ClusterId.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(Identifier.isValid(null)).isFalse();
  }

  @Test
  void identifiersOfDifferentKindsAreNeverEqual() {
    Identifier cluster = ClusterId.of("multan-handloom");
    Identifier organisation = OrganisationId.of("multan-handloom");
    assertThat(cluster).isNotEqualTo(organisation);
    assertThat(Identifier.ORDER.compare(cluster, organisation)).isNotZero();
    assertThat(cluster).isEqualTo(ClusterId.parse("multan-handloom"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void textRoundTrips(List<Function<String, Identifier>> kind) {
    qt().forAll(ValueGen.idTexts()).checkAssert(text -> {
      Identifier id = kind.get(0).apply(text);
      assertThat(kind.get(1).apply(id.toString())).isEqualTo(id);
      assertThat(kind.get(1).apply(id.toString()).hashCode()).isEqualTo(id.hashCode());
      assertThat(id.value()).isEqualTo(text);
    });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ValueGen.idTexts(), ValueGen.idTexts()).checkAssert((a, b) -> {
      assertThat(ClusterId.of(a).compareTo(ClusterId.of(b)) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(ClusterId.of(a).compareTo(ClusterId.of(b)))).isEqualTo(Integer.signum(a.compareTo(b)));
    });
  }

  /**
   * HashMap keeps colliding keys in a balanced tree, searched by compareTo, only when the key's class itself
   * declares {@code Comparable<itself>} (HashMap.comparableClassFor): a kind comparable only to {@code Identifier}
   * leaves colliding ids in bins searched one by one.
   */
  @Test
  void everyKindIsComparableToItselfSoThatCollidingHashesStayLogarithmic() {
    for (Class<? extends Identifier> type : types()) {
      assertThat(Arrays.stream(type.getGenericInterfaces()).anyMatch(t -> isComparableTo(t, type)))
          .as(type.getSimpleName() + " implements Comparable<" + type.getSimpleName() + ">").isTrue();
    }
  }

  private static boolean isComparableTo(Type t, Class<?> type) {
    return t instanceof ParameterizedType p && p.getRawType() == Comparable.class
        && p.getActualTypeArguments()[0] == type;
  }

  @Test
  void collidingIdsAreDistinctAndAllFoundInAHashMap() {
    List<String> texts = CollidingIds.texts("c-", 20_000);
    assertThat(texts.stream().map(String::hashCode).distinct()).hasSize(1);
    Map<ClusterId, Integer> index = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(index.put(ClusterId.of(texts.get(i)), i)).isNull();
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(index.get(ClusterId.of(texts.get(i)))).isEqualTo(i);
    }
  }

  @Test
  void orderComparesKindsThenText() {
    assertThat(Identifier.ORDER.compare(ClusterId.of("b"), ClusterId.of("a"))).isPositive();
    assertThat(Identifier.ORDER.compare(ClusterId.of("a"), OrganisationId.of("a"))).isNegative();
    assertThat(Identifier.ORDER.compare(ClusterId.of("a"), ClusterId.of("a"))).isZero();
  }
}
