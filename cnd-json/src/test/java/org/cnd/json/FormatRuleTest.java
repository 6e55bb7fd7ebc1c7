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
}
