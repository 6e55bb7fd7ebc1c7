package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cnd.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void theTourReportsTheDanglingReference() {
    ValidationReport report = QuickStart.run();
    assertThat(report.violations()).hasSize(1);
    assertThat(report.violations().get(0).ruleId()).isEqualTo("reference.organisation");
    assertThat(report.violations().get(0).path()).isEqualTo("/programmes/0/participants/0/organisation");
  }

  @Test
  void theReadmeShowsExactlyTheCompiledTour() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/cnd/examples/QuickStart.java"));
    // The tour sits in a method body, four spaces in; the README shows it flush left.
    String snippet = between(source, "// README:start\n", "    // README:end").replaceAll("(?m)^    ", "");
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("```java\n" + snippet + "```\n");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as("start marker").isNotNegative();
    assertThat(to).as("end marker").isPositive();
    return text.substring(from + start.length(), to);
  }
}
