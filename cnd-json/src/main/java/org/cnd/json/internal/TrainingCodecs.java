package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ActorCodecs.PERSON_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.DiagnosticCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.PlanCodecs.ACTION_PLAN_ID;
import static org.cnd.json.internal.ProgrammeCodecs.PROGRAMME_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.id.TrainingId;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.cnd.core.training.TrainingRole;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.training}: trainings, their partners, participants, exercises and follow-ups. */
public final class TrainingCodecs {
  private TrainingCodecs() {}

  /** A training's identifier. */
  public static final TextCodec<TrainingId> TRAINING_ID = ValueCodecs.id(EntityKind.TRAININGS, TrainingId::of);

  public static final CodeCodec<TrainingKind> TRAINING_KIND =
      CodeCodec.of(TrainingKind.class, "training kind", "What kind of training or event.");
  public static final CodeCodec<TrainingRole> TRAINING_ROLE =
      CodeCodec.of(TrainingRole.class, "training role", "The role of an organisation in a training.");
  /** Planned, held or cancelled. */
  public static final CodeCodec<EventStatus> EVENT_STATUS =
      CodeCodec.of(EventStatus.class, "event status",
          "Whether a follow-up event is planned, was held or was cancelled.");

  /** An organisation taking part in a training in a role. */
  public static final ObjectCodec<TrainingPartner, TrainingPartner.Builder> TRAINING_PARTNER =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(TrainingPartner.class, "training partner", TrainingPartner::builder,
              TrainingPartner.Builder::build)
          .about("An organisation taking part in a training in a role.")
          .required("organisation", ORGANISATION_ID, TrainingPartner::organisation, TrainingPartner.Builder::organisation)
          .required("role", TRAINING_ROLE, TrainingPartner::role, TrainingPartner.Builder::role)
          .optional("note", TEXT, TrainingPartner::note, TrainingPartner.Builder::note)
          .describe("what the record says of its part")
          .build());

  /** Who took part in a training. */
  public static final ObjectCodec<Participants, Participants.Builder> PARTICIPANTS = ObjectCodec.deferred(() ->
      ObjectCodec.define(Participants.class, "set of participants", Participants::builder, Participants.Builder::build)
          .about("Who took part in a training: counts no smaller than the people and organisations named.")
          .rules(Rule.TRAINING_PARTICIPANTS)
          .optionalLong("count", INTEGER, Participants::count, Participants.Builder::count)
          .describe("how many took part")
          .optionalLong("organisationCount", INTEGER, Participants::organisationCount,
              Participants.Builder::organisationCount)
          .describe("how many organisations they came from")
          .list("organisations", ORGANISATION_ID, Participants::organisations, Participants.Builder::addAllOrganisations)
          .describe("the organisations the record names")
          .list("people", PERSON_ID, Participants::people, Participants.Builder::addAllPeople)
          .describe("the participants the record names")
          .optional("description", TEXT, Participants::description, Participants.Builder::description)
          .describe("CDAs and officials")
          .build());

  /** An exercise of a training: a study and a plan for a cluster. */
  public static final ObjectCodec<Exercise, Exercise.Builder> EXERCISE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Exercise.class, "exercise", Exercise::builder, Exercise.Builder::build)
          .about("An exercise of a training: a diagnostic study and an action plan for a cluster named or described.")
          .rules(Rule.TRAINING_EXERCISE, Rule.TRAINING_EXERCISE_CLUSTER)
          .optional("cluster", CLUSTER_ID, Exercise::cluster, Exercise.Builder::cluster)
          .describe("the cluster, when the portfolio holds it")
          .optional("clusterDescription", TEXT, Exercise::clusterDescription, Exercise.Builder::clusterDescription)
          .describe("the cluster in words: the cutlery cluster in Wazirabad")
          .optional("study", DIAGNOSTIC_STUDY_ID, Exercise::study, Exercise.Builder::study)
          .describe("the diagnostic study made")
          .optional("plan", ACTION_PLAN_ID, Exercise::plan, Exercise.Builder::plan)
          .describe("the action plan made")
          .optional("description", TEXT, Exercise::description, Exercise.Builder::description)
          .describe("what was done")
          .build());

  /** An event that follows a training. */
  public static final ObjectCodec<FollowUpEvent, FollowUpEvent.Builder> FOLLOW_UP_EVENT = ObjectCodec.deferred(() ->
      ObjectCodec.define(FollowUpEvent.class, "follow-up event", FollowUpEvent::builder, FollowUpEvent.Builder::build)
          .about("An event that follows a training: a review meeting, a further course.")
          .required("kind", TRAINING_KIND, FollowUpEvent::kind, FollowUpEvent.Builder::kind)
          .describe("what kind of event")
          .required("status", EVENT_STATUS, FollowUpEvent::status, FollowUpEvent.Builder::status)
          .describe("planned, held or cancelled")
          .required("date", PARTIAL_DATE, FollowUpEvent::date, FollowUpEvent.Builder::date)
          .describe("when it is expected, or took place")
          .optional("training", TRAINING_ID, FollowUpEvent::training, FollowUpEvent.Builder::training)
          .describe("the training recording the event, once held")
          .optional("note", TEXT, FollowUpEvent::note, FollowUpEvent.Builder::note)
          .describe("expected in mid-May")
          .build());

  /** A training, course, workshop or review meeting. */
  public static final ObjectCodec<Training, Training.Builder> TRAINING = ObjectCodec.deferred(() ->
      ObjectCodec.define(Training.class, "training", Training::builder, Training.Builder::build)
          .about("A training, CDA course, workshop or review meeting.")
          .rules(Rule.TRAINING_FOLLOW_UP_DATE)
          .required("id", own(TRAINING_ID), Training::id, Training.Builder::id)
          .required("title", TEXT, Training::title, Training.Builder::title)
          .required("kind", TRAINING_KIND, Training::kind, Training.Builder::kind)
          .optional("programme", PROGRAMME_ID, Training::programme, Training.Builder::programme)
          .describe("the programme it was held under")
          .optional("period", DATE_RANGE, Training::period, Training.Builder::period)
          .describe("when it took place")
          .list("partners", TRAINING_PARTNER, Training::partners, Training.Builder::addAllPartners)
          .describe("the organisers and resource partners, with their roles")
          .optional("participants", PARTICIPANTS, Training::participants, Training.Builder::participants)
          .describe("who took part")
          .list("exercises", EXERCISE, Training::exercises, Training.Builder::addAllExercises)
          .describe("a diagnostic study and an action plan per cluster")
          .list("followUps", FOLLOW_UP_EVENT, Training::followUps, Training.Builder::addAllFollowUps)
          .describe("the events that follow it")
          .optional("description", TEXT, Training::description, Training.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.TRAININGS, TRAINING,
          "trainings, courses, workshops and review meetings"));
}
