package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.testing.CollidingIds;
import org.junit.jupiter.api.Test;

/**
 * The persistent index against a hash map, on keys of which half share one hash: at full depth, with a few levels
 * of the second hash above the lists, and with lists right below the root (where nearly every key is in a list).
 */
class IdIndexTest {
  private static final int POOL = 24;
  private static final List<Identifier> KEYS = keys();
  private static final int[] DEPTHS = {IdIndex.LEVELS, 9, 2, 0};

  private static List<Identifier> keys() {
    List<Identifier> keys = new ArrayList<>();
    CollidingIds.texts("c-", POOL / 2).forEach(t -> keys.add(ClusterId.of(t)));
    for (int i = 0; i < POOL / 2; i++) {
      keys.add(ClusterId.of("plain-" + i));
    }
    return keys;
  }

  @Test
  void editsAgreeWithAHashMapAndLeaveEveryEarlierVersionAsItWas() {
    // Each number is an edit: below POOL, put a new value for that key; from POOL on, remove key (n - POOL).
    qt().withExamples(200).forAll(lists().of(integers().between(0, 2 * POOL - 1)).ofSizeBetween(0, 120))
        .checkAssert(edits -> {
          for (int levels : DEPTHS) {
            IdIndex<Integer> index = IdIndex.empty(levels);
            Map<Identifier, Integer> model = new HashMap<>();
            List<IdIndex<Integer>> versions = new ArrayList<>();
            List<Map<Identifier, Integer>> models = new ArrayList<>();
            for (int step = 0; step < edits.size(); step++) {
              int n = edits.get(step);
              if (n < POOL) {
                index = index.with(KEYS.get(n), step);
                model.put(KEYS.get(n), step);
              } else {
                index = index.without(KEYS.get(n - POOL));
                model.remove(KEYS.get(n - POOL));
              }
              versions.add(index);
              models.add(new HashMap<>(model));
            }
            for (int v = 0; v < versions.size(); v++) {
              for (Identifier key : KEYS) {
                assertThat(versions.get(v).get(key)).as("levels %s, version %s, %s", levels, v, key)
                    .isEqualTo(models.get(v).get(key));
              }
            }
          }
        });
  }

  @Test
  void anEditThatChangesNothingGivesTheSameIndex() {
    IdIndex<String> index = IdIndex.<String>empty().with(KEYS.get(0), "a");
    assertThat(index.with(KEYS.get(0), index.get(KEYS.get(0)))).isSameAs(index);
    assertThat(index.without(KEYS.get(1))).isSameAs(index);
    assertThat(index.without(KEYS.get(0)).get(KEYS.get(0))).isNull();
  }

  @Test
  void thousandsOfIdsWithOneHashAreAllFoundAndRemoved() {
    List<String> texts = CollidingIds.texts("c-", 4096);
    IdIndex<String> index = IdIndex.empty();
    for (String text : texts) {
      index = index.with(ClusterId.of(text), text);
    }
    for (int i = 0; i < texts.size(); i += 2) {
      index = index.without(ClusterId.of(texts.get(i)));
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(index.get(ClusterId.of(texts.get(i)))).isEqualTo(i % 2 == 0 ? null : texts.get(i));
    }
    assertThat(index.get(ClusterId.of("plain"))).isNull();
  }
}
