package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.PROGRAMME;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.cnd.core.testing.MethodologyFixtures.d;

import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.testing.MethodologyFixtures;
import org.cnd.core.time.DateRange;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.cnd.core.training.TrainingRole;
import org.junit.jupiter.api.Test;

/**
 * The seed's facts on training, reports and matchmaking, expressed in the model: the training of trainers with
 * NIPA in May-June 2005, the first national CDA course, the CDA training of the first quarter of 2007 and its
 * review meeting "expected in mid-May 2008", the TRTA study of compliance issues of Punjab's clusters, and the
 * matchmaking of EDB, PCSIR, BSF, CSF and TUSDEC with the cluster actors.
 */
class SeedMethodologyTest {
  private static final OrganisationId NIPA = OrganisationId.of("nipa");
  private static final OrganisationId UNIDO_INDIA = OrganisationId.of("unido-cdp-india");
  private static final OrganisationId SMEDA_SINDH = OrganisationId.of("smeda-sindh");
  private static final OrganisationId AHAN = OrganisationId.of("ahan");
  private static final OrganisationId TRTA = OrganisationId.of("unido-trta");
  private static final TrainingId TOT = TrainingId.of("tot-2005");
  private static final TrainingId FIRST_COURSE = TrainingId.of("cda-course-2005");
  private static final TrainingId COURSE_2007 = TrainingId.of("cda-course-2007");

  private static Organisation org(String id, String name, String acronym, OrganisationKind kind) {
    return Organisation.builder().id(OrganisationId.of(id)).name(name).acronym(acronym).kind(kind).build();
  }

  @Test
  void theSeedsTrainingReportsAndMatchmakingAreExpressible() {
    Portfolio p = MethodologyFixtures.world()
        .withOrganisation(org("nipa", "National Institute of Public Administration", "NIPA", OrganisationKind.TRAINING_INSTITUTE))
        .withOrganisation(Organisation.builder().id(UNIDO_INDIA).name("UNIDO cluster development programme in India")
            .kind(OrganisationKind.INTERNATIONAL_PROGRAMME).build())
        .withOrganisation(Organisation.builder().id(SMEDA_SINDH).name("SMEDA Sindh").kind(OrganisationKind.SME_AGENCY).parent(SMEDA).build())
        .withOrganisation(org("ahan", "Aik Hunar Aik Nagar", "AHAN", OrganisationKind.NATIONAL_PROGRAMME))
        .withOrganisation(org("unido-trta", "Trade Related Technical Assistance Programme of UNIDO", "TRTA",
            OrganisationKind.INTERNATIONAL_PROGRAMME))
        .withOrganisation(org("edb", "Engineering Development Board", "EDB", OrganisationKind.GOVERNMENT_AGENCY))
        .withOrganisation(org("pcsir", "Pakistan Council of Scientific and Industrial Research", "PCSIR", OrganisationKind.RESEARCH_INSTITUTE))
        .withOrganisation(org("bsf", "Business Support Fund", "BSF", OrganisationKind.FUND))
        .withOrganisation(org("csf", "Competitive Support Fund", "CSF", OrganisationKind.FUND))
        .withOrganisation(org("tusdec", "Technology Up-gradation and Skill Development Company", "TUSDEC", OrganisationKind.COMPANY))
        .withTraining(Training.builder()
            .id(TOT).title("Training of trainers for cluster development agents").kind(TrainingKind.TRAINING_OF_TRAINERS)
            .programme(PROGRAMME).period(DateRange.of(d("2005-05"), d("2005-06")))
            .addPartners(TrainingPartner.of(NIPA, TrainingRole.ORGANISER), TrainingPartner.of(UNIDO_INDIA, TrainingRole.RESOURCE_PARTNER))
            .addFollowUps(FollowUpEvent.builder().kind(TrainingKind.CDA_COURSE).status(EventStatus.HELD).date(d("2005"))
                .training(FIRST_COURSE).note("A short time later").build())
            .build())
        .withTraining(Training.builder()
            .id(FIRST_COURSE).title("First national CDA training programme").kind(TrainingKind.CDA_COURSE).programme(PROGRAMME)
            .period(DateRange.of(d("2005"))).description("Open to the CDAs of all CND initiatives in Pakistan")
            .addExercises(Exercise.builder().clusterDescription("Each cluster of the CND initiatives under way")
                .description("A diagnostic study and an action plan").build())
            .build())
        .withTraining(Training.builder()
            .id(COURSE_2007).title("CDA training on the UNIDO CND methodology").kind(TrainingKind.CDA_COURSE).programme(PROGRAMME)
            .period(DateRange.of(d("2007-Q1")))
            .participants(Participants.builder().count(20).organisationCount(6).addOrganisations(SMEDA_SINDH, AHAN)
                .description("CDAs and officials of national and private sector bodies").build())
            .addFollowUps(FollowUpEvent.builder().kind(TrainingKind.REVIEW_MEETING).status(EventStatus.PLANNED).date(d("2008-05"))
                .note("Expected in mid-May").build())
            .build())
        .withReport(Report.builder()
            .id(ReportId.of("trta-compliance-punjab")).title("Compliance Issues Affecting Enterprise Clusters in Punjab")
            .kind(ReportKind.STUDY).addAuthors(TRTA).addProgrammes(PROGRAMME)
            .region(Place.builder().country(CountryCode.of("PK")).subdivision(SubdivisionCode.of("PK-PB")).build())
            .build())
        .withLinkage(Linkage.builder()
            .id(LinkageId.of("matchmaking-support-institutions")).kind(LinkageKind.MATCHMAKING).programme(PROGRAMME)
            .addOrganisations(OrganisationId.of("edb"), OrganisationId.of("pcsir"), OrganisationId.of("bsf"), OrganisationId.of("csf"),
                OrganisationId.of("tusdec"))
            .addClusters(CLUSTER, OTHER_CLUSTER)
            .description("Supporting EDB, PCSIR, BSF, CSF and TUSDEC in materializing their goals through matchmaking with the cluster actors")
            .build());

    assertThat(p.validate().isClean()).as("%s", p.validate()).isTrue();
    assertThat(p.training(COURSE_2007).orElseThrow().participants().orElseThrow().count()).hasValue(20);
    // The words of these entries are the report's: TimelineSentencesTest of cnd-report.
    assertThat(p.queries().timeline()).extracting(e -> e.date().toString(), e -> e.kind())
        .contains(tuple("2005-05", TimelineKind.TRAINING), tuple("2008-05", TimelineKind.TRAINING_FOLLOW_UP));
  }
}
