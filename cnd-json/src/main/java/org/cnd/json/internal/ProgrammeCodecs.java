package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DECIMAL;
import static org.cnd.json.internal.ValueCodecs.IATI_ACTIVITY_ID;
import static org.cnd.json.internal.ValueCodecs.LANGUAGE;
import static org.cnd.json.internal.ValueCodecs.MONEY;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.programme.Transaction;
import org.cnd.core.programme.TransactionKind;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.programme}: programmes and their parts. */
public final class ProgrammeCodecs {
  private ProgrammeCodecs() {}

  /** A programme's identifier. */
  public static final TextCodec<ProgrammeId> PROGRAMME_ID = ValueCodecs.id(EntityKind.PROGRAMMES, ProgrammeId::of);

  /** The status of a programme. */
  public static final CodeCodec<ProgrammeStatus> PROGRAMME_STATUS =
      CodeCodec.of(ProgrammeStatus.class, "programme status", "The status of a programme from a change on.");
  public static final CodeCodec<ParticipationRole> PARTICIPATION_ROLE =
      CodeCodec.of(ParticipationRole.class, "participation role", "The role of an organisation in a programme.");
  public static final CodeCodec<FundingKind> FUNDING_KIND =
      CodeCodec.of(FundingKind.class, "funding kind", "How a funder contributes.");
  public static final CodeCodec<RelationKind> RELATION_KIND =
      CodeCodec.of(RelationKind.class, "relation kind", "How a programme relates to another.");
  public static final CodeCodec<TransactionKind> TRANSACTION_KIND =
      CodeCodec.of(TransactionKind.class, "transaction kind",
          "What a programme's transaction is, as IATI's TransactionType list (version 2.03) names it.");

  /** A purpose of a programme in the DAC's codes. */
  public static final ObjectCodec<DacPurpose, DacPurpose.Builder> DAC_PURPOSE = ObjectCodec.deferred(() ->
      ObjectCodec.define(DacPurpose.class, "DAC purpose", DacPurpose::builder, DacPurpose.Builder::build)
          .about("A purpose of a programme in the OECD DAC's 5-digit purpose codes (IATI's sector vocabulary 1).")
          .rules(Rule.PROGRAMME_PURPOSE_CODE, Rule.PROGRAMME_PERCENTAGE)
          .required("code", TEXT, DacPurpose::code, DacPurpose.Builder::code)
          .describe("the 5-digit DAC purpose code: `\"32130\"`, SME development")
          .optional("percentage", DECIMAL, DacPurpose::percentage, DacPurpose.Builder::percentage)
          .describe("its share of the programme, in percent, when it has several purposes")
          .qualify("more than 0, at most 100, at most 2 decimals")
          .build());

  /** Money that moved for a programme. */
  public static final ObjectCodec<Transaction, Transaction.Builder> TRANSACTION = ObjectCodec.deferred(() ->
      ObjectCodec.define(Transaction.class, "transaction", Transaction::builder, Transaction.Builder::build)
          .about("Money that moved for a programme: funds received, a commitment, a disbursement or an expenditure.")
          .required("kind", TRANSACTION_KIND, Transaction::kind, Transaction.Builder::kind)
          .describe("what kind of transaction")
          .required("date", PARTIAL_DATE, Transaction::date, Transaction.Builder::date)
          .describe("when it happened")
          .required("value", ValueCodecs.SIGNED_MONEY, Transaction::value, Transaction.Builder::value)
          .describe("how much")
          .qualify("negative for a correction or a refund")
          .optional("provider", ORGANISATION_ID, Transaction::provider, Transaction.Builder::provider)
          .describe("the organisation the money came from")
          .optional("receiver", ORGANISATION_ID, Transaction::receiver, Transaction.Builder::receiver)
          .describe("the organisation the money went to")
          .optional("note", TEXT, Transaction::note, Transaction.Builder::note)
          .describe("what the record says of it")
          .build());

  /** A change of a programme's status. */
  public static final ObjectCodec<StatusChange, StatusChange.Builder> STATUS_CHANGE = ObjectCodec.deferred(() ->
      ObjectCodec.define(StatusChange.class, "status change", StatusChange::builder, StatusChange.Builder::build)
          .about("A dated change of a programme's status.")
          .required("status", PROGRAMME_STATUS, StatusChange::status, StatusChange.Builder::status)
          .describe("the status from this change on")
          .required("date", PARTIAL_DATE, StatusChange::date, StatusChange.Builder::date)
          .describe("when the change happened")
          .optional("note", TEXT, StatusChange::note, StatusChange.Builder::note)
          .describe("why, such as \"overtaken by events\"")
          .build());

  /** An organisation taking part in a programme. */
  public static final ObjectCodec<Participation, Participation.Builder> PARTICIPATION = ObjectCodec.deferred(() ->
      ObjectCodec.define(Participation.class, "participation", Participation::builder, Participation.Builder::build)
          .about("An organisation taking part in a programme in one role.")
          .required("organisation", ORGANISATION_ID, Participation::organisation, Participation.Builder::organisation)
          .required("role", PARTICIPATION_ROLE, Participation::role, Participation.Builder::role)
          .optional("note", TEXT, Participation::note, Participation.Builder::note)
          .describe("what the record says of its part")
          .build());

