package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.cnd.core.actor.Organisation;
import org.cnd.core.id.Identifier;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.programme.Programme;
import org.cnd.core.time.PartialDate;
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

  @Test
  void anyChainOfEditsEqualsThePortfolioBuiltFromTheSameCollections() {
    // Each number is an edit of a kind (n % kinds) with an entity (n / kinds) of the two portfolios' together; the
    // edit is chosen by (n / kinds / 64) % 5. The model is the collections as lists, edited as the methods say.
    int kinds = EntityKind.all().size();
    qt().withExamples(60)
        .forAll(PortfolioGen.portfolios(0, 5), PortfolioGen.portfolios(0, 5),
            lists().of(integers().between(0, kinds * 64 * 5 - 1)).ofSizeBetween(1, 60))
        .checkAssert((p, q, edits) -> {
          List<List<Object>> model = new ArrayList<>();
          for (EntityKind<?, ?> kind : EntityKind.all()) {
            model.add(new ArrayList<>(p.items(kind)));
          }
          Portfolio edited = p;
          for (int n : edits) {
            EntityKind<?, ?> kind = EntityKind.all().get(n % kinds);
            List<Object> pool = new ArrayList<>(p.items(kind));
            pool.addAll(q.items(kind));
            if (pool.isEmpty()) {
              continue;
            }
            Object entity = pool.get(n / kinds % 64 % pool.size());
            Identifier id = idOf(kind, entity);
            List<Object> list = model.get(kind.ordinal());
            int at = positionIn(kind, list, id);
            switch (n / kinds / 64 % 5) {
              case 0 -> { // with: add or replace
                edited = with(edited, kind, entity);
                if (at < 0) {
                  list.add(entity);
                } else {
                  list.set(at, entity);
                }
              }
              case 1 -> { // without
                edited = edited.without(id);
                if (at >= 0) {
                  list.remove(at);
                }
              }
              case 2 -> { // update to the entity (keeping its id), when there is one to update
                if (at >= 0) {
                  edited = edited.update(id, x -> entity);
                  list.set(at, entity);
                }
              }
              case 3 -> { // remove, then put back: at the end
                edited = with(edited.without(id), kind, entity);
                if (at >= 0) {
                  list.remove(at);
                }
                list.add(entity);
              }
              default -> { // move an engagement of the edited portfolio into a phase
                List<Engagement> engagements = edited.engagements();
                if (!engagements.isEmpty()) {
                  Engagement e = engagements.get(n % engagements.size());
                  Phase phase = Phase.values()[n % Phase.values().length];
                  PortfolioMove move = edited.move(e.id(), phase, PartialDate.parse("2031-05"));
                  if (move.isMoved()) {
                    edited = move.orElseThrow();
                    List<Object> moved = model.get(EntityKind.ENGAGEMENTS.ordinal());
                    moved.set(positionIn(EntityKind.ENGAGEMENTS, moved, e.id()), move.engagement().orElseThrow());
                  } else {
                    assertThat(move.portfolio()).isEmpty();
                  }
                }
              }
            }
            Portfolio.Builder fromScratch = Portfolio.builder();
            for (EntityKind<?, ?> k : EntityKind.all()) {
              set(fromScratch, k, model.get(k.ordinal()));
            }
            Portfolio rebuilt = fromScratch.build();
            assertThat(edited).isEqualTo(rebuilt).hasSameHashCodeAs(rebuilt);
            Portfolio current = edited;
            for (EntityKind<?, ?> k : EntityKind.all()) {
              List<Object> everything = new ArrayList<>(p.items(k));
              everything.addAll(q.items(k));
              for (Object each : everything) {
                Identifier eachId = idOf(k, each);
                assertThat(current.contains(eachId)).isEqualTo(rebuilt.contains(eachId));
                rebuilt.find(eachId).ifPresentOrElse(
                    found -> assertThat(current.find(eachId)).containsSame(found),
                    () -> assertThat(current.find(eachId)).isEmpty());
              }
            }
          }
          Portfolio rebuilt = Portfolio.builder().from(edited).build();
          assertThat(edited.validate()).isEqualTo(rebuilt.validate());
        });
  }

  private static int positionIn(EntityKind<?, ?> kind, List<Object> list, Identifier id) {
    for (int i = 0; i < list.size(); i++) {
      if (idOf(kind, list.get(i)).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private static <T> Portfolio with(Portfolio p, EntityKind<T, ?> kind, Object entity) {
    return p.with(kind, (T) entity);
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(Portfolio.Builder builder, EntityKind<T, ?> kind, List<Object> entities) {
    builder.set(kind, (List<T>) (List<?>) entities);
  }

  @SuppressWarnings("unchecked")
  private static <T> Identifier idOf(EntityKind<T, ?> kind, Object entity) {
    return kind.id((T) entity);
  }
}
