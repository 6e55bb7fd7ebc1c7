package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Severity;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The format's rule catalogue, its exception and problems. */
class FormatRuleTest {
  @Test
  void identifiersAreUniqueWellFormedAndApartFromTheCoreCatalogue() {
    Set<String> ids = new HashSet<>();
    for (FormatRule rule : FormatRule.values()) {
      assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
      assertThat(rule.id()).matches("json\\.[a-z]+(-[a-z]+)*");
      assertThat(Rule.byId(rule.id())).isEmpty();
      assertThat(FormatRule.byId(rule.id())).contains(rule);
      assertThat(rule.severity()).isEqualTo(Severity.ERROR);
      assertThat(rule.description()).endsWith(".");
      assertThat(rule.toString()).isEqualTo(rule.id());
    }
    assertThat(FormatRule.byId("json.nothing")).isEmpty();
  }

  @Test
  void theExceptionCarriesTheViolationLineAndColumn() {
    Violation v = FormatRule.TYPE.violation("/people/0/name", "Wrong type: expected a string, found the number 42");
    CndJsonException e = new CndJsonException(v, 7, 15);
    assertThat(e.violation()).isEqualTo(v);
    assertThat(e.ruleId()).isEqualTo("json.type");
    assertThat(e.path()).isEqualTo("/people/0/name");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e).isInstanceOf(RuntimeException.class)
        .hasMessage("json.type at /people/0/name (line 7, column 15): Wrong type: expected a string, found the number 42");
    assertThat(e.problem()).isEqualTo(Problem.of(v, 7, 15));
  }

  @Test
  void aProblemWithoutLocationSaysSo() {
    Problem p = Problem.of(Violation.of(Rule.REFERENCE_CLUSTER, "", "Missing"));
    assertThat(p.hasLocation()).isFalse();
    assertThat(p.line()).isEmpty();
    assertThat(p.toString()).isEqualTo("ERROR reference.cluster at /: Missing");
    assertThat(p.at(2, 3).toString()).isEqualTo("ERROR reference.cluster at / (line 2, column 3): Missing");
    assertThat(new CndJsonException(p.violation(), -1, -1).line()).isEqualTo(-1);
  }

  @Test
  void rulesMdListsExactlyTheFormatRules() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Paths.get("").toAbsolutePath();
    while (dir != null && !java.nio.file.Files.isRegularFile(dir.resolve("RULES.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a directory above the module holding RULES.md").isNotNull();
    String rules = java.nio.file.Files.readString(dir.resolve("RULES.md"));
    String section = rules.substring(rules.indexOf("## Format rules (cnd-json)"));
    java.util.List<String> listed = section.lines().filter(l -> l.startsWith("- `json.")).toList();
    java.util.List<String> expected = java.util.Arrays.stream(FormatRule.values())
        .map(r -> "- `" + r.id() + "` \u2014 " + r.severity().code() + " \u2014 " + r.description())
        .toList();
    assertThat(listed).containsExactlyElementsOf(expected);
  }
}
