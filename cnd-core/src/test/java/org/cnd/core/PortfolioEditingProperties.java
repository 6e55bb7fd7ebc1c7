package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.cnd.core.actor.Organisation;
import org.cnd.core.id.Identifier;
import org.cnd.core.programme.Programme;
import org.cnd.core.testing.PortfolioGen;
import org.junit.jupiter.api.Test;

/** The laws of editing, on generated portfolios: each kind of edit against a portfolio rebuilt from its lists. */
class PortfolioEditingProperties {
  @Test
  void withoutThenLookUpIsEmptyAndLeavesTheRest() {
    qt().withExamples(100).forAll(PortfolioGen.portfolios(1, 6)).checkAssert(p -> {
      for (EntityKind<?, ?> kind : EntityKind.all()) {
        for (Object entity : p.items(kind)) {
          Identifier id = idOf(kind, entity);
          Portfolio without = p.without(id);
          assertThat(without.contains(id)).isFalse();
          assertThat(without.find(id)).isEmpty();
          assertThat(without.items(kind)).hasSize(p.items(kind).size() - 1);
          assertThat(without).isEqualTo(Portfolio.builder().from(without).build());
          for (Object other : p.items(kind)) {
            Identifier otherId = idOf(kind, other);
            if (!otherId.equals(id)) {
              assertThat(without.find(otherId)).containsSame(other);
            }
          }
        }
      }
    });
  }

  @Test
  void updateWithTheIdentityIsEqual() {
    qt().withExamples(100).forAll(PortfolioGen.portfolios(1, 6)).checkAssert(p -> {
      for (Organisation o : p.organisations()) {
        assertThat(p.update(o.id(), (Organisation x) -> x)).isEqualTo(p);
      }
      for (Programme programme : p.programmes()) {
        assertThat(p.update(EntityKind.PROGRAMMES, programme.id(), x -> x)).isEqualTo(p);
      }
    });
  }

  @Test
  void editThenLookUpEqualsTheRebuiltPortfoliosLookUp() {
    qt().withExamples(100).forAll(PortfolioGen.portfolios(2, 6)).checkAssert(p -> {
      List<Organisation> organisations = p.organisations();
      Portfolio edited = p;
      // Remove every other organisation, then put them back in reverse order, then replace the first.
      for (int i = 0; i < organisations.size(); i += 2) {
        edited = edited.without(organisations.get(i).id());
      }
      for (int i = organisations.size() - 1; i >= 0; i--) {
        edited = edited.withOrganisation(organisations.get(i));
      }
      Organisation first = organisations.get(0);
      edited = edited.update(first.id(), (Organisation o) -> Organisation.builder().from(o).name("Renamed").build());
      Portfolio rebuilt = Portfolio.builder().from(edited).build();
      assertThat(edited).isEqualTo(rebuilt);
      for (Organisation o : organisations) {
        assertThat(edited.organisation(o.id())).isEqualTo(rebuilt.organisation(o.id())).isPresent();
      }
      assertThat(edited.validate()).isEqualTo(rebuilt.validate());
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> Identifier idOf(EntityKind<T, ?> kind, Object entity) {
    return kind.id((T) entity);
  }
}
