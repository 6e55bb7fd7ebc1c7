package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.DATE_RANGE;
import static org.cnd.json.internal.ValueCodecs.DIAGNOSTIC_STUDY_ID;
import static org.cnd.json.internal.ValueCodecs.ENGAGEMENT_ID;
import static org.cnd.json.internal.ValueCodecs.INDICATOR_ID;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.MAP_ACTOR_ID;
import static org.cnd.json.internal.ValueCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PERSON_ID;
import static org.cnd.json.internal.ValueCodecs.TEXT;

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

/**
 * The codecs of {@code org.cnd.core.diagnostic}: diagnostic studies, their approvals, cluster maps, SWOTs,
 * findings, enterprise counts and baseline values. A study's status is not written: it follows from its approvals.
 */
public final class DiagnosticCodecs {
  private DiagnosticCodecs() {}

  /** The kind of an actor on a cluster map. */
  public static final CodeCodec<ActorKind> ACTOR_KIND = CodeCodec.of(ActorKind.class, "actor kind");
  /** How strong a linkage of a cluster map is. */
  public static final CodeCodec<LinkageStrength> LINKAGE_STRENGTH = CodeCodec.of(LinkageStrength.class, "linkage strength");
  /** What flows along a linkage of a cluster map. */
  public static final CodeCodec<MapLinkageKind> MAP_LINKAGE_KIND = CodeCodec.of(MapLinkageKind.class, "map linkage kind");
  /** What a finding is about. */
  public static final CodeCodec<Theme> THEME = CodeCodec.of(Theme.class, "theme");

  /** A document's validation or endorsement. */
  public static final ObjectCodec<Approval, Approval.Builder> APPROVAL =
      ObjectCodec.define(Approval.class, "approval", Approval::builder, Approval.Builder::build)
          .required("date", PARTIAL_DATE, Approval::date, Approval.Builder::date)
          .optional("body", TEXT, Approval::body, Approval.Builder::body)
          .list("organisations", ORGANISATION_ID, Approval::organisations, Approval.Builder::addAllOrganisations)
          .list("people", PERSON_ID, Approval::people, Approval.Builder::addAllPeople)
          .optional("note", TEXT, Approval::note, Approval.Builder::note)
          .build();

  /** The number of enterprises of one size class. */
  public static final ObjectCodec<EnterpriseCount, EnterpriseCount.Builder> ENTERPRISE_COUNT =
      ObjectCodec.define(EnterpriseCount.class, "enterprise count", EnterpriseCount::builder,
              EnterpriseCount.Builder::build)
          .required("sizeClass", ClusterCodecs.SIZE_CLASS, EnterpriseCount::sizeClass, EnterpriseCount.Builder::sizeClass)
          .required("count", INTEGER, EnterpriseCount::count, EnterpriseCount.Builder::count)
          .build();

  /** An actor on a cluster map. */
  public static final ObjectCodec<MapActor, MapActor.Builder> MAP_ACTOR =
      ObjectCodec.define(MapActor.class, "map actor", MapActor::builder, MapActor.Builder::build)
          .required("id", MAP_ACTOR_ID, MapActor::id, MapActor.Builder::id)
          .required("kind", ACTOR_KIND, MapActor::kind, MapActor.Builder::kind)
          .optional("name", TEXT, MapActor::name, MapActor.Builder::name)
          .optionalLong("count", INTEGER, MapActor::count, MapActor.Builder::count)
          .list("organisations", ORGANISATION_ID, MapActor::organisations, MapActor.Builder::addAllOrganisations)
          .optional("note", TEXT, MapActor::note, MapActor.Builder::note)
          .build();

  /** A linkage between two actors of a cluster map. */
  public static final ObjectCodec<MapLinkage, MapLinkage.Builder> MAP_LINKAGE =
      ObjectCodec.define(MapLinkage.class, "map linkage", MapLinkage::builder, MapLinkage.Builder::build)
          .required("fromActor", MAP_ACTOR_ID, MapLinkage::fromActor, MapLinkage.Builder::fromActor)
          .required("toActor", MAP_ACTOR_ID, MapLinkage::toActor, MapLinkage.Builder::toActor)
          .required("kind", MAP_LINKAGE_KIND, MapLinkage::kind, MapLinkage.Builder::kind)
          .required("strength", LINKAGE_STRENGTH, MapLinkage::strength, MapLinkage.Builder::strength)
          .optional("note", TEXT, MapLinkage::note, MapLinkage.Builder::note)
          .build();

