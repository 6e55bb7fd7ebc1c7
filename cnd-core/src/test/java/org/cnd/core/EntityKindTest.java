package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.testing.Fixtures;
import org.cnd.core.testing.MethodologyFixtures;
import org.cnd.core.validation.Rule;
import org.junit.jupiter.api.Test;

/** The entity kinds describe every collection of the portfolio once, and every top-level identifier type has one. */
class EntityKindTest {
  /** The identifiers of entities nested in others (an activity in its plan): they have no collection of their own. */
  private static final Set<Class<?>> NESTED = Set.of(ActivityId.class, ObjectiveId.class, MapActorId.class,
      CandidateId.class, CriterionId.class);

  @Test
  void describeEveryCollectionOfThePortfolio() {
    Set<String> accessors = Arrays.stream(Portfolio.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() == ImmutableList.class)
        .map(Method::getName)
        .collect(Collectors.toSet());
    // A typed accessor is a convenience: each one is a kind's, a kind need not have one.
    assertThat(EntityKind.all()).extracting(EntityKind::collection).containsAll(accessors).doesNotHaveDuplicates();
    for (int i = 0; i < EntityKind.all().size(); i++) {
      assertThat(EntityKind.all().get(i).ordinal()).isEqualTo(i);
    }
  }

  @Test
  void giveEachTopLevelIdentifierTypeExactlyOneKind() {
    List<Class<?>> types = CoreClasses.main().stream()
        .filter(c -> c.isAssignableTo(Identifier.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .<Class<?>>map(c -> c.reflect())
        .toList();
    assertThat(types).containsAll(NESTED);
    for (Class<?> type : types) {
      long kinds = EntityKind.all().stream().filter(k -> k.idType() == type).count();
      assertThat(kinds).as("kinds with identifiers of type %s", type.getSimpleName())
          .isEqualTo(NESTED.contains(type) ? 0 : 1);
      assertThat(EntityKind.ofIdType(type.asSubclass(Identifier.class))).isEqualTo(
          EntityKind.all().stream().filter(k -> k.idType() == type).findFirst());
    }
    assertThat(new HashSet<>(EntityKind.all().stream().map(EntityKind::type).toList())).hasSize(EntityKind.all().size());
  }

  @Test
  void nameTheReferenceRuleWithTheNounOfTheirMessages() {
    for (EntityKind<?, ?> kind : EntityKind.all()) {
      assertThat(kind.noun()).matches("(a|an) [a-z ]+");
      String noun = kind.noun().substring(kind.noun().indexOf(' ') + 1);
      kind.referenceRule().ifPresent(rule -> {
        assertThat(rule.id()).startsWith("reference.");
        assertThat(rule.description()).startsWith("A reference to " + kind.noun() + " names ")
            .contains(noun + " of the portfolio");
      });
    }
    List<Rule> rules = EntityKind.all().stream().flatMap(k -> k.referenceRule().stream()).toList();
    assertThat(rules).as("a reference rule of one kind only").doesNotHaveDuplicates();
  }

  @Test
  void drivePortfolioLookUpsAndContains() {
    for (Portfolio p : List.of(Fixtures.pakistan(), MethodologyFixtures.worldWithFullEvidence())) {
      for (EntityKind<?, ?> kind : EntityKind.all()) {
        assertEveryEntityFound(p, kind);
      }
    }
    assertThat(Portfolio.empty().contains(ActivityId.of("a1"))).isFalse();
    assertThatThrownBy(() -> Portfolio.empty().find(ActivityId.of("a1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ActivityId");
  }

  private static <T, I extends Identifier> void assertEveryEntityFound(Portfolio p, EntityKind<T, I> kind) {
    assertThat(kind.items(p)).isSameAs(p.items(kind));
    for (T entity : kind.items(p)) {
      I id = kind.id(entity);
      assertThat(p.contains(id)).isTrue();
      assertThat(p.find(kind, id)).containsSame(entity);
      assertThat(p.find(id)).containsSame(entity);
      assertThat(EntityKind.of(id)).containsSame(kind);
    }
  }

  @Test
  void printAsTheirCollection() {
    assertThat(EntityKind.CLUSTERS).hasToString("clusters");
    assertThat(EntityKind.of(ClusterId.of("c"))).contains(EntityKind.CLUSTERS);
  }
}
