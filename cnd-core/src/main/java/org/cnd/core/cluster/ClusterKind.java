package org.cnd.core.cluster;

import org.cnd.core.validation.Coded;

/** What kind of cluster it is. */
public enum ClusterKind implements Coded {
  /** A cluster of manufacturing SMEs. */
  INDUSTRIAL("Industrial"),
  /** A cluster of artisans and craft producers. */
  ARTISANAL("Artisanal"),
  /** A cluster of rural producers, farmers or agro-processors. */
  RURAL("Rural"),
  /** A cluster of technology-intensive firms. */
  HIGH_TECH("High-tech"),
  /** A cluster of service firms. */
  SERVICES("Services");

  private final String label;

  ClusterKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return org.cnd.core.internal.Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<ClusterKind> fromCode(String code) {
    return Coded.fromCode(ClusterKind.class, code);
  }
}
