package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * A location is found for the node a path names, or for its nearest ancestor recorded: past the last element of an
 * array it is the array, and the table an enclosing object keeps reaches no deeper than its own level.
 */
class LocationTableTest {
  private static final Map<String, Integer> NAMES = Map.of("single", 0, "list", 1);

  private static TokenStreamLocation at(int line, int column) {
    return new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line, column);
  }

  private static String locate(LocationTable table, String... tokens) {
    long at = table.locate(List.of(tokens), 0);
    return LocationTable.line(at) + ":" + LocationTable.column(at);
  }

  private static LocationTable inner(int line) {
    LocationTable t = new LocationTable(NAMES, at(line, 1), 2);
    t.value(0, at(line, 9));
    return t;
  }

  /** An object at 1:1, its "single" at 2:5 and its "list" at 3:5 with {@code n} elements on lines 10, 11, ... */
  private static LocationTable table(int n) {
    LocationTable t = new LocationTable(NAMES, at(1, 1), 2);
    t.value(0, at(2, 5));
    t.value(1, at(3, 5));
    for (int i = 0; i < n; i++) {
      t.element(1, at(10 + i, 7));
    }
    return t;
  }

  @Test
  void nodesAreLocatedOrTheirNearestRecordedAncestor() {
    LocationTable t = table(2);
    assertThat(locate(t)).isEqualTo("1:1");
    assertThat(locate(t, "unknown")).isEqualTo("1:1");
    assertThat(locate(t, "single")).isEqualTo("2:5");
    assertThat(locate(t, "single", "deeper")).isEqualTo("2:5");
    assertThat(locate(t, "list")).isEqualTo("3:5");
    assertThat(locate(t, "list", "0")).isEqualTo("10:7");
    assertThat(locate(t, "list", "1")).isEqualTo("11:7");
    // Past the last element recorded, and what is no index: the array itself.
    assertThat(locate(t, "list", "2")).isEqualTo("3:5");
    assertThat(locate(t, "list", "x")).isEqualTo("3:5");
  }

  @Test
  void manyElementsAreRecordedAndAnElementWithoutATableIsLocatedItself() {
    LocationTable t = table(1);
    t.elementObject(1, inner(40));
    for (int i = 1; i < 9; i++) {
      t.element(1, at(10 + i, 7));
    }
    assertThat(locate(t, "list", "0", "single")).isEqualTo("40:9");
    assertThat(locate(t, "list", "8")).isEqualTo("18:7");
    assertThat(locate(t, "list", "8", "single")).isEqualTo("18:7");
    assertThat(locate(t, "list", "4", "single")).isEqualTo("14:7");
    assertThat(locate(t, "list", "3", "single")).isEqualTo("13:7");
  }

  @Test
  void objectsInsideAreLocatedThroughTheirTables() {
    LocationTable t = table(1);
    t.elementObject(1, inner(20));
    t.object(0, inner(30));
    assertThat(locate(t, "list", "0", "single")).isEqualTo("20:9");
    assertThat(locate(t, "list", "0")).isEqualTo("10:7");
    assertThat(locate(t, "single", "single")).isEqualTo("30:9");
  }

  @Test
  void theTableKeptByTheEnclosingObjectHasNoTablesOfObjectsInside() {
    LocationTable withObject = table(1);
    withObject.object(0, inner(30));
    assertThat(locate(withObject.ownLevel(), "single", "single")).isEqualTo("2:5");
    LocationTable withElementObject = table(1);
    withElementObject.elementObject(1, inner(20));
    assertThat(locate(withElementObject.ownLevel(), "list", "0", "single")).isEqualTo("10:7");
    assertThat(locate(withElementObject.ownLevel(), "list")).isEqualTo("3:5");
    LocationTable plain = table(1);
    assertThat(locate(plain.ownLevel(), "list", "0")).isEqualTo("10:7");
  }
}
