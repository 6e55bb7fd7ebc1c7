package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ClusterCodecs.ISIC;
import static org.cnd.json.internal.ProgrammeCodecs.PROGRAMME_ID;
import static org.cnd.json.internal.ValueCodecs.BOOLEAN;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DECIMAL;
import static org.cnd.json.internal.ValueCodecs.INT;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.SUBDIVISION;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnd.core.EntityKind;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.CriterionDirection;
import org.cnd.core.selection.IdentificationCriterion;
import org.cnd.core.selection.IdentificationResult;
import org.cnd.core.selection.MappingCount;
import org.cnd.core.selection.MappingDataSet;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.RankEntry;
import org.cnd.core.selection.Region;
import org.cnd.core.selection.Scale;
import org.cnd.core.selection.Score;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.selection}: mapping data sets and selection exercises. */
public final class SelectionCodecs {
  private SelectionCodecs() {}

  /** A mapping data set's identifier. */
  public static final TextCodec<MappingDataSetId> MAPPING_DATA_SET_ID =
      ValueCodecs.id(EntityKind.MAPPING_DATA_SETS, MappingDataSetId::of);

  /** A selection exercise's identifier. */
  public static final TextCodec<SelectionExerciseId> SELECTION_EXERCISE_ID =
      ValueCodecs.id(EntityKind.SELECTION_EXERCISES, SelectionExerciseId::of);

  /** A candidate's identifier, unique within its selection exercise. */
  public static final TextCodec<CandidateId> CANDIDATE_ID =
      ValueCodecs.id(CandidateId.class, "candidate", "a candidate within its selection exercise", CandidateId::of);

  /** A criterion's identifier, unique within its selection exercise. */
  public static final TextCodec<CriterionId> CRITERION_ID =
      ValueCodecs.id(CriterionId.class, "criterion", "a criterion within its selection exercise", CriterionId::of);

  /** The role of an organisation in a selection exercise. */
  public static final CodeCodec<SelectionRole> SELECTION_ROLE = CodeCodec.of(SelectionRole.class, "selection role",
      "The role an organisation played in a selection exercise.");
  /** Where a candidate cluster came from. */
  public static final CodeCodec<CandidateOrigin> CANDIDATE_ORIGIN = CodeCodec.of(CandidateOrigin.class,
      "candidate origin", "Where a candidate cluster came from: the mapping, or a nomination.");
  /** Which way a prioritisation criterion's scores count. */
  public static final CodeCodec<CriterionDirection> CRITERION_DIRECTION = CodeCodec.of(CriterionDirection.class,
      "criterion direction", "Whether a higher or a lower score on a prioritisation criterion is better.");

  /** A region of a mapping data set. */
  public static final ObjectCodec<Region, Region.Builder> REGION = ObjectCodec.deferred(() ->
      ObjectCodec.define(Region.class, "region", Region::builder, Region.Builder::build)
          .about("A region of a mapping data set: an ISO 3166-2 subdivision, a named district, or a district within "
              + "a subdivision.")
          .rules(Rule.MAPPING_REGION)
          .optional("subdivision", SUBDIVISION, Region::subdivision, Region.Builder::subdivision)
          .describe("the subdivision, or the one the district lies in; `subdivision`, `district` or both are given")
          .optional("district", TEXT, Region::district, Region.Builder::district)
          .describe("the district's name: Sialkot")
          .build());

  /** One count of a mapping data set. */
  public static final ObjectCodec<MappingCount, MappingCount.Builder> MAPPING_COUNT = ObjectCodec.deferred(() ->
      ObjectCodec.define(MappingCount.class, "mapping count", MappingCount::builder, MappingCount.Builder::build)
          .about("The employment and establishments of one sector in one region.")
          .required("region", REGION, MappingCount::region, MappingCount.Builder::region)
          .required("sector", ISIC, MappingCount::sector, MappingCount.Builder::sector)
          .describe("the sector, an ISIC Rev.4 code")
          .required("employment", INTEGER, MappingCount::employment, MappingCount.Builder::employment)
          .describe("the people employed")
          .required("establishments", INTEGER, MappingCount::establishments, MappingCount.Builder::establishments)
          .describe("the establishments counted")
          .build());

