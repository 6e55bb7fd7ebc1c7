package org.cnd.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Objects;
import org.cnd.core.internal.Texts;
import org.junit.jupiter.api.Test;

class ViolationTest {
  private static final Violation DANGLING = Violation.of(Rule.REFERENCE_CLUSTER, "/programmes/2/targetClusters/1",
      "Target cluster \"x\" of programme p is not in the portfolio: expected the id of a cluster");

  @Test
  void carriesRuleSeverityPathAndMessage() {
    assertThat(DANGLING.ruleId()).isEqualTo("reference.cluster");
    assertThat(DANGLING.severity()).isEqualTo(Severity.ERROR);
    assertThat(DANGLING.isError()).isTrue();
    assertThat(DANGLING.path()).isEqualTo("/programmes/2/targetClusters/1");
    assertThat(DANGLING).hasToString("ERROR reference.cluster at /programmes/2/targetClusters/1: "
        + "Target cluster \"x\" of programme p is not in the portfolio: expected the id of a cluster");
  }

  @Test
  void theRootIsPrintedAsASlash() {
    assertThat(Violation.of(Rule.ID_SYNTAX, Pointer.ROOT, "m")).hasToString("ERROR id.syntax at /: m");
  }

  @Test
  void aRuleOfAnotherCatalogueKeepsItsOwnSeverity() {
    Violation json = Violation.of("json.unknown-property", Severity.WARNING, "/extra", "Unknown property");
    assertThat(json.isError()).isFalse();
    assertThat(json.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aValuesViolationMovesUnderItsPlaceInTheDocument() {
    Violation inPlace = Violation.of(Rule.PLACE_AREA, "/area", "m");
    assertThat(inPlace.withPathPrefix("/clusters/2/place").path()).isEqualTo("/clusters/2/place/area");
    assertThat(inPlace.withPathPrefix("")).isSameAs(inPlace);
  }

  @Test
  void equalityIsByValue() {
    Violation same = Violation.of(Rule.REFERENCE_CLUSTER, DANGLING.path(), DANGLING.message());
    assertThat(same).isEqualTo(DANGLING).hasSameHashCodeAs(DANGLING);
    assertThat(Violation.of(Rule.REFERENCE_PROGRAMME, DANGLING.path(), DANGLING.message())).isNotEqualTo(DANGLING);
    // The hash spreads: it is the hash of the four fields, not a constant.
    assertThat(same.hashCode())
        .isEqualTo(Objects.hash(same.ruleId(), same.severity(), same.path(), same.message()))
        .isNotEqualTo(Violation.of(Rule.REFERENCE_CLUSTER, "/programmes/3/targetClusters/1", DANGLING.message()).hashCode());
  }

  @Test
  void theExceptionCarriesTheViolation() {
    RuleViolationException e = new RuleViolationException(Rule.PLACE_POINT, "/latitude", "Invalid latitude");
    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("place.point: Invalid latitude");
    assertThat(e.ruleId()).isEqualTo("place.point");
    assertThat(e.violation()).isEqualTo(Violation.of(Rule.PLACE_POINT, "/latitude", "Invalid latitude"));
  }

  @Test
  void theExceptionKeepsItsViolationThroughSerialization() throws Exception {
    RuleViolationException sent = new RuleViolationException(Rule.PLACE_POINT, "/latitude", "Invalid latitude");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sent);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RuleViolationException received = (RuleViolationException) in.readObject();
      assertThat(received.violation()).isEqualTo(sent.violation());
      assertThat(received.ruleId()).isEqualTo("place.point");
      assertThat(received).hasMessage(sent.getMessage());
    }
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Violation.of((Rule) null, "", "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Violation.of(Rule.ID_SYNTAX, null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Violation.of(Rule.ID_SYNTAX, "", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void blankTextIsRefusedQuotingIt() {
    assertThat(Texts.checkNotBlank("Korangi", "/area", "area")).isEqualTo("Korangi");
    assertRefused(() -> Texts.checkNotBlank(" \t", "/area", "area"), "text.blank", "/area")
        .hasMessageContaining("Blank area")
        .hasMessageContaining("\" \t\"");
    assertThatThrownBy(() -> Texts.checkNotBlank(null, "/area", "area")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void severityPrintsItsCode() {
    assertThat(Severity.ERROR).hasToString("error");
    assertThat(Severity.WARNING).hasToString("warning");
    assertThat(Severity.fromCode(Severity.WARNING.toString())).contains(Severity.WARNING);
  }
}
