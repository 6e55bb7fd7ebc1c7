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
    String doc = Files.readString(root.resolve("BENCHMARKS.md"));
    Matcher m = RESULTS.matcher(doc);
    assertThat(m.find()).as("a <!-- results: FILE... --> block in BENCHMARKS.md").isTrue();
    List<ResultsTable.Score> scores = new ArrayList<>();
    for (String file : m.group(1).trim().split("\\s+")) {
      assertThat(root.resolve(file)).isRegularFile();
      scores.addAll(ResultsTable.read(root.resolve(file)));
    }
    // 14 benchmarks at 3 scales: every benchmark of the module is reported.
    assertThat(scores.stream().map(s -> s.benchmark() + "@" + s.clusters()).distinct()).hasSize(42);
    assertThat(m.group(2)).isEqualTo(ResultsTable.tables(scores));
  }
}
