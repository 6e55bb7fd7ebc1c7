package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.Violation;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

/** The examples exported: the Pakistan programme's first project, the whole record, the lifecycle tour. */
class IatiExportExamplesTest {
  private static final Portfolio PAKISTAN = PakistanProgramme.withIllustrativePurpose(PakistanProgramme.portfolio());
  private static IatiOptions firstProject(boolean approximate) {
    return Exports.options().addProgrammes(PakistanProgramme.FIRST_PROJECT).approximateActualDates(approximate).build();
  }

  @Test
  void usPak01099IsOneValidActivityWithUnidoItsClustersAndNothingTheRecordDoesNotSay() {
    Exports.Run run = Exports.conforming(PAKISTAN, firstProject(true), RulesetOracle.shared());
    assertThat(run.result().isValid()).as(run.result().toString()).isTrue();
    assertThat(RulesetOracle.shared().evaluated()).as("ruleset cases evaluated").isGreaterThan(20);
    List<IatiReader.Activity> activities = run.activities();
    assertThat(activities).hasSize(1);
    IatiReader.Activity a = activities.get(0);
    assertThat(a.identifier()).isEqualTo("XM-DAC-41123-US-PAK-01-099");
    assertThat(a.reporting()).isEqualTo(new IatiReader.Org("XM-DAC-41123", "40", null,
        "United Nations Industrial Development Organization"));
    assertThat(a.participants()).extracting(IatiReader.Org::ref, IatiReader.Org::role, IatiReader.Org::name).containsExactly(
        tuple("XM-DAC-41123", "4", "United Nations Industrial Development Organization"),
        tuple(null, "1", "Pakistani firms and institutions"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.status()).isEqualTo("2");
    // "Began in mid-2001" (2001-06~, May to July 2001): approximated by its earliest day because the options ask
    // for it; no end.
    assertThat(a.dates()).isEqualTo(Map.of("2", "2001-05-01"));
    assertThat(a.countries()).containsExactly("PK");
    assertThat(a.locations()).containsExactly("gujrat-electric-fans: Gujrat", "wazirabad-cutlery: Wazirabad",
        "lahore-ready-made-garments: Lahore", "karachi-korangi-leather: Korangi, Karachi",
        "karachi-saddar-gems-jewellery: Saddar, Karachi");
    assertThat(a.sectors()).containsExactly("32130");
    // The budget (USD 235,000) has no end to its period in the record: it stays out, and the export says so.
    assertThat(a.money()).isEmpty();
    assertThat(run.result().problems()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("iati.budget-undated", "/programmes/2/budget"),
        tuple("iati.related-activity", "/programmes/2/relatedProgrammes/0"));
  }

  @Test
  void usPak01099WithoutTheRuleForActualDatesHasNoStartDateAndIsRefused() {
    Exports.Run run = Exports.conforming(PAKISTAN, firstProject(false), RulesetOracle.shared());
    assertThat(run.result().isWritten()).isFalse();
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("iati.start-date", "/programmes/2/period"));
    assertThat(run.result().problems()).extracting(Violation::ruleId, Violation::path)
        .contains(tuple("iati.actual-date-precision", "/programmes/2/period"));
  }

  @Test
  void theWholeRecordIsRefusedNamingWhatEachProgrammeLacks() {
    Exports.Run run = Exports.conforming(PAKISTAN, Exports.options().approximateActualDates(true).build(), RulesetOracle.shared());
    assertThat(run.result().isWritten()).isFalse();
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path).contains(
        tuple("iati.description", "/programmes/0/description"),
        tuple("iati.activity-identifier", "/programmes/0/iatiIdentifier"),
        tuple("iati.sector", "/programmes/1/purposes"),
        tuple("iati.language", "/programmes/1/language"));
    assertThat(run.result().errors()).noneMatch(v -> v.path().startsWith("/programmes/2"));
  }

  @Test
  void askedToWriteWhatItCanTheWholeRecordGivesASchemaValidDocument() {
    Exports.Run run = Exports.conforming(PAKISTAN,
        Exports.options().approximateActualDates(true).writeWhatItCan(true).build(), RulesetOracle.shared());
    assertThat(run.result().isValid()).isFalse();
    assertThat(run.activities()).extracting(IatiReader.Activity::identifier).contains("XM-DAC-41123-US-PAK-01-099");
  }

  @Test
  void theTourGivesTheProgrammeAndItsEngagementAsParentAndChildWithTheIndicatorAsResult() {
    Exports.Run run = Exports.conforming(LifecycleTour.portfolio(),
        Exports.options().approximateActualDates(true).engagementActivities(true).build(), RulesetOracle.shared());
    assertThat(run.result().isValid()).as(run.result().toString()).isTrue();
    List<IatiReader.Activity> activities = run.activities();
    assertThat(activities).extracting(IatiReader.Activity::identifier)
        .containsExactly("XM-DAC-41123-US-PAK-01-099", "XM-DAC-41123-US-PAK-01-099-tour-gujrat-fans");
    assertThat(activities.get(0).related()).containsExactly("2 XM-DAC-41123-US-PAK-01-099-tour-gujrat-fans");
    IatiReader.Activity child = activities.get(1);
    assertThat(child.related()).containsExactly("1 XM-DAC-41123-US-PAK-01-099");
    assertThat(child.title()).isEqualTo("Electric fans cluster in Gujrat");
    assertThat(child.locations()).containsExactly("gujrat-electric-fans: Gujrat");
    assertThat(child.dates()).containsEntry("2", "2001-08-01").containsKey("4");
    assertThat(child.status()).isEqualTo("4");
    assertThat(child.results()).hasSize(1);
    IatiReader.Result exporters = child.results().get(0);
    assertThat(exporters.type()).isEqualTo("2");
    assertThat(exporters.measure()).isEqualTo("1");
    assertThat(exporters.title()).isEqualTo("Firms exporting (illustrative)");
    assertThat(exporters.baselineYear()).isEqualTo("2002");
    assertThat(exporters.baselineValue()).isEqualTo("5");
    assertThat(exporters.periods()).contains("2005-01-01/2005-12-31 target=15", "2003-06-01/2003-06-30 actual=9");
    assertThat(activities.get(0).results()).as("results belong to the child").isEmpty();
    assertThat(activities.get(0).documents()).containsExactly("https://example.org/cnd-tour/gujrat-fans-progress-report.pdf"
        + " application/pdf A08 2005-12-15: Progress report of the electric fans cluster in Gujrat (illustrative)");
  }

  @Test
  void withoutItsIllustrativePurposeUsPak01099IsRefusedForWantOfASector() {
    Exports.Run run = Exports.conforming(PakistanProgramme.portfolio(), firstProject(true), RulesetOracle.shared());
    assertThat(run.result().isWritten()).isFalse();
    assertThat(run.result().errors()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("iati.sector", "/programmes/2/purposes"));
  }

  @Test
  void withoutChildActivitiesTheProgrammeCarriesItsEngagementsResults() {
    Exports.Run run = Exports.conforming(LifecycleTour.portfolio(), Exports.options().approximateActualDates(true).build(), RulesetOracle.shared());
    assertThat(run.activities()).hasSize(1);
    assertThat(run.activities().get(0).results()).extracting(IatiReader.Result::title)
        .containsExactly("Firms exporting (illustrative)");
    assertThat(run.activities().get(0).related()).isEmpty();
  }
}