  /** A map of a cluster's actors and linkages. */
  public static final ObjectCodec<ClusterMap, ClusterMap.Builder> CLUSTER_MAP =
      ObjectCodec.define(ClusterMap.class, "cluster map", ClusterMap::builder, ClusterMap.Builder::build)
          .list("actors", MAP_ACTOR, ClusterMap::actors, ClusterMap.Builder::addAllActors)
          .list("linkages", MAP_LINKAGE, ClusterMap::linkages, ClusterMap.Builder::addAllLinkages)
          .build();

  /** A finding of a diagnostic study. */
  public static final ObjectCodec<Finding, Finding.Builder> FINDING =
      ObjectCodec.define(Finding.class, "finding", Finding::builder, Finding.Builder::build)
          .required("theme", THEME, Finding::theme, Finding.Builder::theme)
          .required("text", TEXT, Finding::text, Finding.Builder::text)
          .build();

  /** Strengths, weaknesses, opportunities and threats. */
  public static final ObjectCodec<Swot, Swot.Builder> SWOT =
      ObjectCodec.define(Swot.class, "SWOT", Swot::builder, Swot.Builder::build)
          .list("strengths", FINDING, Swot::strengths, Swot.Builder::addAllStrengths)
          .list("weaknesses", FINDING, Swot::weaknesses, Swot.Builder::addAllWeaknesses)
          .list("opportunities", FINDING, Swot::opportunities, Swot.Builder::addAllOpportunities)
          .list("threats", FINDING, Swot::threats, Swot.Builder::addAllThreats)
          .build();

  /** A baseline value a study found for an indicator. */
  public static final ObjectCodec<BaselineValue, BaselineValue.Builder> BASELINE_VALUE =
      ObjectCodec.define(BaselineValue.class, "baseline value", BaselineValue::builder, BaselineValue.Builder::build)
          .required("indicator", INDICATOR_ID, BaselineValue::indicator, BaselineValue.Builder::indicator)
          .required("value", MonitoringCodecs.INDICATOR_VALUE, BaselineValue::value, BaselineValue.Builder::value)
          .optional("date", PARTIAL_DATE, BaselineValue::date, BaselineValue.Builder::date)
          .build();

  /** A diagnostic study. */
  public static final ObjectCodec<DiagnosticStudy, DiagnosticStudy.Builder> DIAGNOSTIC_STUDY =
      ObjectCodec.define(DiagnosticStudy.class, "diagnostic study", DiagnosticStudy::builder,
              DiagnosticStudy.Builder::build)
          .required("id", DIAGNOSTIC_STUDY_ID, DiagnosticStudy::id, DiagnosticStudy.Builder::id)
          .optional("title", TEXT, DiagnosticStudy::title, DiagnosticStudy.Builder::title)
          .required("cluster", CLUSTER_ID, DiagnosticStudy::cluster, DiagnosticStudy.Builder::cluster)
          .optional("engagement", ENGAGEMENT_ID, DiagnosticStudy::engagement, DiagnosticStudy.Builder::engagement)
          .list("authors", PERSON_ID, DiagnosticStudy::authors, DiagnosticStudy.Builder::addAllAuthors)
          .list("authorOrganisations", ORGANISATION_ID, DiagnosticStudy::authorOrganisations,
              DiagnosticStudy.Builder::addAllAuthorOrganisations)
          .optional("period", DATE_RANGE, DiagnosticStudy::period, DiagnosticStudy.Builder::period)
          .optional("validation", APPROVAL, DiagnosticStudy::validation, DiagnosticStudy.Builder::validation)
          .optional("endorsement", APPROVAL, DiagnosticStudy::endorsement, DiagnosticStudy.Builder::endorsement)
          .optional("profile", ClusterCodecs.PROFILE_FIGURES, DiagnosticStudy::profile, DiagnosticStudy.Builder::profile)
          .list("enterprisesBySize", ENTERPRISE_COUNT, DiagnosticStudy::enterprisesBySize,
              DiagnosticStudy.Builder::addAllEnterprisesBySize)
          .optional("clusterMap", CLUSTER_MAP, DiagnosticStudy::clusterMap, DiagnosticStudy.Builder::clusterMap)
          .optional("projectedMap", CLUSTER_MAP, DiagnosticStudy::projectedMap, DiagnosticStudy.Builder::projectedMap)
          .optional("swot", SWOT, DiagnosticStudy::swot, DiagnosticStudy.Builder::swot)
          .list("keyConstraints", FINDING, DiagnosticStudy::keyConstraints, DiagnosticStudy.Builder::addAllKeyConstraints)
          .list("baselines", BASELINE_VALUE, DiagnosticStudy::baselines, DiagnosticStudy.Builder::addAllBaselines)
          .optional("description", TEXT, DiagnosticStudy::description, DiagnosticStudy.Builder::description)
          .build();
}
