package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ActorCodecs.PERSON_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ProgrammeCodecs.PROGRAMME_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.id.EngagementId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Handover;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.Takeover;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.lifecycle}: engagements, their teams, governance bodies and phase histories. */
public final class LifecycleCodecs {
  private LifecycleCodecs() {}

  /** An engagement's identifier. */
  public static final TextCodec<EngagementId> ENGAGEMENT_ID = ValueCodecs.id(EntityKind.ENGAGEMENTS, EngagementId::of);

  /** A phase of an engagement. */
  public static final CodeCodec<Phase> PHASE =
      CodeCodec.of(Phase.class, "phase", "A phase of an engagement, or the state of a suspended or discontinued one.");
  public static final CodeCodec<TeamRole> TEAM_ROLE =
      CodeCodec.of(TeamRole.class, "team role", "The role of a member of an engagement's team.");

  /** A person or organisation on an engagement's team. */
  public static final ObjectCodec<TeamMember, TeamMember.Builder> TEAM_MEMBER = ObjectCodec.deferred(() ->
      ObjectCodec.define(TeamMember.class, "team member", TeamMember::builder, TeamMember.Builder::build)
          .about("A person, an organisation, or a person for an organisation, working on an engagement in a role.")
          .rules(Rule.LIFECYCLE_TEAM_MEMBER)
          .optional("person", PERSON_ID, TeamMember::person, TeamMember.Builder::person)
          .describe("the person; `person`, `organisation` or both are given")
          .optional("organisation", ORGANISATION_ID, TeamMember::organisation, TeamMember.Builder::organisation)
          .describe("the organisation, or the one the person works for on the engagement")
          .required("role", TEAM_ROLE, TeamMember::role, TeamMember.Builder::role)
          .optional("period", DATE_RANGE, TeamMember::period, TeamMember.Builder::period)
          .describe("when the member works on the engagement; always, when left out")
          .optional("note", TEXT, TeamMember::note, TeamMember.Builder::note)
          .build());

  /** A cluster's governance body. */
  public static final ObjectCodec<GovernanceBody, GovernanceBody.Builder> GOVERNANCE_BODY = ObjectCodec.deferred(() ->
      ObjectCodec.define(GovernanceBody.class, "governance body", GovernanceBody::builder, GovernanceBody.Builder::build)
          .about("The body that governs a cluster's joint work and endorses its documents, such as a cluster "
              + "committee.")
          .required("name", TEXT, GovernanceBody::name, GovernanceBody.Builder::name)
          .describe("Gujrat fan cluster committee")
          .list("members", ORGANISATION_ID, GovernanceBody::members, GovernanceBody.Builder::addAllMembers)
          .describe("the organisations that sit on it")
          .optional("formed", PARTIAL_DATE, GovernanceBody::formed, GovernanceBody.Builder::formed)
          .describe("when it was formed")
          .optional("note", TEXT, GovernanceBody::note, GovernanceBody.Builder::note)
          .build());

  /** Who takes over which responsibility at exit. */
  public static final ObjectCodec<Takeover, Takeover.Builder> TAKEOVER = ObjectCodec.deferred(() ->
      ObjectCodec.define(Takeover.class, "takeover", Takeover::builder, Takeover.Builder::build)
          .about("An organisation that takes over one of the programme's responsibilities at exit.")
          .required("organisation", ORGANISATION_ID, Takeover::organisation, Takeover.Builder::organisation)
          .required("responsibility", TEXT, Takeover::responsibility, Takeover.Builder::responsibility)
          .describe("what it takes over: funding the cluster's CDA")
          .optional("note", TEXT, Takeover::note, Takeover.Builder::note)
          .build());

