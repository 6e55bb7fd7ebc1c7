package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.ValueCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PERSON_ID;
import static org.cnd.json.internal.ValueCodecs.PROGRAMME_ID;
import static org.cnd.json.internal.ValueCodecs.TEXT;

import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;

/** The codecs of {@code org.cnd.core.lifecycle}: engagements, their teams, governance bodies and phase histories. */
public final class LifecycleCodecs {
  private LifecycleCodecs() {}

  /** A phase of an engagement. */
  public static final CodeCodec<Phase> PHASE = CodeCodec.of(Phase.class, "phase");
  /** The role of a member of an engagement's team. */
  public static final CodeCodec<TeamRole> TEAM_ROLE = CodeCodec.of(TeamRole.class, "team role");

  /** A person or organisation on an engagement's team. */
  public static final ObjectCodec<TeamMember, TeamMember.Builder> TEAM_MEMBER =
      ObjectCodec.define(TeamMember.class, "team member", TeamMember::builder, TeamMember.Builder::build)
          .optional("person", PERSON_ID, TeamMember::person, TeamMember.Builder::person)
          .optional("organisation", ORGANISATION_ID, TeamMember::organisation, TeamMember.Builder::organisation)
          .required("role", TEAM_ROLE, TeamMember::role, TeamMember.Builder::role)
          .optional("period", DATE_RANGE, TeamMember::period, TeamMember.Builder::period)
          .optional("note", TEXT, TeamMember::note, TeamMember.Builder::note)
          .build();

  /** A cluster's governance body. */
  public static final ObjectCodec<GovernanceBody, GovernanceBody.Builder> GOVERNANCE_BODY =
      ObjectCodec.define(GovernanceBody.class, "governance body", GovernanceBody::builder, GovernanceBody.Builder::build)
          .required("name", TEXT, GovernanceBody::name, GovernanceBody.Builder::name)
          .list("members", ORGANISATION_ID, GovernanceBody::members, GovernanceBody.Builder::addAllMembers)
          .optional("formed", PARTIAL_DATE, GovernanceBody::formed, GovernanceBody.Builder::formed)
          .optional("note", TEXT, GovernanceBody::note, GovernanceBody.Builder::note)
          .build();

  /** An entry of an engagement's phase history. */
  public static final ObjectCodec<PhaseChange, PhaseChange.Builder> PHASE_CHANGE =
      ObjectCodec.define(PhaseChange.class, "phase change", PhaseChange::builder, PhaseChange.Builder::build)
          .required("phase", PHASE, PhaseChange::phase, PhaseChange.Builder::phase)
          .required("date", PARTIAL_DATE, PhaseChange::date, PhaseChange.Builder::date)
          .optional("reason", TEXT, PhaseChange::reason, PhaseChange.Builder::reason)
          .optional("note", TEXT, PhaseChange::note, PhaseChange.Builder::note)
          .build();

  /** An engagement: one programme's work with one cluster. */
  public static final ObjectCodec<Engagement, Engagement.Builder> ENGAGEMENT =
      ObjectCodec.define(Engagement.class, "engagement", Engagement::builder, Engagement.Builder::build)
          .required("id", ENGAGEMENT_ID, Engagement::id, Engagement.Builder::id)
          .required("programme", PROGRAMME_ID, Engagement::programme, Engagement.Builder::programme)
          .required("cluster", CLUSTER_ID, Engagement::cluster, Engagement.Builder::cluster)
          .list("team", TEAM_MEMBER, Engagement::team, Engagement.Builder::addAllTeam)
          .optional("governanceBody", GOVERNANCE_BODY, Engagement::governanceBody, Engagement.Builder::governanceBody)
          .list("phaseHistory", PHASE_CHANGE, Engagement::phaseHistory, Engagement.Builder::addAllPhaseHistory)
          .optional("description", TEXT, Engagement::description, Engagement.Builder::description)
          .build();
}
