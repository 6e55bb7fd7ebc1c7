package org.cnd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of README.md is a region of a source file that the build compiles and the tests run, shown
 * flush left: the README cannot drift from code that works. The Maven and Gradle coordinates name the project's
 * version.
 */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```\n", Pattern.DOTALL);

  @Test
  void everyJavaBlockIsACompiledRegion() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    // In the order README shows them.
    assertThat(blocks).containsExactly(
        region(Path.of("../cnd-cli/src/main/java/module-info.java"), "requires"),
        region(Path.of("src/main/java/org/cnd/examples/QuickStart.java"), "json"),
        region(Path.of("src/main/java/org/cnd/examples/QuickStart.java"), "lifecycle"),
        region(Path.of("../cnd-report/src/test/java/org/cnd/report/ReadmeCallsTest.java"), ""),
        region(Path.of("src/main/java/org/cnd/examples/QuickStart.java"), ""));
  }

  @Test
  void theCoordinatesNameTheProjectsVersion() throws IOException {
    String version = System.getProperty("cnd.version");
    assertThat(version).as("cnd.version, set by the POM").isNotBlank();
    String readme = Files.readString(README);
    assertThat(readme)
        .contains("<artifactId>cnd-bom</artifactId>\n      <version>" + version + "</version>")
        .contains("platform(\"org.cnd:cnd-bom:" + version + "\")");
  }

  /** The lines between {@code // README:<name>:start} and {@code // README:<name>:end}, indentation removed. */
  private static String region(Path file, String name) throws IOException {
    String marker = name.isEmpty() ? "// README:" : "// README:" + name + ":";
    String source = Files.readString(file);
    int from = source.indexOf(marker + "start\n");
    assertThat(from).as("%sstart in %s", marker, file).isNotNegative();
    from += (marker + "start\n").length();
    int to = source.lastIndexOf('\n', source.indexOf(marker + "end", from)) + 1;
    assertThat(to).as("%send in %s", marker, file).isPositive();
    String text = source.substring(from, to);
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    return text.replaceAll("(?m)^" + indent, "");
  }
}
