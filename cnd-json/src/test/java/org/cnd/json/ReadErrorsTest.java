package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Examples of each class of error, inline: the rule and the exact path of the offending node, and the line and
 * column of the node the path names. The corpus under {@code src/test/resources/invalid} holds the same classes as
 * files; these examples add the model's invariants deep inside values and lists.
 */
class ReadErrorsTest {
  private static final CndJson JSON = CndJson.create();
  private static final String HEAD = "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,";
  private static final String CLUSTER = "\"id\":\"c\",\"name\":\"C\",\"sector\":{\"name\":\"S\"},";

  static Stream<Arguments> examples() {
    return Stream.of(
        // format rules
        Arguments.of("json.root", "", "42"),
        Arguments.of("json.syntax", "/people/0/id", HEAD + "\"people\":[{\"id\":\"p\" \"name\":\"P\"}]}"),
        Arguments.of("json.format", "/format", "{\"format\":\"CND-PORTFOLIO\",\"formatVersion\":1}"),
        Arguments.of("json.format-version", "/formatVersion", "{\"format\":\"cnd-portfolio\",\"formatVersion\":-1}"),
        Arguments.of("json.unknown-property", "/programmes/0/funding/0/currency",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"funding\":[{\"funder\":\"f\",\"kind\":\"cash\","
                + "\"currency\":\"USD\"}]}]}"),
        Arguments.of("json.duplicate-key", "/clusters/0/place/country",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\",\"country\":\"IN\"}}]}"),
        Arguments.of("json.type", "/clusters/0/profile/asOf",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\"},\"profile\":{\"asOf\":2004}}]}"),
        Arguments.of("json.null", "/organisations/0/formerNames/0",
            HEAD + "\"organisations\":[{\"id\":\"o\",\"name\":\"O\",\"kind\":\"ngo\",\"formerNames\":[null]}]}"),
        Arguments.of("json.missing-property", "/programmes/0/relatedProgrammes/0",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"relatedProgrammes\":[{\"kind\":\"child\"}]}]}"),
        Arguments.of("json.unknown-code", "/programmes/0/funding/0/kind",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"funding\":[{\"funder\":\"f\",\"kind\":\"loan\"}]}]}"),
        Arguments.of("json.unknown-code", "/programmes/0/participants/0/role",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"participants\":[{\"organisation\":\"o\","
                + "\"role\":\"donor\"}]}]}"),
        Arguments.of("json.unknown-code", "/clusters/0/kind",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\"},\"kind\":\"craft\"}]}"),
        // values refused by the core, at their place in the document
        Arguments.of("text.blank", "/clusters/0/place/localities/1",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\",\"localities\":[\"Multan\",\" \"]}}]}"),
        Arguments.of("text.blank", "/organisations/0/formerNames/0/acronym",
            HEAD + "\"organisations\":[{\"id\":\"o\",\"name\":\"O\",\"kind\":\"ngo\",\"formerNames\":[{\"name\":\"N\","
                + "\"acronym\":\"\\t\"}]}]}"),
        Arguments.of("text.blank", "/programmes/0/statusHistory/0/note",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"statusHistory\":[{\"status\":\"active\","
                + "\"date\":\"2004\",\"note\":\"\"}]}]}"),
        Arguments.of("money.negative", "/clusters/0/profile/exports",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\"},\"profile\":{\"asOf\":\"2004\","
                + "\"exports\":{\"amount\":\"-1\",\"currency\":\"USD\"}}}]}"),
        Arguments.of("money.negative", "/programmes/0/funding/1/amount",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"funding\":[{\"funder\":\"f\",\"kind\":\"cash\"},"
                + "{\"funder\":\"g\",\"kind\":\"cash\",\"amount\":{\"amount\":\"-0.01\",\"currency\":\"EUR\"}}]}]}"),
        Arguments.of("figure.negative", "/clusters/0/profile/employment",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\"},\"profile\":{\"asOf\":\"2004\","
                + "\"employment\":-3}}]}"),
        Arguments.of("place.point", "/clusters/0/place/point/longitude",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\",\"point\":{\"latitude\":0,"
                + "\"longitude\":-180.5}}}]}"),
        Arguments.of("money.currency", "/programmes/0/budget/currency",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"budget\":{\"amount\":\"1\",\"currency\":\"US\"}}]}"),
        Arguments.of("date.syntax", "/programmes/0/funding/0/date",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"funding\":[{\"funder\":\"f\",\"kind\":\"cash\","
                + "\"date\":\"0999\"}]}]}"),
        Arguments.of("date.syntax", "/programmes/0/period",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"period\":\"2001-13/..\"}]}"),
        Arguments.of("id.syntax", "/people/0/affiliation",
            HEAD + "\"people\":[{\"id\":\"p\",\"name\":\"P\",\"affiliation\":\"" + "a".repeat(65) + "\"}]}"),
        Arguments.of("id.syntax", "/programmes/0/relatedProgrammes/0/programme",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"relatedProgrammes\":[{\"kind\":\"child\","
                + "\"programme\":\"\"}]}]}"),
        Arguments.of("portfolio.duplicate-id", "/clusters/1/id",
            HEAD + "\"clusters\":[{" + CLUSTER + "\"place\":{\"country\":\"PK\"}},{" + CLUSTER
                + "\"place\":{\"country\":\"IN\"}}]}"),
        Arguments.of("portfolio.duplicate-id", "/programmes/1/id",
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\"},{\"id\":\"p\",\"title\":\"Q\"}]}"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("examples")
  void isRefusedWithTheRuleAtThePath(String rule, String path, String document) {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> JSON.read(document));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.ruleId()).isEqualTo(rule);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isBetween(1, document.length() + 1);
    assertThat(e.violation().message()).contains("expected");
  }
}
