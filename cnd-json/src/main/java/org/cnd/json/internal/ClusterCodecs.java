package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.MONEY;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PLACE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.Sector;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.id.ClusterId;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.cluster}: clusters, sectors, profile figures and size classes. */
public final class ClusterCodecs {
  private ClusterCodecs() {}

  /** A cluster's identifier. */
  public static final TextCodec<ClusterId> CLUSTER_ID = ValueCodecs.id(EntityKind.CLUSTERS, ClusterId::of);

  /** An ISIC Rev.4 code. */
  public static final TextCodec<IsicCode> ISIC = TextCodec.of(IsicCode.class, "ISIC Rev.4 code",
      "an ISIC Rev.4 code: a section letter A-U or 2 to 4 digits", IsicCode::of, IsicCode::code)
      .withRules(Rule.SECTOR_ISIC);

  public static final CodeCodec<ClusterKind> CLUSTER_KIND =
      CodeCodec.of(ClusterKind.class, "cluster kind", "What kind of cluster it is.");

  public static final CodeCodec<SizeClass> SIZE_CLASS =
      CodeCodec.of(SizeClass.class, "size class", "The size class of an enterprise.");

  /** A cluster's line of business. */
  public static final ObjectCodec<Sector, Sector.Builder> SECTOR = ObjectCodec.deferred(() ->
      ObjectCodec.define(Sector.class, "sector", Sector::builder, Sector.Builder::build)
          .about("A cluster's line of business, with its ISIC Rev.4 code when known.")
          .required("name", TEXT, Sector::name, Sector.Builder::name)
          .describe("as the record names it: electric fans, handloom weaving")
          .optional("isic", ISIC, Sector::isic, Sector.Builder::isic)
          .describe("a section letter `A`-`U`, or a division, group or class of 2 to 4 digits (`1392`)")
          .build());

  /** The size of a cluster at a date. */
  public static final ObjectCodec<ProfileFigures, ProfileFigures.Builder> PROFILE_FIGURES = ObjectCodec.deferred(() ->
      ObjectCodec.define(ProfileFigures.class, "set of profile figures", ProfileFigures::builder,
              ProfileFigures.Builder::build)
          .about("The size of a cluster at a date.")
          .required("asOf", PARTIAL_DATE, ProfileFigures::asOf, ProfileFigures.Builder::asOf)
          .describe("the date the figures hold for")
          .optionalLong("enterprises", INTEGER, ProfileFigures::enterprises, ProfileFigures.Builder::enterprises)
          .describe("the number of enterprises")
          .optionalLong("employment", INTEGER, ProfileFigures::employment, ProfileFigures.Builder::employment)
          .describe("the number of people employed")
          .optional("annualOutput", MONEY, ProfileFigures::annualOutput, ProfileFigures.Builder::annualOutput)
          .describe("the value of a year's output")
          .qualify("not negative")
          .optional("exports", MONEY, ProfileFigures::exports, ProfileFigures.Builder::exports)
          .describe("the value of a year's exports")
          .qualify("not negative")
          .build());

  /** A cluster. */
  public static final ObjectCodec<Cluster, Cluster.Builder> CLUSTER = ObjectCodec.deferred(() ->
      ObjectCodec.define(Cluster.class, "cluster", Cluster::builder, Cluster.Builder::build)
          .about("A sectoral and geographical concentration of small and medium enterprises.")
          .required("id", own(CLUSTER_ID), Cluster::id, Cluster.Builder::id)
          .required("name", TEXT, Cluster::name, Cluster.Builder::name)
          .required("sector", SECTOR, Cluster::sector, Cluster.Builder::sector)
          .describe("what the enterprises make or do")
          .required("place", PLACE, Cluster::place, Cluster.Builder::place)
          .describe("where they are")
          .optional("kind", CLUSTER_KIND, Cluster::kind, Cluster.Builder::kind)
          .optional("profile", PROFILE_FIGURES, Cluster::profile, Cluster.Builder::profile)
          .describe("figures on its size at a date")
          .optional("description", TEXT, Cluster::description, Cluster.Builder::description)
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.CLUSTERS, CLUSTER, "the clusters"));
}
