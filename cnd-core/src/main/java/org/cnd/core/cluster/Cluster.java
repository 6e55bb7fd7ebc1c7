package org.cnd.core.cluster;

import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.internal.Texts;
import org.cnd.core.place.Place;
import org.immutables.value.Value;

/**
 * "A sectoral and geographical concentration of small/medium enterprises facing common opportunities and threats"
 * (UNIDO). Sector and place are therefore required.
 */
@Value.Immutable
public abstract class Cluster {
  Cluster() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract ClusterId id();

  /** The name: the handloom weaving cluster in Multan. */
  public abstract String name();

  /** What the enterprises make or do. */
  public abstract Sector sector();

  /** Where the enterprises are. */
  public abstract Place place();

  /** What kind of cluster it is, when the record says. */
  public abstract Optional<ClusterKind> kind();

  /** Figures on its size at a date. */
  public abstract Optional<ProfileFigures> profile();

  /** Free text. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "cluster name");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
  }

  /** Builds a {@link Cluster}. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}
  }
}
