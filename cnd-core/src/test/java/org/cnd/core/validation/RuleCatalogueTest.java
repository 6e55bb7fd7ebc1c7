package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule catalogue: identifiers unique and well-formed, groups contiguous, descriptions that fit RULES.md's table
 * cells (RULES.md is generated from the catalogue by cnd-json's {@code GeneratedFiles}).
 */
class RuleCatalogueTest {
  private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");
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