  /** A mapping data set. */
  public static final ObjectCodec<MappingDataSet, MappingDataSet.Builder> MAPPING_DATA_SET = ObjectCodec.deferred(() ->
      ObjectCodec.define(MappingDataSet.class, "mapping data set", MappingDataSet::builder, MappingDataSet.Builder::build)
          .about("Counts of employment and establishments by region and sector, from one source and vintage: the "
              + "data cluster mapping starts from.")
          .rules(Rule.MAPPING_COUNT_DUPLICATE, Rule.MAPPING_SECTOR_OVERLAP, Rule.MAPPING_TRADED_SECTOR)
          .required("id", own(MAPPING_DATA_SET_ID), MappingDataSet::id, MappingDataSet.Builder::id)
          .required("title", TEXT, MappingDataSet::title, MappingDataSet.Builder::title)
          .required("source", TEXT, MappingDataSet::source, MappingDataSet.Builder::source)
          .describe("where the counts come from: the census or register, its publisher")
          .required("vintage", PARTIAL_DATE, MappingDataSet::vintage, MappingDataSet.Builder::vintage)
          .describe("the date the counts describe")
          .required("classification", TEXT, MappingDataSet::classification, MappingDataSet.Builder::classification)
          .describe("the classification of the sectors, as the source names it: ISIC Rev.4")
          .list("counts", MAPPING_COUNT, MappingDataSet::counts, MappingDataSet.Builder::addAllCounts)
          .describe("one per pair of region and sector")
          .list("tradedSectors", ISIC, d -> d.tradedSectors().asList(), MappingDataSet.Builder::addAllTradedSectors)
          .describe("the sectors the source classes as traded, each a sector of `counts`")
          .optional("note", TEXT, MappingDataSet::note, MappingDataSet.Builder::note)
          .describe("how the counts were made, what they leave out; made-up figures say so here")
          .build());

