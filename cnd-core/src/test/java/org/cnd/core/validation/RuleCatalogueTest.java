package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the rule catalogue and {@code RULES.md} in step: the same rules, in the same order and groups, with the
 * same severities and descriptions. The groups are {@link RuleGroup}s, which RULES.md has as {@code ## group}
 * headings with their introductions.
 */
class RuleCatalogueTest {
  private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");
  private static final Pattern ROW = Pattern.compile("\\|\\s*`([^`]*)`\\s*\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*");
  private static final Pattern HEADING = Pattern.compile("##\\s+(.+?)\\s*");

  /** A rule as RULES.md or the enum states it. */
  record Entry(String group, String id, String severity, String description) {
    @Override
    public String toString() {
      return "## " + group + ": | `" + id + "` | " + severity + " | " + description + " |";
    }
  }

  // Surefire runs in the module directory; an IDE may run in the repository root. Walk up to the directory that
  // holds both RULES.md and the cnd-core module.
  private static Path repositoryRoot() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("RULES.md")) && Files.isDirectory(dir.resolve("cnd-core"))) {
        return dir;
      }
    }
    throw new AssertionError("RULES.md not found in " + Paths.get("").toAbsolutePath() + " or any directory above it");
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The rules RULES.md lists, in its order. */
  static List<Entry> documented() throws IOException {
    List<Entry> out = new ArrayList<>();
    String group = null;
    for (String line : lines(repositoryRoot().resolve("RULES.md"))) {
      Matcher heading = HEADING.matcher(line);
      Matcher row = ROW.matcher(line);
      if (heading.matches()) {
        group = heading.group(1);
      } else if (row.matches()) {
        out.add(new Entry(group, row.group(1), row.group(2), row.group(3)));
      }
    }
    return out;
  }

  /** The rules of the enum, in its order, with their groups. */
  static List<Entry> catalogued() {
    return Arrays.stream(Rule.values())
        .map(r -> new Entry(r.group().title(), r.id(), r.severity().code(), r.description()))
        .collect(Collectors.toList());
  }

  @Test
  void rulesMdListsExactlyTheCatalogue() throws IOException {
    List<Entry> documented = documented();
    List<Entry> catalogued = catalogued();
    List<Entry> missing = new ArrayList<>(catalogued);
    missing.removeAll(documented);
    List<Entry> extra = new ArrayList<>(documented);
    extra.removeAll(catalogued);
    assertThat(missing).as("rules of the enum that RULES.md lacks or states otherwise (add these rows)").isEmpty();
    assertThat(extra).as("rows of RULES.md that the enum lacks or states otherwise").isEmpty();
    assertThat(documented).as("RULES.md lists the rules in the enum's order").containsExactlyElementsOf(catalogued);
  }

  /** Each group's rules are contiguous, in the groups' order, and no group is empty. */
  @Test
  void groupsFollowEachOtherInTheCataloguesOrder() {
    List<RuleGroup> seen = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      if (seen.isEmpty() || seen.get(seen.size() - 1) != rule.group()) {
        assertThat(seen).as("group %s appears once", rule.group()).doesNotContain(rule.group());
        seen.add(rule.group());
      }
    }
    assertThat(seen).containsExactly(RuleGroup.values());
    assertThat(RuleGroup.VALUES_TIME.rules()).containsExactly(Rule.DATE_SYNTAX, Rule.DATE_RANGE_SYNTAX, Rule.DATE_RANGE_ORDER,
        Rule.DATE_UNSPECIFIED, Rule.DATE_GROUPING, Rule.DATE_TIME, Rule.DATE_RANGE_START, Rule.DATE_RANGE_UNKNOWN_END);
  }

  /**
   * RULES.md's heading and introduction of each group are the group's title and introduction: with the rules' rows,
   * the catalogue holds all RULES.md says of the model's rules.
   */
  @Test
  void groupsHaveTheHeadingsAndIntroductionsOfRulesMd() throws IOException {
    String text = String.join("\n", lines(repositoryRoot().resolve("RULES.md")));
    for (RuleGroup group : RuleGroup.values()) {
      assertThat(text).as("heading and introduction of %s", group)
          .contains("\n## " + group.title() + "\n\n" + group.introduction() + "\n\n| id | severity | description |\n");
    }
    List<String> headings = lines(repositoryRoot().resolve("RULES.md")).stream()
        .map(HEADING::matcher).filter(Matcher::matches).map(m -> m.group(1))
        .filter(h -> !h.startsWith("Format rules")).toList();
    assertThat(headings).containsExactlyElementsOf(Arrays.stream(RuleGroup.values()).map(RuleGroup::title).toList());
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches(ID);
      assertThat(ids.add(rule.id())).as("%s is unique", rule.id()).isTrue();
    }
  }

  @Test
  void idPatternAcceptsAndRefusesWhatItShould() {
    assertThat(List.of("id.syntax", "date-range.order", "money.currency-mismatch", "a.b.c")).allMatch(s -> ID.matcher(s).matches());
    assertThat(List.of("id", "Id.syntax", "id.", ".id", "id..syntax", "id.-x", "id.x-", "id_x.y", "id.x2"))
        .noneMatch(s -> ID.matcher(s).matches());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void descriptionIsOneSentenceThatFitsATableCell(Rule rule) {
    assertThat(rule.description()).isNotBlank().endsWith(".").doesNotContain("|", "\n", "`");
    assertThat(Character.isUpperCase(rule.description().charAt(0))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void isFoundByItsIdAndPrintsIt(Rule rule) {
    assertThat(Rule.byId(rule.id())).contains(rule);
    assertThat(rule).hasToString(rule.id());
    assertThat(rule.severity().code()).isEqualTo(rule.severity().name().toLowerCase(Locale.ROOT));
  }

  @Test
  void unknownIdsAreNotFound() {
    assertThat(Rule.byId("no.such-rule")).isEmpty();
    assertThat(Rule.byId("ID.SYNTAX")).isEmpty();
  }
}