  /** A funder's contribution to a programme. */
  public static final ObjectCodec<FundingCommitment, FundingCommitment.Builder> FUNDING_COMMITMENT =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(FundingCommitment.class, "funding commitment", FundingCommitment::builder,
              FundingCommitment.Builder::build)
          .about("A funder's contribution to a programme, in cash or in kind.")
          .required("funder", ORGANISATION_ID, FundingCommitment::funder, FundingCommitment.Builder::funder)
          .required("kind", FUNDING_KIND, FundingCommitment::kind, FundingCommitment.Builder::kind)
          .describe("cash or in kind")
          .optional("amount", MONEY, FundingCommitment::amount, FundingCommitment.Builder::amount)
          .describe("how much, when known")
          .qualify("not negative")
          .optional("date", PARTIAL_DATE, FundingCommitment::date, FundingCommitment.Builder::date)
          .describe("when it was committed")
          .optional("note", TEXT, FundingCommitment::note, FundingCommitment.Builder::note)
          .describe("what the record says of it")
          .build());

  /** A relation to another programme. */
  public static final ObjectCodec<ProgrammeRelation, ProgrammeRelation.Builder> PROGRAMME_RELATION =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(ProgrammeRelation.class, "programme relation", ProgrammeRelation::builder,
              ProgrammeRelation.Builder::build)
          .about("How a programme relates to another.")
          .required("kind", RELATION_KIND, ProgrammeRelation::kind, ProgrammeRelation.Builder::kind)
          .describe("how this programme relates to the other")
          .required("programme", PROGRAMME_ID, ProgrammeRelation::programme, ProgrammeRelation.Builder::programme)
          .describe("the other programme")
          .build());

  /** A programme. */
  public static final ObjectCodec<Programme, Programme.Builder> PROGRAMME = ObjectCodec.deferred(() ->
      ObjectCodec.define(Programme.class, "programme", Programme::builder, Programme.Builder::build)
          .about("A project or scheme that targets clusters.")
          .rules(Rule.PROGRAMME_SELF_RELATION, Rule.PROGRAMME_TARGET_DUPLICATE, Rule.PROGRAMME_PURPOSE_DUPLICATE,
              Rule.PROGRAMME_STATUS_ORDER, Rule.PROGRAMME_STATUS_PERIOD, Rule.PROGRAMME_CURRENCY,
              Rule.PROGRAMME_RELATION_CONSISTENT)
          .required("id", own(PROGRAMME_ID), Programme::id, Programme.Builder::id)
          .required("title", TEXT, Programme::title, Programme.Builder::title)
          .optional("code", TEXT, Programme::code, Programme.Builder::code)
          .describe("the code it is known by: `US/PAK/01/099`")
          .optional("period", DATE_RANGE, Programme::period, Programme.Builder::period)
          .describe("when it runs or ran")
          .list("statusHistory", STATUS_CHANGE, Programme::statusHistory, Programme.Builder::addAllStatusHistory)
          .describe("its status changes, in time order")
          .list("participants", PARTICIPATION, Programme::participants, Programme.Builder::addAllParticipants)
          .describe("organisations taking part, each entry one role")
          .optional("budget", MONEY, Programme::budget, Programme.Builder::budget)
          .qualify("not negative")
          .list("funding", FUNDING_COMMITMENT, Programme::funding, Programme.Builder::addAllFunding)
          .describe("who funds it")
          .list("targetClusters", CLUSTER_ID, Programme::targetClusters, Programme.Builder::addAllTargetClusters)
          .describe("the clusters it targets")
          .qualify("each once")
          .optional("targetDescription", TEXT, Programme::targetDescription, Programme.Builder::targetDescription)
          .describe("what it targets when the record does not name the clusters")
          .list("relatedProgrammes", PROGRAMME_RELATION, Programme::relatedProgrammes,
              Programme.Builder::addAllRelatedProgrammes)
          .describe("programmes it relates to (not itself)")
          .optional("description", TEXT, Programme::description, Programme.Builder::description)
          .optional("iatiIdentifier", IATI_ACTIVITY_ID, Programme::iatiIdentifier, Programme.Builder::iatiIdentifier)
          .describe("its IATI activity identifier, when its reporting organisation gave it one")
          .optional("plannedPeriod", DATE_RANGE, Programme::plannedPeriod, Programme.Builder::plannedPeriod)
          .describe("when it was planned to run, beside `period`")
          .list("purposes", DAC_PURPOSE, Programme::purposes, Programme.Builder::addAllPurposes)
          .describe("its purposes in the DAC's codes, beside its clusters' ISIC sectors")
          .qualify("each code once")
          .list("transactions", TRANSACTION, Programme::transactions, Programme.Builder::addAllTransactions)
          .describe("money that moved for it, beside `funding`")
          .optional("language", LANGUAGE, Programme::language, Programme.Builder::language)
          .describe("the language of its texts: `en`")
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.PROGRAMMES, PROGRAMME, "the programmes"));
}