  /** The handover at exit. */
  public static final ObjectCodec<Handover, Handover.Builder> HANDOVER = ObjectCodec.deferred(() ->
      ObjectCodec.define(Handover.class, "handover", Handover::builder, Handover.Builder::build)
          .about("The handover at a programme's exit from a cluster: who takes over which responsibilities, and the "
              + "governance body that stays; at least one of the two.")
          .rules(Rule.LIFECYCLE_HANDOVER)
          .optional("date", PARTIAL_DATE, Handover::date, Handover.Builder::date)
          .describe("when the responsibilities passed")
          .list("takeovers", TAKEOVER, Handover::takeovers, Handover.Builder::addAllTakeovers)
          .describe("who takes over what")
          .optional("governanceBody", GOVERNANCE_BODY, Handover::governanceBody, Handover.Builder::governanceBody)
          .describe("the governance body that stays and carries the joint work on")
          .optional("note", TEXT, Handover::note, Handover.Builder::note)
          .build());

  /** An entry of an engagement's phase history. */
  public static final ObjectCodec<PhaseChange, PhaseChange.Builder> PHASE_CHANGE = ObjectCodec.deferred(() ->
      ObjectCodec.define(PhaseChange.class, "phase change", PhaseChange::builder, PhaseChange.Builder::build)
          .about("An entry of an engagement's phase history: the phase entered, when, and why (for a suspension or "
              + "a discontinuation).")
          .required("phase", PHASE, PhaseChange::phase, PhaseChange.Builder::phase)
          .describe("the phase entered")
          .required("date", PARTIAL_DATE, PhaseChange::date, PhaseChange.Builder::date)
          .describe("when")
          .optional("reason", TEXT, PhaseChange::reason, PhaseChange.Builder::reason)
          .describe("why the engagement was suspended or discontinued: overtaken by events")
          .optional("note", TEXT, PhaseChange::note, PhaseChange.Builder::note)
          .describe("what the record says of it")
          .build());

  /** An engagement: one programme's work with one cluster. */
  public static final ObjectCodec<Engagement, Engagement.Builder> ENGAGEMENT = ObjectCodec.deferred(() ->
      ObjectCodec.define(Engagement.class, "engagement", Engagement::builder, Engagement.Builder::build)
          .about("One programme's work with one cluster: its team, the cluster's governance body and the phases it "
              + "went through.")
          .rules(Rule.LIFECYCLE_TRANSITION, Rule.LIFECYCLE_DATE_ORDER, Rule.LIFECYCLE_REASON,
              Rule.LIFECYCLE_GUARD_CDA, Rule.LIFECYCLE_GUARD_ENDORSED_STUDY, Rule.LIFECYCLE_GUARD_ENDORSED_PLAN,
              Rule.LIFECYCLE_GUARD_EXIT, Rule.LIFECYCLE_PROGRAMME_TARGET, Rule.LIFECYCLE_SELECTION_RECORDED)
          .required("id", own(ENGAGEMENT_ID), Engagement::id, Engagement.Builder::id)
          .required("programme", PROGRAMME_ID, Engagement::programme, Engagement.Builder::programme)
          .describe("the programme doing the work")
          .required("cluster", CLUSTER_ID, Engagement::cluster, Engagement.Builder::cluster)
          .describe("the cluster worked with; a target of the programme (else a warning)")
          .list("team", TEAM_MEMBER, Engagement::team, Engagement.Builder::addAllTeam)
          .describe("the people and organisations working on it, with their roles")
          .optional("governanceBody", GOVERNANCE_BODY, Engagement::governanceBody, Engagement.Builder::governanceBody)
          .describe("the cluster's governance body, once formed")
          .optional("handover", HANDOVER, Engagement::handover, Engagement.Builder::handover)
          .describe("the handover at exit; evidence for the exit beside the governance body")
          .list("phaseHistory", PHASE_CHANGE, Engagement::phaseHistory, Engagement.Builder::addAllPhaseHistory)
          .describe("the phases it went through, in time order")
          .optional("description", TEXT, Engagement::description, Engagement.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.ENGAGEMENTS, ENGAGEMENT,
          "each one programme's work with one cluster"));
}
