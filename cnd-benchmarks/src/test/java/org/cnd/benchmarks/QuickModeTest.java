package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The quick mode: every benchmark runs and gives a score. Nothing is asserted about time. */
class QuickModeTest {
  @Test
  void everyBenchmarkRunsAndScores() throws Exception {
    Set<String> expected = benchmarkMethods();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(14);

    Collection<RunResult> results = QuickMode.run(VerboseMode.SILENT);

    Map<String, RunResult> byName = results.stream()
        .collect(Collectors.toMap(r -> r.getParams().getBenchmark(), Function.identity()));
    assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String clusters = r.getParams().getParam("clusters");
      assertThat(clusters != null ? clusters : r.getParams().getParam("length")).as(name).isEqualTo("1000");
      assertThat(r.getPrimaryResult().getSampleCount()).as(name).isPositive();
      double score = r.getPrimaryResult().getScore();
      assertThat(Double.isFinite(score) && score > 0).as(name + " score " + score).isTrue();
    }
  }

  // Every @Benchmark method of the classes compiled in this package (JMH's generated classes aside).
  private static Set<String> benchmarkMethods() throws Exception {
    Path dir = packageDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class"))
          .map(f -> QuickModeTest.class.getPackageName() + "." + f.substring(0, f.length() - ".class".length()))
          .map(QuickModeTest::load)
          .flatMap(c -> Arrays.stream(c.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Benchmark.class))
              .map(Method::getName)
              .map(name -> c.getName() + "." + name))
          .collect(Collectors.toSet());
    }
  }

  private static Path packageDirectory() throws URISyntaxException {
    return Path.of(ReadBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(QuickModeTest.class.getPackageName().replace('.', '/'));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, QuickModeTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
