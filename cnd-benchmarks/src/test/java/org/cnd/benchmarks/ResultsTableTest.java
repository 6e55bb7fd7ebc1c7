package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {
  private static String run(String benchmark, int clusters, double score, double error, String unit) {
    return "{\"benchmark\": \"org.cnd.benchmarks." + benchmark + "\", \"params\": {\"clusters\": \"" + clusters + "\"},"
        + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + error + ", \"scoreUnit\": \"" + unit + "\"}}";
  }

  @Test
  void readsJmhResultsInMilliseconds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + String.join(",",
        run("ReadBenchmarks.cnd", 1000, 12.0, 0.6, "ms/op"),
        run("ReadBenchmarks.records", 1000, 10.0, 0.5, "ms/op"),
        run("ReadBenchmarks.streaming", 1000, 4000.0, 100.0, "us/op"),
        run("ReadBenchmarks.cnd", 10000, 130.0, 6.5, "ms/op")) + "]");
    List<ResultsTable.Score> scores = ResultsTable.read(file);
    assertThat(scores).extracting(ResultsTable.Score::ms).containsExactly(12.0, 10.0, 4.0, 130.0);
    String tables = ResultsTable.tables(scores);
    assertThat(tables).contains("| read | 1,000 | 12.0 ± 0.6 | 10.0 ± 0.5 | 4.00 ± 0.10 | 1.20× ± 0.08 | 3.00× ± 0.17 |");
    assertThat(tables).contains("| ReadBenchmarks.cnd | 12.0 ± 0.6 | 130 ± 7 | 12.0 → 13.0 | 11× for 10× the clusters |");
  }

  @Test
  void comparesValidationWithReadingAtEachScale(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + String.join(",",
        run("ReadBenchmarks.cnd", 1000, 12.0, 0.6, "ms/op"),
        run("ValidateBenchmarks.validate", 1000, 3000.0, 150.0, "us/op"),
        run("ValidateBenchmarks.validate", 10000, 31.0, 1.0, "ms/op")) + "]");
    String tables = ResultsTable.tables(ResultsTable.read(file));
    assertThat(tables).contains("| 1,000 | 3.00 ± 0.15 | 12.0 ± 0.6 | 0.25× ± 0.02 |");
    // No read at this scale: the ratio is left empty rather than guessed.
    assertThat(tables).contains("| 10,000 | 31.0 ± 1.0 |  |  |");
    assertThat(tables).contains("| ValidateBenchmarks.validate | 3.00 ± 0.15 | 31.0 ± 1.0 | 3.00 → 3.10 | 10× for 10× the clusters |");
  }

  @Test
  void showsEditsInMicrosecondsAndNoEmptyReadTable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + String.join(",",
        run("EditBenchmarks.replaceThenLookUp", 1000, 25.0, 2.0, "us/op"),
        run("EditBenchmarks.removeThenLookUp", 1000, 0.5, 0.1, "ms/op")) + "]");
    String tables = ResultsTable.tables(ResultsTable.read(file));
    assertThat(tables).startsWith("| clusters | replaceThenLookUp (µs/op) |").doesNotContain("| operation |");
    assertThat(tables).contains("| 1,000 | 25.0 ± 2.0 |  |  | 500 ± 100 |");
  }

  @Test
  void showsTheChainOfEditsOnlyWhereItWasMeasured(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, "[" + run("EditBenchmarks.removeAndAddBackInAChain", 1000, 3.0, 0.5, "us/op") + "]");
    assertThat(ResultsTable.tables(ResultsTable.read(file)))
        .startsWith("| clusters | replaceThenLookUp (µs/op) | updateThenLookUp (µs/op) | addThenLookUp (µs/op) |"
            + " removeThenLookUp (µs/op) | removeAndAddBackInAChain (µs/op) |")
        .contains("| 1,000 |  |  |  |  | 3.00 ± 0.50 |");
  }

  @Test
  void leavesOutRunsAtAScaleOtherThanClusters(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jmh.json");
    String chain = run("LongChainBenchmarks.validate", 10000, 8.0, 1.0, "ms/op").replace("\"clusters\"", "\"length\"");
    Files.writeString(file, "[" + String.join(",", run("ValidateBenchmarks.validate", 1000, 15.0, 1.0, "ms/op"), chain)
        + "]");
    assertThat(ResultsTable.read(file)).extracting(ResultsTable.Score::benchmark)
        .containsExactly("ValidateBenchmarks.validate");
  }

  @Test
  void ratiosCombineTheRelativeErrorsOfBothScores() {
    ResultsTable.Score a = new ResultsTable.Score("a", 1, 30, 3);
    ResultsTable.Score b = new ResultsTable.Score("b", 1, 10, 0);
    assertThat(ResultsTable.ratio(a, b)).isEqualTo("3.00× ± 0.30");
    assertThat(ResultsTable.significant(0.00912)).isEqualTo("0.00912");
    assertThat(ResultsTable.significant(41.73)).isEqualTo("41.7");
  }
}
