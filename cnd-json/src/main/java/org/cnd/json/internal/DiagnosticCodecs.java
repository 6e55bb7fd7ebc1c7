package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ActorCodecs.PERSON_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.LifecycleCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.MonitoringCodecs.INDICATOR_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.EnterpriseCount;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.validation.Rule;

/**
 * The codecs of {@code org.cnd.core.diagnostic}: diagnostic studies, their approvals, cluster maps, SWOTs,
 * findings, enterprise counts and baseline values. A study's status is not written: it follows from its approvals.
 */
public final class DiagnosticCodecs {
  private DiagnosticCodecs() {}

  /** A diagnostic study's identifier. */
  public static final TextCodec<DiagnosticStudyId> DIAGNOSTIC_STUDY_ID =
      ValueCodecs.id(EntityKind.DIAGNOSTIC_STUDIES, DiagnosticStudyId::of);

  /** The identifier of an actor within a cluster map. */
  public static final TextCodec<MapActorId> MAP_ACTOR_ID =
      ValueCodecs.id(MapActorId.class, "actor", "an actor within its cluster map", MapActorId::of);

  public static final CodeCodec<ActorKind> ACTOR_KIND =
      CodeCodec.of(ActorKind.class, "actor kind", "The kind of an actor on a cluster map.");
  public static final CodeCodec<LinkageStrength> LINKAGE_STRENGTH =
      CodeCodec.of(LinkageStrength.class, "linkage strength", "How strong a linkage of a cluster map is.");
  public static final CodeCodec<MapLinkageKind> MAP_LINKAGE_KIND =
      CodeCodec.of(MapLinkageKind.class, "map linkage kind", "What flows along a linkage of a cluster map.");
  /** What a finding is about. */
  public static final CodeCodec<Theme> THEME =
      CodeCodec.of(Theme.class, "theme", "What a finding of a diagnostic study is about.");

  /** A document's validation or endorsement. */
  public static final ObjectCodec<Approval, Approval.Builder> APPROVAL = ObjectCodec.deferred(() ->
      ObjectCodec.define(Approval.class, "approval", Approval::builder, Approval.Builder::build)
          .about("A step of a document's approval: a study validated by the stakeholders, a study or plan endorsed "
              + "by the governance body.")
          .required("date", PARTIAL_DATE, Approval::date, Approval.Builder::date)
          .describe("when")
          .optional("body", TEXT, Approval::body, Approval.Builder::body)
          .describe("the body that approved, as the record names it: the cluster committee")
          .list("organisations", ORGANISATION_ID, Approval::organisations, Approval.Builder::addAllOrganisations)
          .describe("the organisations that approved")
          .list("people", PERSON_ID, Approval::people, Approval.Builder::addAllPeople)
          .describe("the people who approved")
          .optional("note", TEXT, Approval::note, Approval.Builder::note)
          .build());

