package org.cnd.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.cnd.core.testing.MethodologyFixtures.UNIDO;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedPlan;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.world;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cnd.core.Portfolio;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class TrainingTest {
  private static final TrainingId ID = TrainingId.of("cda-course-2007");

  private static void refused(ThrowingCallable build, String ruleId, String path, String message) {
    assertThatThrownBy(build).isInstanceOf(RuleViolationException.class).satisfies(e -> {
      RuleViolationException r = (RuleViolationException) e;
      assertThat(r.ruleId()).isEqualTo(ruleId);
      assertThat(r.violation().path()).isEqualTo(path);
      assertThat(r.getMessage()).contains(message);
    });
  }

  private static Training.Builder course() {
    return Training.builder().id(ID).title("CDA training").kind(TrainingKind.CDA_COURSE).period(DateRange.of(d("2007-Q1")));
  }

  @Test
  void participantsAreNoFewerThanThoseNamed() {
    Participants p = Participants.builder().count(20).organisationCount(6).addOrganisations(SMEDA, UNIDO).build();
    assertThat(p.count()).hasValue(20);
    refused(() -> Participants.builder().count(1).addPeople(CDA, PersonId.of("other")).build(), "training.participants", "/count",
        "Count of participants is 1: expected at least the 2 people named");
    refused(() -> Participants.builder().organisationCount(1).addOrganisations(SMEDA, UNIDO).build(), "training.participants",
        "/organisationCount", "Count of organisations is 1: expected at least the 2 organisations named");
    refused(() -> Participants.builder().count(-1).build(), "figure.negative", "/count", "found -1");
  }

  @Test
  void anExerciseNamesOrDescribesItsCluster() {
    assertThat(Exercise.builder().cluster(CLUSTER).build().cluster()).contains(CLUSTER);
    assertThat(Exercise.builder().clusterDescription("The cutlery cluster in Wazirabad").build().cluster()).isEmpty();
    refused(() -> Exercise.builder().description("A diagnostic study").build(), "training.exercise", "",
        "Exercise names no cluster: expected a cluster id or a cluster description, found neither");
  }

  @Test
  void aFollowUpIsNotDatedBeforeTheTrainingStarts() {
    FollowUpEvent review = FollowUpEvent.builder().kind(TrainingKind.REVIEW_MEETING).status(EventStatus.PLANNED).date(d("2008-05"))
        .note("Expected in mid-May").build();
    assertThat(course().addFollowUps(review).build().followUps()).containsExactly(review);
    assertThat(course().addFollowUps(FollowUpEvent.of(TrainingKind.WORKSHOP, EventStatus.HELD, d("2007"))).build()).isNotNull();
    refused(() -> course().addFollowUps(FollowUpEvent.of(TrainingKind.WORKSHOP, EventStatus.HELD, d("2006-12-31"))).build(),
        "training.follow-up-date", "/followUps/0/date",
        "Follow-up workshop of training cda-course-2007 is dated 2006-12-31: expected no earlier than the training's start (2007-Q1)");
    assertThat(course().period(java.util.Optional.empty())
        .addFollowUps(FollowUpEvent.of(TrainingKind.WORKSHOP, EventStatus.CANCELLED, d("1999"))).build()).as("undated").isNotNull();
  }

  @Test
  void requiredTextIsNotBlank() {
    refused(() -> course().title(" ").build(), "text.blank", "/title", "training title");
    refused(() -> TrainingPartner.builder().organisation(SMEDA).role(TrainingRole.HOST).note("").build(), "text.blank", "/note", "note");
  }

  @Test
  void referencesResolve() {
    Training t = course()
        .programme(ProgrammeId.of("no-programme"))
        .addPartners(TrainingPartner.of(OrganisationId.of("no-partner"), TrainingRole.ORGANISER))
        .participants(Participants.builder().addOrganisations(OrganisationId.of("no-org")).addPeople(PersonId.of("nobody")).build())
        .addExercises(Exercise.builder().cluster(ClusterId.of("nowhere")).study(DiagnosticStudyId.of("no-study"))
            .plan(ActionPlanId.of("no-plan")).build())
        .addFollowUps(FollowUpEvent.builder().kind(TrainingKind.REVIEW_MEETING).status(EventStatus.HELD).date(d("2008-05"))
            .training(TrainingId.of("no-training")).build())
        .build();
    assertThat(world().withTraining(t).validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.programme", "/trainings/0/programme"),
        tuple("reference.organisation", "/trainings/0/partners/0/organisation"),
        tuple("reference.organisation", "/trainings/0/participants/organisations/0"),
        tuple("reference.person", "/trainings/0/participants/people/0"),
        tuple("reference.cluster", "/trainings/0/exercises/0/cluster"),
        tuple("reference.diagnostic-study", "/trainings/0/exercises/0/study"),
        tuple("reference.action-plan", "/trainings/0/exercises/0/plan"),
        tuple("reference.training", "/trainings/0/followUps/0/training"));
  }

  @Test
  void anExercisesStudyAndPlanAreOfItsCluster() {
    DiagnosticStudyId study = DiagnosticStudyId.of("s");
    ActionPlanId plan = ActionPlanId.of("p");
    Portfolio p = world().withDiagnosticStudy(endorsedStudy(study, CLUSTER, d("2007")))
        .withActionPlan(endorsedPlan(plan, CLUSTER, study, d("2007")));
    Training own = course().addExercises(Exercise.builder().cluster(CLUSTER).study(study).plan(plan).build()).build();
    assertThat(p.withTraining(own).validate().isClean()).isTrue();
    Training other = course().addExercises(Exercise.builder().cluster(OTHER_CLUSTER).study(study).plan(plan).build()).build();
    assertThat(p.withTraining(other).validate().violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("training.exercise-cluster", "/trainings/0/exercises/0/study"),
        tuple("training.exercise-cluster", "/trainings/0/exercises/0/plan"));
    Training described = course().addExercises(Exercise.builder().clusterDescription("A cluster").study(study).build()).build();
    assertThat(p.withTraining(described).validate().isClean()).isTrue();
  }

  @Test
  void enumerationsHaveCodes() {
    assertThat(TrainingKind.fromCode("training_of_trainers")).contains(TrainingKind.TRAINING_OF_TRAINERS);
    assertThat(TrainingRole.fromCode("resource_partner")).contains(TrainingRole.RESOURCE_PARTNER);
    assertThat(EventStatus.fromCode("cancelled")).contains(EventStatus.CANCELLED);
  }
}
