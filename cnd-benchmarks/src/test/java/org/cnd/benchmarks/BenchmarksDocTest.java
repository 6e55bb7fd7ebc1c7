package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** BENCHMARKS.md shows the tables of the result files it names, exactly as {@link ResultsTable} makes them. */
class BenchmarksDocTest {
  private static final Pattern RESULTS =
      Pattern.compile("<!-- results: ([^>]+) -->\n(.*?)<!-- end results -->", Pattern.DOTALL);

  @Test
  void theTablesAreThoseOfTheCommittedResults() throws Exception {
    Path root = Path.of("..");
    Matcher m = RESULTS.matcher(Files.readString(root.resolve("BENCHMARKS.md")));
    int blocks = 0;
    while (m.find()) {
      List<ResultsTable.Score> scores = new ArrayList<>();
      for (String file : m.group(1).trim().split("\\s+")) {
        assertThat(root.resolve(file)).isRegularFile();
        scores.addAll(ResultsTable.read(root.resolve(file)));
      }
      if (blocks == 0) {
        // The main tables: the 14 benchmarks of reading, writing, validating and the queries at 3 scales.
        assertThat(scores.stream().map(s -> s.benchmark() + "@" + s.clusters()).distinct()).hasSize(42);
      }
      assertThat(m.group(2)).as("the tables of " + m.group(1)).isEqualTo(ResultsTable.tables(scores));
      blocks++;
    }
    assertThat(blocks).as("<!-- results: FILE... --> blocks in BENCHMARKS.md").isEqualTo(9);
  }
}
