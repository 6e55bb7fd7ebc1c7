package org.cnd.core.lifecycle;

import org.cnd.core.validation.Coded;

/** The role of a person or organisation working on an engagement. */
public enum TeamRole implements Coded {
  /** A cluster development agent (CDA), who walks the cluster through the methodology. */
  CDA("Cluster development agent"),
  /** Coordinates the programme's work with the cluster. */
  PROJECT_COORDINATOR("Project coordinator"),
  /** A technical expert or adviser. */
  SPECIALIST("Specialist"),
  /** The national or local body, or its officer, the work is done with and for. */
  COUNTERPART("Counterpart"),
  /** A network broker, who brings firms into a network and keeps its joint work going: the CDA's role for networks. */
  NETWORK_BROKER("Network broker");

  private final String label;

  TeamRole(String label) {
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
  public static java.util.Optional<TeamRole> fromCode(String code) {
    return Coded.fromCode(TeamRole.class, code);
  }
}
