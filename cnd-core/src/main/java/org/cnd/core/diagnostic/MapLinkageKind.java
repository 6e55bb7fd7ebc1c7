package org.cnd.core.diagnostic;

import org.cnd.core.validation.Coded;

/** What flows along a linkage of a cluster map. */
public enum MapLinkageKind implements Coded {
  /** Inputs supplied to the other actor. */
  SUPPLY("Supply"),
  /** Products sold to the other actor. */
  SALES("Sales"),
  /** Services provided to the other actor. */
  SERVICES("Services"),
  /** Credit or funds provided to the other actor. */
  FINANCE("Finance"),
  /** Information or knowledge exchanged. */
  INFORMATION("Information"),
  /** Joint action between the actors. */
  COOPERATION("Cooperation"),
  /** The actor represents the other, as an association its members. */
  REPRESENTATION("Representation"),
  /** Public or institutional support. */
  SUPPORT("Support");

  private final String label;

  MapLinkageKind(String label) {
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
  public static java.util.Optional<MapLinkageKind> fromCode(String code) {
    return Coded.fromCode(MapLinkageKind.class, code);
  }
}
