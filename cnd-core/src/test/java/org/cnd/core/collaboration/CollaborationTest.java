package org.cnd.core.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.world;

import org.cnd.core.id.ClusterId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CollaborationTest {
  @Test
  void aLinkageLinksSomebody() {
    assertThat(Linkage.builder().id(LinkageId.of("l")).kind(LinkageKind.HORIZONTAL_NETWORK).addClusters(CLUSTER).build().clusters())
        .containsExactly(CLUSTER);
    assertThatThrownBy(() -> Linkage.builder().id(LinkageId.of("l")).kind(LinkageKind.MATCHMAKING).build())
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("linkage.parties"))
        .hasMessageContaining("Linkage l links nobody: expected at least one organisation or cluster, found none");
  }

  @Test
  void aReportIsAboutClustersOrARegion() {
    assertThat(Report.builder().id(ReportId.of("r")).title("Compliance").kind(ReportKind.STUDY)
        .region(Place.of(CountryCode.of("PK"))).build().clusters()).isEmpty();
    assertThatThrownBy(() -> Report.builder().id(ReportId.of("r")).title("Compliance").kind(ReportKind.STUDY).build())
        .isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("report.subject"))
        .hasMessageContaining("expected clusters or a region, found neither");
    assertThatThrownBy(() -> Report.builder().id(ReportId.of("r")).title(" ").kind(ReportKind.STUDY).addClusters(CLUSTER).build())
        .hasMessageContaining("text.blank");
  }

  @Test
  void referencesResolve() {
    Linkage l = Linkage.builder().id(LinkageId.of("l")).kind(LinkageKind.MATCHMAKING).date(d("2007"))
        .addOrganisations(SMEDA, OrganisationId.of("no-org")).addClusters(ClusterId.of("nowhere"))
        .programme(ProgrammeId.of("no-programme")).build();
    Report r = Report.builder().id(ReportId.of("r")).title("Compliance").kind(ReportKind.STUDY)
        .addClusters(ClusterId.of("nowhere")).addAuthors(OrganisationId.of("no-author")).addProgrammes(ProgrammeId.of("no-programme"))
        .build();
    assertThat(world().withLinkage(l).withReport(r).validate().violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            tuple("reference.organisation", "/linkages/0/organisations/1"),
            tuple("reference.cluster", "/linkages/0/clusters/0"),
            tuple("reference.programme", "/linkages/0/programme"),
            tuple("reference.cluster", "/reports/0/clusters/0"),
            tuple("reference.organisation", "/reports/0/authors/0"),
            tuple("reference.programme", "/reports/0/programmes/0"));
  }

  @Test
  void enumerationsHaveCodes() {
    assertThat(LinkageKind.fromCode("vertical_network")).contains(LinkageKind.VERTICAL_NETWORK);
    assertThat(ReportKind.fromCode("progress_report")).contains(ReportKind.PROGRESS_REPORT);
  }
}