  /** An organisation that took part in a selection exercise. */
  public static final ObjectCodec<SelectionParticipant, SelectionParticipant.Builder> SELECTION_PARTICIPANT =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(SelectionParticipant.class, "selection participant", SelectionParticipant::builder,
              SelectionParticipant.Builder::build)
          .about("An organisation that took part in a selection exercise, in a role.")
          .required("organisation", ORGANISATION_ID, SelectionParticipant::organisation,
              SelectionParticipant.Builder::organisation)
          .required("role", SELECTION_ROLE, SelectionParticipant::role, SelectionParticipant.Builder::role)
          .optional("note", TEXT, SelectionParticipant::note, SelectionParticipant.Builder::note)
          .build());

  /** A candidate cluster. */
  public static final ObjectCodec<Candidate, Candidate.Builder> CANDIDATE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Candidate.class, "candidate", Candidate::builder, Candidate.Builder::build)
          .about("A candidate cluster of a selection exercise, from the mapping or nominated, with its source.")
          .rules(Rule.SELECTION_CANDIDATE, Rule.SELECTION_CANDIDATE_SOURCE)
          .required("id", CANDIDATE_ID, Candidate::id, Candidate.Builder::id)
          .describe("unique within the exercise")
          .optional("cluster", CLUSTER_ID, Candidate::cluster, Candidate.Builder::cluster)
          .describe("the cluster it is, when the portfolio records it; `cluster`, `name` or both are given")
          .optional("name", TEXT, Candidate::name, Candidate.Builder::name)
          .describe("its name in the record: sports goods, Sialkot")
          .required("origin", CANDIDATE_ORIGIN, Candidate::origin, Candidate.Builder::origin)
          .optional("region", REGION, Candidate::region, Candidate.Builder::region)
          .describe("where the mapping found it; with `sector`, required for a candidate from the mapping")
          .optional("sector", ISIC, Candidate::sector, Candidate.Builder::sector)
          .describe("the sector the mapping found it in")
          .optional("nominatedBy", ORGANISATION_ID, Candidate::nominatedBy, Candidate.Builder::nominatedBy)
          .describe("the organisation that nominated it; a nominated candidate gives this or `source`")
          .optional("source", TEXT, Candidate::source, Candidate.Builder::source)
          .describe("who put it forward, or the document it comes from, in the record's words")
          .optional("note", TEXT, Candidate::note, Candidate.Builder::note)
          .build());

  /** An identification criterion. */
  public static final ObjectCodec<IdentificationCriterion, IdentificationCriterion.Builder> IDENTIFICATION_CRITERION =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(IdentificationCriterion.class, "identification criterion", IdentificationCriterion::builder,
              IdentificationCriterion.Builder::build)
          .about("A criterion that tells a cluster from a non-cluster, passed or failed: a critical mass of "
              + "enterprises in geographical proximity, the sector, the place.")
          .required("id", CRITERION_ID, IdentificationCriterion::id, IdentificationCriterion.Builder::id)
          .describe("unique among the exercise's criteria")
          .required("name", TEXT, IdentificationCriterion::name, IdentificationCriterion.Builder::name)
          .optional("description", TEXT, IdentificationCriterion::description,
              IdentificationCriterion.Builder::description)
          .build());

  /** A candidate's result on an identification criterion. */
  public static final ObjectCodec<IdentificationResult, IdentificationResult.Builder> IDENTIFICATION_RESULT =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(IdentificationResult.class, "identification result", IdentificationResult::builder,
              IdentificationResult.Builder::build)
          .about("Whether a candidate passed an identification criterion, with the evidence.")
          .required("candidate", CANDIDATE_ID, IdentificationResult::candidate, IdentificationResult.Builder::candidate)
          .describe("a candidate of the exercise")
          .required("criterion", CRITERION_ID, IdentificationResult::criterion, IdentificationResult.Builder::criterion)
          .describe("an identification criterion of the exercise")
          .required("passed", BOOLEAN, IdentificationResult::passed, IdentificationResult.Builder::passed)
          .describe("true when the candidate meets the criterion")
          .optional("evidence", TEXT, IdentificationResult::evidence, IdentificationResult.Builder::evidence)
          .describe("what shows it")
          .build());

  /** A scale of scores. */
  public static final ObjectCodec<Scale, ScaleDraft> SCALE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Scale.class, "scale", ScaleDraft::new, d -> Scale.of(d.least, d.greatest))
          .about("The range a prioritisation criterion's scores lie in, bounds included.")
          .rules(Rule.SELECTION_SCALE)
          .required("least", DECIMAL, Scale::least, (d, v) -> d.least = v)
          .describe("the lowest score")
          .required("greatest", DECIMAL, Scale::greatest, (d, v) -> d.greatest = v)
          .describe("the highest score; above `least`")
          .build());

  /** A prioritisation criterion. */
  public static final ObjectCodec<PrioritisationCriterion, PrioritisationCriterion.Builder> PRIORITISATION_CRITERION =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(PrioritisationCriterion.class, "prioritisation criterion", PrioritisationCriterion::builder,
              PrioritisationCriterion.Builder::build)
          .about("A criterion that says which clusters come first: its weight, the scale of its scores and which way "
              + "they count. Always written with its direction.")
          .rules(Rule.SELECTION_WEIGHT)
          .required("id", CRITERION_ID, PrioritisationCriterion::id, PrioritisationCriterion.Builder::id)
          .describe("unique among the exercise's criteria")
          .required("name", TEXT, PrioritisationCriterion::name, PrioritisationCriterion.Builder::name)
          .describe("export potential")
          .optional("weight", DECIMAL, PrioritisationCriterion::weight, PrioritisationCriterion.Builder::weight)
          .describe("its share of the total score; given for every criterion or none, adding up to 1")
          .qualify("above 0, at most 1")
          .optional("scale", SCALE, PrioritisationCriterion::scale, PrioritisationCriterion.Builder::scale)
          .describe("the range of its scores")
          .optional("direction", CRITERION_DIRECTION, c -> Optional.of(c.direction()),
              PrioritisationCriterion.Builder::direction)
          .describe("which way scores count; `higher_is_better` when left out")
          .optional("description", TEXT, PrioritisationCriterion::description,
              PrioritisationCriterion.Builder::description)
          .build());

  /** A score. */
  public static final ObjectCodec<Score, Score.Builder> SCORE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Score.class, "score", Score::builder, Score.Builder::build)
          .about("A candidate's score on a prioritisation criterion, or the reason it was not scored: one of the two.")
          .rules(Rule.SELECTION_SCORE_VALUE)
          .required("candidate", CANDIDATE_ID, Score::candidate, Score.Builder::candidate)
          .describe("a candidate of the exercise")
          .required("criterion", CRITERION_ID, Score::criterion, Score.Builder::criterion)
          .describe("a prioritisation criterion of the exercise")
          .optional("value", DECIMAL, Score::value, Score.Builder::value)
          .describe("the score, within the criterion's scale")
          .optional("notScoredReason", TEXT, Score::notScoredReason, Score.Builder::notScoredReason)
          .describe("why the candidate was not scored on the criterion")
          .optional("source", TEXT, Score::source, Score.Builder::source)
          .describe("where the value comes from")
          .optional("date", PARTIAL_DATE, Score::date, Score.Builder::date)
          .describe("when it was scored")
          .optional("note", TEXT, Score::note, Score.Builder::note)
          .build());

  /** An entry of a recorded ranking. */
  public static final ObjectCodec<RankEntry, RankEntry.Builder> RANK_ENTRY = ObjectCodec.deferred(() ->
      ObjectCodec.define(RankEntry.class, "rank entry", RankEntry::builder, RankEntry.Builder::build)
          .about("A candidate's place in the ranking: tied candidates share the better rank (1, 2, 2, 4).")
          .required("candidate", CANDIDATE_ID, RankEntry::candidate, RankEntry.Builder::candidate)
          .describe("a candidate of the exercise")
          .required("rank", INT, RankEntry::rank, RankEntry.Builder::rank)
          .describe("its rank")
          .qualify("1 or more")
          .optional("total", DECIMAL, RankEntry::total, RankEntry.Builder::total)
          .describe("its weighted total score")
          .build());

  /** A selection decision. */
  public static final ObjectCodec<SelectionDecision, SelectionDecision.Builder> SELECTION_DECISION =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(SelectionDecision.class, "selection decision", SelectionDecision::builder,
              SelectionDecision.Builder::build)
          .about("The decision that ends a selection exercise: when, by whom, the clusters selected and why.")
          .required("date", PARTIAL_DATE, SelectionDecision::date, SelectionDecision.Builder::date)
          .describe("when it was taken; no earlier than the scores")
          .optional("decidingBody", TEXT, SelectionDecision::decidingBody, SelectionDecision.Builder::decidingBody)
          .describe("who decided, in the record's words: the Pakistani counterparts")
          .list("decidedBy", ORGANISATION_ID, SelectionDecision::decidedBy, SelectionDecision.Builder::addAllDecidedBy)
          .describe("the organisations that decided, when the portfolio records them")
          .list("selected", CANDIDATE_ID, SelectionDecision::selected, SelectionDecision.Builder::addAllSelected)
          .describe("the candidates selected; on the shortlist, when there is one")
          .required("reason", TEXT, SelectionDecision::reason, SelectionDecision.Builder::reason)
          .describe("why, in the methodology's or the record's words: for their export potential")
          .build());

  /** A selection exercise. */
  public static final ObjectCodec<SelectionExercise, SelectionExercise.Builder> SELECTION_EXERCISE =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(SelectionExercise.class, "selection exercise", SelectionExercise::builder,
              SelectionExercise.Builder::build)
          .about("How clusters were selected: who took part, the objective, the candidates, the identification and "
              + "prioritisation criteria, the scores, the ranking, the shortlist and the decision.")
          .rules(Rule.SELECTION_CANDIDATE_DUPLICATE, Rule.SELECTION_CRITERION_DUPLICATE,
              Rule.SELECTION_LOCAL_REFERENCE, Rule.SELECTION_WEIGHTS_SUM, Rule.SELECTION_SCORE_DUPLICATE,
              Rule.SELECTION_RANKING, Rule.SELECTION_SCORE_SCALE, Rule.SELECTION_SCORE_COMPLETE,
              Rule.SELECTION_SHORTLIST_IDENTIFICATION, Rule.SELECTION_SELECTED_SHORTLIST,
              Rule.SELECTION_DECISION_DATE)
          .required("id", own(SELECTION_EXERCISE_ID), SelectionExercise::id, SelectionExercise.Builder::id)
          .required("title", TEXT, SelectionExercise::title, SelectionExercise.Builder::title)
          .optional("programme", PROGRAMME_ID, SelectionExercise::programme, SelectionExercise.Builder::programme)
          .describe("the programme it was run for")
          .list("participants", SELECTION_PARTICIPANT, SelectionExercise::participants,
              SelectionExercise.Builder::addAllParticipants)
          .describe("the organisations that took part, with their roles")
          .optional("period", DATE_RANGE, SelectionExercise::period, SelectionExercise.Builder::period)
          .describe("when it ran")
          .optional("objective", TEXT, SelectionExercise::objective, SelectionExercise.Builder::objective)
          .describe("the development objective agreed")
          .optional("mapping", MAPPING_DATA_SET_ID, SelectionExercise::mapping, SelectionExercise.Builder::mapping)
          .describe("the mapping data set it started from")
          .list("candidates", CANDIDATE, SelectionExercise::candidates, SelectionExercise.Builder::addAllCandidates)
          .describe("the candidate clusters")
          .list("identificationCriteria", IDENTIFICATION_CRITERION, SelectionExercise::identificationCriteria,
              SelectionExercise.Builder::addAllIdentificationCriteria)
          .describe("what makes a candidate a cluster")
          .list("identificationResults", IDENTIFICATION_RESULT, SelectionExercise::identificationResults,
              SelectionExercise.Builder::addAllIdentificationResults)
          .describe("each candidate's result on each identification criterion")
          .list("prioritisationCriteria", PRIORITISATION_CRITERION, SelectionExercise::prioritisationCriteria,
              SelectionExercise.Builder::addAllPrioritisationCriteria)
          .describe("what decides which clusters come first")
          .list("scores", SCORE, SelectionExercise::scores, SelectionExercise.Builder::addAllScores)
          .describe("when given, one per candidate and prioritisation criterion")
          .list("ranking", RANK_ENTRY, SelectionExercise::ranking, SelectionExercise.Builder::addAllRanking)
          .describe("the ranking as recorded")
          .list("shortlist", CANDIDATE_ID, SelectionExercise::shortlist, SelectionExercise.Builder::addAllShortlist)
          .describe("the candidates shortlisted; each passed identification")
          .optional("decision", SELECTION_DECISION, SelectionExercise::decision, SelectionExercise.Builder::decision)
          .describe("the decision, once taken")
          .optional("description", TEXT, SelectionExercise::description, SelectionExercise.Builder::description)
          .build());

  /** A scale while it is read. */
  static final class ScaleDraft {
    BigDecimal least;
    BigDecimal greatest;
  }

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.MAPPING_DATA_SETS, MAPPING_DATA_SET,
          "counts of employment and establishments by region and sector"),
      new PortfolioCodec.Collection<>(EntityKind.SELECTION_EXERCISES, SELECTION_EXERCISE,
          "how clusters were selected"));
}
