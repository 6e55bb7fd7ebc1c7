package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cnd.json.internal.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples of each class of error, inline: the rule and the exact path of the offending node, and the line and
 * column of the node the path names. The corpus under {@code src/test/resources/invalid} holds the same classes as
 * files; these examples add the model's invariants deep inside values and lists.
 */
class ReadErrorsTest {
  private static final CndJson JSON = CndJson.create();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final String HEAD = "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,";
  private static final String CLUSTER = "\"id\":\"c\",\"name\":\"C\",\"sector\":{\"name\":\"S\"},";
  private static final String ENGAGEMENT = "\"id\":\"e\",\"programme\":\"p\",\"cluster\":\"c\",";
  private static final String STUDY = "\"id\":\"s\",\"cluster\":\"c\",";
  private static final String SWOT = "\"strengths\":[{\"theme\":\"skills\",\"text\":\"S\"}],\"weaknesses\":[{\"theme\":"
      + "\"skills\",\"text\":\"W\"}],\"opportunities\":[{\"theme\":\"market\",\"text\":\"O\"}],\"threats\":[{\"theme\":"
      + "\"market\",\"text\":\"T\"}]";
  private static final String PLAN = "\"id\":\"plan\",\"cluster\":\"c\",\"horizon\":\"2005/2007\",";
  private static final String ACTIVITY = "\"id\":\"a\",\"title\":\"A\",\"kind\":\"pilot\",\"intervention\":\"soft\","
      + "\"status\":\"planned\"";
  private static final String INDICATOR = "\"id\":\"i\",\"name\":\"I\",\"level\":\"output\",\"measure\":\"number\",";
  private static final String VALUE = "\"value\":{\"number\":12},";
  private static final String TRAINING = "\"id\":\"t\",\"title\":\"T\",\"kind\":\"workshop\",";

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
            HEAD + "\"programmes\":[{\"id\":\"p\",\"title\":\"P\"},{\"id\":\"p\",\"title\":\"Q\"}]}"),
        // the methodology: format rules
        Arguments.of("json.unknown-code", "/engagements/0/team/0/role",
            HEAD + "\"engagements\":[{" + ENGAGEMENT + "\"team\":[{\"person\":\"p\",\"role\":\"agent\"}]}]}"),
        Arguments.of("json.type", "/indicators/0/baseline/value/number",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"baseline\":{\"value\":{\"number\":true},\"date\":\"2004\"}}]}"),
        Arguments.of("json.type", "/actionPlans/0/version",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"version\":1.5}]}"),
        Arguments.of("json.missing-property", "/indicators/0/measurements/0/breakdown/0",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"disaggregation\":\"gender\",\"measurements\":[{" + VALUE
                + "\"date\":\"2006\",\"breakdown\":[{\"gender\":\"male\"}]}]}]}"),
        // the methodology: values refused by the core, at their place in the document
        Arguments.of("lifecycle.team-member", "/engagements/0/team/0",
            HEAD + "\"engagements\":[{" + ENGAGEMENT + "\"team\":[{\"role\":\"cda\"}]}]}"),
        Arguments.of("text.blank", "/engagements/0/phaseHistory/0/reason",
            HEAD + "\"engagements\":[{" + ENGAGEMENT + "\"phaseHistory\":[{\"phase\":\"suspended\",\"date\":\"2006\","
                + "\"reason\":\" \"}]}]}"),
        Arguments.of("text.blank", "/engagements/0/governanceBody/name",
            HEAD + "\"engagements\":[{" + ENGAGEMENT + "\"governanceBody\":{\"name\":\"\"}}]}"),
        Arguments.of("diagnostic.map-actor-duplicate", "/diagnosticStudies/0/clusterMap/actors/1/id",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"clusterMap\":{\"actors\":[{\"id\":\"a\",\"kind\":\"buyers\"},"
                + "{\"id\":\"a\",\"kind\":\"suppliers\"}]}}]}"),
        Arguments.of("diagnostic.map-empty", "/diagnosticStudies/0/clusterMap",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"validation\":{\"date\":\"2005\"},\"clusterMap\":{},"
                + "\"swot\":{" + SWOT + "}}]}"),
        Arguments.of("diagnostic.size-class-duplicate", "/diagnosticStudies/0/enterprisesBySize/1/sizeClass",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"enterprisesBySize\":[{\"sizeClass\":\"micro\",\"count\":300},"
                + "{\"sizeClass\":\"micro\",\"count\":30}]}]}"),
        Arguments.of("diagnostic.baseline-duplicate", "/diagnosticStudies/0/baselines/1/indicator",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"baselines\":[{\"indicator\":\"i\"," + VALUE + "\"date\":\"2004\"},"
                + "{\"indicator\":\"i\"," + VALUE + "\"date\":\"2005\"}]}]}"),
        Arguments.of("figure.negative", "/diagnosticStudies/0/enterprisesBySize/0/count",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"enterprisesBySize\":[{\"sizeClass\":\"small\",\"count\":-1}]}]}"),
        Arguments.of("figure.negative", "/diagnosticStudies/0/projectedMap/actors/0/count",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"projectedMap\":{\"actors\":[{\"id\":\"a\",\"kind\":\"buyers\","
                + "\"count\":-2}]}}]}"),
        Arguments.of("plan.supersedes", "/actionPlans/0/supersedes",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"supersedes\":\"plan\"}]}"),
        Arguments.of("plan.objective-duplicate", "/actionPlans/0/objectives/1/id",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"objectives\":[{\"id\":\"o\",\"statement\":\"S\"},"
                + "{\"id\":\"o\",\"statement\":\"T\"}]}]}"),
        Arguments.of("plan.activity-duplicate", "/actionPlans/0/activities/1/id",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"activities\":[{" + ACTIVITY + "},{" + ACTIVITY + "}]}]}"),
        Arguments.of("plan.activity-period", "/actionPlans/0/activities/0/period",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"activities\":[{" + ACTIVITY + ",\"period\":\"2004/2006\"}]}]}"),
        Arguments.of("plan.funding-currency", "/actionPlans/0/activities/0/funding/1/amount",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"activities\":[{" + ACTIVITY + ",\"funding\":["
                + "{\"organisation\":\"o\",\"amount\":{\"amount\":\"1\",\"currency\":\"USD\"}},"
                + "{\"organisation\":\"p\",\"amount\":{\"amount\":\"1\",\"currency\":\"PKR\"}}]}]}]}"),
        Arguments.of("money.negative", "/actionPlans/0/activities/0/funding/0/amount",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"activities\":[{" + ACTIVITY + ",\"funding\":["
                + "{\"organisation\":\"o\",\"amount\":{\"amount\":\"-1\",\"currency\":\"USD\"}}]}]}]}"),
        Arguments.of("plan.superseded-date", "/actionPlans/0/supersededOn",
            HEAD + "\"actionPlans\":[{" + PLAN + "\"endorsement\":{\"date\":\"2006\"},\"supersededOn\":\"2005\"}]}"),
        Arguments.of("monitoring.value-kind", "/indicators/0/targets/0/value",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"targets\":[{\"value\":{\"text\":\"many\"},\"date\":\"2008\"}]}]}"),
        Arguments.of("monitoring.target-before-baseline", "/indicators/0/targets/0/date",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"baseline\":{" + VALUE + "\"date\":\"2005\"},"
                + "\"targets\":[{" + VALUE + "\"date\":\"2004\"}]}]}"),
        Arguments.of("monitoring.measurement-before-baseline", "/indicators/0/measurements/0/period",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"baseline\":{" + VALUE + "\"date\":\"2005\"},"
                + "\"measurements\":[{" + VALUE + "\"period\":\"2003/2004\"}]}]}"),
        Arguments.of("monitoring.measurement-when", "/indicators/0/measurements/0",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"measurements\":[{" + VALUE.substring(0, VALUE.length() - 1) + "}]}]}"),
        Arguments.of("monitoring.disaggregation", "/indicators/0/measurements/0/breakdown/0",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"measurements\":[{" + VALUE + "\"date\":\"2006\","
                + "\"breakdown\":[{\"gender\":\"male\"," + VALUE.substring(0, VALUE.length() - 1) + "}]}]}]}"),
        Arguments.of("monitoring.value-kind", "/indicators/0/measurements/0/breakdown/0/value",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"disaggregation\":\"gender\",\"measurements\":[{" + VALUE
                + "\"date\":\"2006\",\"breakdown\":[{\"gender\":\"male\",\"value\":{\"text\":\"most\"}}]}]}]}"),
        Arguments.of("monitoring.value", "/indicators/0/baseline/value",
            HEAD + "\"indicators\":[{" + INDICATOR + "\"baseline\":{\"value\":{},\"date\":\"2005\"}}]}"),
        Arguments.of("monitoring.value", "/diagnosticStudies/0/baselines/0/value/number",
            HEAD + "\"diagnosticStudies\":[{" + STUDY + "\"baselines\":[{\"indicator\":\"i\","
                + "\"value\":{\"number\":1e-31}}]}]}"),
        Arguments.of("training.participants", "/trainings/0/participants/count",
            HEAD + "\"trainings\":[{" + TRAINING + "\"participants\":{\"count\":1,\"people\":[\"a\",\"b\"]}}]}"),
        Arguments.of("training.exercise", "/trainings/0/exercises/1",
            HEAD + "\"trainings\":[{" + TRAINING + "\"exercises\":[{\"cluster\":\"c\"},{\"study\":\"s\"}]}]}"),
        Arguments.of("report.subject", "/reports/0",
            HEAD + "\"reports\":[{\"id\":\"r\",\"title\":\"R\",\"kind\":\"guide\",\"clusters\":[]}]}"),
        Arguments.of("linkage.parties", "/linkages/0",
            HEAD + "\"linkages\":[{\"id\":\"l\",\"kind\":\"buyer\"}]}"));
  }

  /** Where the reader locates a violation, when it is not the node the path names: the nearest node it records. */
  private static final Map<String, String> LOCATED_AT = Map.of(
      "/indicators/0/measurements/0/breakdown/0/value", "/indicators/0/measurements/0/breakdown/0");

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

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("examples")
  void aRuleOfTheModelIsLocatedAtTheNodeItNames(String rule, String path, String document) {
    if (rule.startsWith("json.")) {
      return;
    }
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> JSON.read(document));
    String node = LOCATED_AT.getOrDefault(path, path);
    // An independent reading of where that node starts: a plain parser, paths as the parser sees them.
    int[] expected = Locator.locate(PLAIN.tokenStreamFactory(), new StringReader(document),
        Set.of(node)).get(node);
    assertThat(expected).as("the document holds " + node).isNotNull();
    assertThat(new int[] {e.line(), e.column()}).as("line and column of " + path).isEqualTo(expected);
  }

  @Test
  void aNumberWithAHugeExponentIsRefusedWithoutExpandingIt() {
    String document = HEAD + "\"indicators\":[{" + INDICATOR + "\"baseline\":{\"value\":{\"number\":1e999999999},"
        + "\"date\":\"2005\"}}]}";
    CndJsonException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> catchThrowableOfType(CndJsonException.class, () -> JSON.read(document)));
    assertThat(e.ruleId()).isEqualTo("monitoring.value");
    assertThat(e.path()).isEqualTo("/indicators/0/baseline/value/number");
    assertThat(e.violation().message()).contains("1E+999999999").contains("at most 30 digits");
  }

  static Stream<Arguments> malformedJson() {
    return Stream.of(
        Arguments.of("{/* a note */}", "comments are not allowed in JSON"),
        Arguments.of("{\"format\": \"cnd-portfolio\" // a note\n}", "comments are not allowed in JSON"),
        Arguments.of("{\"formatVersion\": NaN}", "NaN is not a JSON number"),
        Arguments.of("{\"formatVersion\": -Infinity}", "-Infinity is not a JSON number"),
        Arguments.of("{'format': 1}", "double quotes, not single quotes"),
        Arguments.of("{format: 1}", "expected a property name in double quotes, found 'f'"),
        Arguments.of("{\"formatVersion\": 01}", "a JSON number has no leading zeros"),
        Arguments.of("{\"formatVersion\": +1}", "a JSON number has no plus sign"),
        Arguments.of("{\"formatVersion\": 1.}", "a JSON number has a digit after its decimal point"),
        Arguments.of("{\"formatVersion\": 0x1}", "JSON numbers are decimal"),
        Arguments.of("{\"format\": \"a\nb\"}", "control character U+000A in a string"),
        Arguments.of("{\"format\": \"\\q\"}", "\\q is not a JSON escape"),
        Arguments.of("{\"format\": \"cnd-portfolio\",}", "JSON allows no comma before '}'"),
        Arguments.of("{\"clusters\": [{\"place\": {\"localities\": [\"Karachi\",]}}]}",
            "JSON allows no comma before ']'"),
        Arguments.of("{\"format\": \"cnd-portfolio\" \"formatVersion\": 1}", "expected a comma or '}' after a property"),
        Arguments.of("{\"format\": tru}", "'tru' is not a JSON value"),
        Arguments.of("{\"format\": #}", "expected a value (a string, a number"));
  }

  @ParameterizedTest
  @MethodSource("malformedJson")
  void malformedJsonIsToldInTheFormatsWordsNotTheParsers(String document, String words) {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> JSON.read(document));
    assertThat(e.ruleId()).isEqualTo("json.syntax");
    assertThat(e.violation().message()).startsWith("Malformed JSON: ").contains(words)
        .doesNotContain("Feature", "ALLOW_", "enable", "code ");
  }
}
