package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.core.validation.Rule;
import org.cnd.iati.testing.OfficialIati;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The export's rules: well-formed, stable identifiers, listed in RULES.md, naming IATI rules that exist. */
class IatiRuleTest {
  private static final Pattern ID = Pattern.compile("iati\\.[a-z]+(-[a-z]+)*");

  private static String rulesMd() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("RULES.md")) && Files.isDirectory(dir.resolve("cnd-iati"))) {
        return Files.readString(dir.resolve("RULES.md"), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("RULES.md not found above " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest
  @EnumSource(IatiRule.class)
  void isListedInRulesMdWithItsSeverityDescriptionAndIatiRules(IatiRule rule) throws IOException {
    String iati = rule.iatiRules().isEmpty() ? "" : " (IATI " + String.join(", ", rule.iatiRules()) + ")";
    assertThat(rulesMd()).contains("- `" + rule.id() + "` — " + rule.severity().code() + " — " + rule.description() + iati + "\n");
  }

  @Test
  void rulesMdListsNoOtherExportRule() throws IOException {
    Matcher m = Pattern.compile("- `(iati\\.[^`]*)`").matcher(rulesMd());
    Set<String> listed = new HashSet<>();
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> ids = new HashSet<>();
    for (IatiRule r : IatiRule.values()) {
      ids.add(r.id());
    }
    assertThat(listed).isEqualTo(ids);
  }

  @ParameterizedTest
  @EnumSource(IatiRule.class)
  void hasAWellFormedIdOfItsOwnThatIsFoundAgain(IatiRule rule) {
    assertThat(rule.id()).matches(ID);
    assertThat(Rule.byId(rule.id())).as("not a rule of the core's catalogue").isEmpty();
    assertThat(IatiRule.byId(rule.id())).contains(rule);
    assertThat(rule).hasToString(rule.id());
    assertThat(rule.description()).endsWith(".").doesNotContain("|", "\n", "`");
  }

  @Test
  void theIatiRulesNamedExistInTheStandardRuleset() throws IOException {
    String ruleset = Files.readString(OfficialIati.file("rulesets/standard.json"));
    for (IatiRule rule : IatiRule.values()) {
      for (String id : rule.iatiRules()) {
        assertThat(ruleset).as("IATI rule %s of %s", id, rule).contains("\"id\": \"" + id + "\"");
      }
    }
  }

  @Test
  void unknownIdsAreNotFound() {
    assertThat(IatiRule.byId("iati.no-such-rule")).isEmpty();
  }
}
