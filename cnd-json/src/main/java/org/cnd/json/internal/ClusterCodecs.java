package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.CLUSTER_ID;
import static org.cnd.json.internal.ValueCodecs.INTEGER;
import static org.cnd.json.internal.ValueCodecs.MONEY;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PLACE;
import static org.cnd.json.internal.ValueCodecs.TEXT;

import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.Sector;
import org.cnd.core.cluster.SizeClass;

/** The codecs of {@code org.cnd.core.cluster}: clusters, sectors, profile figures and size classes. */
public final class ClusterCodecs {
  private ClusterCodecs() {}

  /** An ISIC Rev.4 code. */
  public static final TextCodec<IsicCode> ISIC = TextCodec.of(IsicCode.class,
      "an ISIC Rev.4 code: a section letter A-U or 2 to 4 digits", IsicCode::of, IsicCode::code);

  /** What kind of cluster it is. */
  public static final CodeCodec<ClusterKind> CLUSTER_KIND = CodeCodec.of(ClusterKind.class, "cluster kind");

  /** The size class of an enterprise. */
  public static final CodeCodec<SizeClass> SIZE_CLASS = CodeCodec.of(SizeClass.class, "size class");

  /** A cluster's line of business. */
  public static final ObjectCodec<Sector, Sector.Builder> SECTOR =
      ObjectCodec.define(Sector.class, "sector", Sector::builder, Sector.Builder::build)
          .required("name", TEXT, Sector::name, Sector.Builder::name)
          .optional("isic", ISIC, Sector::isic, Sector.Builder::isic)
          .build();

  /** The size of a cluster at a date. */
  public static final ObjectCodec<ProfileFigures, ProfileFigures.Builder> PROFILE_FIGURES =
      ObjectCodec.define(ProfileFigures.class, "set of profile figures", ProfileFigures::builder,
              ProfileFigures.Builder::build)
          .required("asOf", PARTIAL_DATE, ProfileFigures::asOf, ProfileFigures.Builder::asOf)
          .optionalLong("enterprises", INTEGER, ProfileFigures::enterprises, ProfileFigures.Builder::enterprises)
          .optionalLong("employment", INTEGER, ProfileFigures::employment, ProfileFigures.Builder::employment)
          .optional("annualOutput", MONEY, ProfileFigures::annualOutput, ProfileFigures.Builder::annualOutput)
          .optional("exports", MONEY, ProfileFigures::exports, ProfileFigures.Builder::exports)
          .build();

  /** A cluster. */
  public static final ObjectCodec<Cluster, Cluster.Builder> CLUSTER =
      ObjectCodec.define(Cluster.class, "cluster", Cluster::builder, Cluster.Builder::build)
          .required("id", CLUSTER_ID, Cluster::id, Cluster.Builder::id)
          .required("name", TEXT, Cluster::name, Cluster.Builder::name)
          .required("sector", SECTOR, Cluster::sector, Cluster.Builder::sector)
          .required("place", PLACE, Cluster::place, Cluster.Builder::place)
          .optional("kind", CLUSTER_KIND, Cluster::kind, Cluster.Builder::kind)
          .optional("profile", PROFILE_FIGURES, Cluster::profile, Cluster.Builder::profile)
          .optional("description", TEXT, Cluster::description, Cluster.Builder::description)
          .build();
}