  /** The number of enterprises of one size class. */
  public static final ObjectCodec<EnterpriseCount, EnterpriseCount.Builder> ENTERPRISE_COUNT =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(EnterpriseCount.class, "enterprise count", EnterpriseCount::builder,
              EnterpriseCount.Builder::build)
          .about("The number of a cluster's enterprises in one size class.")
          .required("sizeClass", ClusterCodecs.SIZE_CLASS, EnterpriseCount::sizeClass, EnterpriseCount.Builder::sizeClass)
          .required("count", INTEGER, EnterpriseCount::count, EnterpriseCount.Builder::count)
          .describe("how many enterprises of the size class")
          .build());

  /** An actor on a cluster map. */
  public static final ObjectCodec<MapActor, MapActor.Builder> MAP_ACTOR = ObjectCodec.deferred(() ->
      ObjectCodec.define(MapActor.class, "map actor", MapActor::builder, MapActor.Builder::build)
          .about("An actor on a cluster map: a group of enterprises or institutions of one kind.")
          .required("id", MAP_ACTOR_ID, MapActor::id, MapActor.Builder::id)
          .qualify("unique within the map")
          .required("kind", ACTOR_KIND, MapActor::kind, MapActor.Builder::kind)
          .optional("name", TEXT, MapActor::name, MapActor.Builder::name)
          .describe("how the map names it: fan manufacturers")
          .optionalLong("count", INTEGER, MapActor::count, MapActor.Builder::count)
          .describe("how many there are")
          .list("organisations", ORGANISATION_ID, MapActor::organisations, MapActor.Builder::addAllOrganisations)
          .describe("the organisations it stands for, when named")
          .optional("note", TEXT, MapActor::note, MapActor.Builder::note)
          .build());

  /** A linkage between two actors of a cluster map. */
  public static final ObjectCodec<MapLinkage, MapLinkage.Builder> MAP_LINKAGE = ObjectCodec.deferred(() ->
      ObjectCodec.define(MapLinkage.class, "map linkage", MapLinkage::builder, MapLinkage.Builder::build)
          .about("A linkage from one actor of a cluster map to another (or to itself).")
          .required("fromActor", MAP_ACTOR_ID, MapLinkage::fromActor, MapLinkage.Builder::fromActor)
          .describe("the actor it starts from")
          .required("toActor", MAP_ACTOR_ID, MapLinkage::toActor, MapLinkage.Builder::toActor)
          .describe("the actor it goes to; may be the same one")
          .required("kind", MAP_LINKAGE_KIND, MapLinkage::kind, MapLinkage.Builder::kind)
          .describe("what flows along it")
          .required("strength", LINKAGE_STRENGTH, MapLinkage::strength, MapLinkage.Builder::strength)
          .optional("note", TEXT, MapLinkage::note, MapLinkage.Builder::note)
          .build());

  /** A map of a cluster's actors and linkages. */
  public static final ObjectCodec<ClusterMap, ClusterMap.Builder> CLUSTER_MAP = ObjectCodec.deferred(() ->
      ObjectCodec.define(ClusterMap.class, "cluster map", ClusterMap::builder, ClusterMap.Builder::build)
          .about("A map of a cluster's economic system: actors with distinct ids, and linkages between actors of "
              + "the same map.")
          .rules(Rule.DIAGNOSTIC_MAP_ACTOR_DUPLICATE, Rule.DIAGNOSTIC_MAP_LINKAGE)
          .list("actors", MAP_ACTOR, ClusterMap::actors, ClusterMap.Builder::addAllActors)
          .list("linkages", MAP_LINKAGE, ClusterMap::linkages, ClusterMap.Builder::addAllLinkages)
          .build());

  /** A finding of a diagnostic study. */
  public static final ObjectCodec<Finding, Finding.Builder> FINDING = ObjectCodec.deferred(() ->
      ObjectCodec.define(Finding.class, "finding", Finding::builder, Finding.Builder::build)
          .about("One finding of a diagnostic study, with its theme.")
          .required("theme", THEME, Finding::theme, Finding.Builder::theme)
          .describe("what it is about")
          .required("text", TEXT, Finding::text, Finding.Builder::text)
          .describe("what was found")
          .build());

  /** Strengths, weaknesses, opportunities and threats. */
  public static final ObjectCodec<Swot, Swot.Builder> SWOT = ObjectCodec.deferred(() ->
      ObjectCodec.define(Swot.class, "SWOT", Swot::builder, Swot.Builder::build)
          .about("The strengths, weaknesses, opportunities and threats a diagnostic study found.")
          .list("strengths", FINDING, Swot::strengths, Swot.Builder::addAllStrengths)
          .list("weaknesses", FINDING, Swot::weaknesses, Swot.Builder::addAllWeaknesses)
          .list("opportunities", FINDING, Swot::opportunities, Swot.Builder::addAllOpportunities)
          .list("threats", FINDING, Swot::threats, Swot.Builder::addAllThreats)
          .build());

  /** A baseline value a study found for an indicator. */
  public static final ObjectCodec<BaselineValue, BaselineValue.Builder> BASELINE_VALUE = ObjectCodec.deferred(() ->
      ObjectCodec.define(BaselineValue.class, "baseline value", BaselineValue::builder, BaselineValue.Builder::build)
          .about("A baseline value a diagnostic study found for an indicator.")
          .required("indicator", INDICATOR_ID, BaselineValue::indicator, BaselineValue.Builder::indicator)
          .required("value", MonitoringCodecs.INDICATOR_VALUE, BaselineValue::value, BaselineValue.Builder::value)
          .describe("the value found; the same as the indicator's baseline when that names this study")
          .optional("date", PARTIAL_DATE, BaselineValue::date, BaselineValue.Builder::date)
          .describe("when the value held")
          .build());

  /** A diagnostic study. */
  public static final ObjectCodec<DiagnosticStudy, DiagnosticStudy.Builder> DIAGNOSTIC_STUDY =
      ObjectCodec.deferred(() ->
      ObjectCodec.define(DiagnosticStudy.class, "diagnostic study", DiagnosticStudy::builder,
              DiagnosticStudy.Builder::build)
          .about("A diagnostic study of a cluster. Once validated or endorsed, it has a SWOT whose four lists are "
              + "not empty and a cluster map with at least one actor.")
          .rules(Rule.DIAGNOSTIC_SWOT_INCOMPLETE, Rule.DIAGNOSTIC_MAP_EMPTY, Rule.DIAGNOSTIC_ENDORSEMENT_ORDER,
              Rule.DIAGNOSTIC_SIZE_CLASS_DUPLICATE, Rule.DIAGNOSTIC_BASELINE_DUPLICATE,
              Rule.DIAGNOSTIC_BASELINE_MISMATCH, Rule.REFERENCE_ENGAGEMENT_CLUSTER)
          .required("id", own(DIAGNOSTIC_STUDY_ID), DiagnosticStudy::id, DiagnosticStudy.Builder::id)
          .optional("title", TEXT, DiagnosticStudy::title, DiagnosticStudy.Builder::title)
          .required("cluster", CLUSTER_ID, DiagnosticStudy::cluster, DiagnosticStudy.Builder::cluster)
          .describe("the cluster studied")
          .optional("engagement", ENGAGEMENT_ID, DiagnosticStudy::engagement, DiagnosticStudy.Builder::engagement)
          .describe("the engagement it was made for; none for a course exercise")
          .list("authors", PERSON_ID, DiagnosticStudy::authors, DiagnosticStudy.Builder::addAllAuthors)
          .describe("the people who wrote it")
          .list("authorOrganisations", ORGANISATION_ID, DiagnosticStudy::authorOrganisations,
              DiagnosticStudy.Builder::addAllAuthorOrganisations)
          .describe("the organisations that wrote it")
          .optional("period", DATE_RANGE, DiagnosticStudy::period, DiagnosticStudy.Builder::period)
          .describe("when the study was carried out")
          .optional("validation", APPROVAL, DiagnosticStudy::validation, DiagnosticStudy.Builder::validation)
          .describe("its validation by the cluster's stakeholders")
          .optional("endorsement", APPROVAL, DiagnosticStudy::endorsement, DiagnosticStudy.Builder::endorsement)
          .describe("its endorsement by the cluster's governance body")
          .optional("profile", ClusterCodecs.PROFILE_FIGURES, DiagnosticStudy::profile, DiagnosticStudy.Builder::profile)
          .describe("the figures it found: enterprises, employment, output, exports")
          .list("enterprisesBySize", ENTERPRISE_COUNT, DiagnosticStudy::enterprisesBySize,
              DiagnosticStudy.Builder::addAllEnterprisesBySize)
          .describe("the enterprises it counted, by size class")
          .qualify("each size class once")
          .optional("clusterMap", CLUSTER_MAP, DiagnosticStudy::clusterMap, DiagnosticStudy.Builder::clusterMap)
          .describe("the map of the cluster as it is")
          .optional("projectedMap", CLUSTER_MAP, DiagnosticStudy::projectedMap, DiagnosticStudy.Builder::projectedMap)
          .describe("the map of the cluster as it should become")
          .optional("swot", SWOT, DiagnosticStudy::swot, DiagnosticStudy.Builder::swot)
          .describe("strengths, weaknesses, opportunities and threats")
          .list("keyConstraints", FINDING, DiagnosticStudy::keyConstraints, DiagnosticStudy.Builder::addAllKeyConstraints)
          .describe("the constraints that matter most")
          .list("baselines", BASELINE_VALUE, DiagnosticStudy::baselines, DiagnosticStudy.Builder::addAllBaselines)
          .describe("the baseline values it found for indicators")
          .qualify("each indicator once")
          .optional("description", TEXT, DiagnosticStudy::description, DiagnosticStudy.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.DIAGNOSTIC_STUDIES, DIAGNOSTIC_STUDY, "the diagnostic studies"));
}
