package org.cnd.json.internal;

import static org.cnd.json.internal.ActorCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ClusterCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ProgrammeCodecs.PROGRAMME_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PLACE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.URL;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.ReportId;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.collaboration}: linkages made and reports produced. */
public final class CollaborationCodecs {
  private CollaborationCodecs() {}

  /** A linkage's identifier. */
  public static final TextCodec<LinkageId> LINKAGE_ID = ValueCodecs.id(EntityKind.LINKAGES, LinkageId::of);

  /** A report's identifier. */
  public static final TextCodec<ReportId> REPORT_ID = ValueCodecs.id(EntityKind.REPORTS, ReportId::of);

  /** What kind of linkage. */
  public static final CodeCodec<LinkageKind> LINKAGE_KIND =
      CodeCodec.of(LinkageKind.class, "linkage kind", "What kind of linkage was made.");
  public static final CodeCodec<ReportKind> REPORT_KIND =
      CodeCodec.of(ReportKind.class, "report kind", "What kind of report.");

  /** A linkage made between organisations and clusters. */
  public static final ObjectCodec<Linkage, Linkage.Builder> LINKAGE = ObjectCodec.deferred(() ->
      ObjectCodec.define(Linkage.class, "linkage", Linkage::builder, Linkage.Builder::build)
          .about("A linkage made between organisations and clusters: at least one of them.")
          .rules(Rule.LINKAGE_PARTIES)
          .required("id", own(LINKAGE_ID), Linkage::id, Linkage.Builder::id)
          .required("kind", LINKAGE_KIND, Linkage::kind, Linkage.Builder::kind)
          .list("organisations", ORGANISATION_ID, Linkage::organisations, Linkage.Builder::addAllOrganisations)
          .describe("the organisations linked")
          .list("clusters", CLUSTER_ID, Linkage::clusters, Linkage.Builder::addAllClusters)
          .describe("the clusters linked, as a whole")
          .optional("programme", PROGRAMME_ID, Linkage::programme, Linkage.Builder::programme)
          .describe("the programme that made it")
          .optional("date", PARTIAL_DATE, Linkage::date, Linkage.Builder::date)
          .describe("when it was made")
          .optional("outcome", TEXT, Linkage::outcome, Linkage.Builder::outcome)
          .describe("what came of it")
          .optional("description", TEXT, Linkage::description, Linkage.Builder::description)
          .build());

  /** A report produced. */
  public static final ObjectCodec<Report, Report.Builder> REPORT = ObjectCodec.deferred(() ->
      ObjectCodec.define(Report.class, "report", Report::builder, Report.Builder::build)
          .about("A report produced: a study, an assessment, a progress report, an evaluation, a guide.")
          .rules(Rule.REPORT_SUBJECT)
          .required("id", own(REPORT_ID), Report::id, Report.Builder::id)
          .required("title", TEXT, Report::title, Report.Builder::title)
          .required("kind", REPORT_KIND, Report::kind, Report.Builder::kind)
          .optional("date", PARTIAL_DATE, Report::date, Report.Builder::date)
          .describe("when it was produced")
          .list("clusters", CLUSTER_ID, Report::clusters, Report.Builder::addAllClusters)
          .describe("the clusters it is about")
          .optional("region", PLACE, Report::region, Report.Builder::region)
          .describe("the region it is about: a country or a province")
          .list("authors", ORGANISATION_ID, Report::authors, Report.Builder::addAllAuthors)
          .describe("the organisations that produced it")
          .list("programmes", PROGRAMME_ID, Report::programmes, Report.Builder::addAllProgrammes)
          .describe("the programmes under which it was produced or that it supported")
          .optional("description", TEXT, Report::description, Report.Builder::description)
          .optional("url", URL, Report::url, Report.Builder::url)
          .describe("where it can be read")
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.LINKAGES, LINKAGE, "linkages made between organisations and clusters"),
      new PortfolioCodec.Collection<>(EntityKind.REPORTS, REPORT, "reports produced"));
}
