package org.cnd.core.selection;

import org.cnd.core.validation.Coded;

/** The part an organisation plays in a selection exercise; the methodology asks for a selection shared by the ministries, chambers, associations and other stakeholders. */
public enum SelectionRole implements Coded {
  /** Calls and runs the exercise. */
  CONVENOR("Convenor"),
  /** The national or provincial body the programme works with and for. */
  COUNTERPART("Counterpart"),
  /** Takes part: a ministry, chamber, association, support institution. */
  STAKEHOLDER("Stakeholder"),
  /** Supports the exercise with methods and data, as UNIDO does. */
  TECHNICAL_SUPPORT("Technical support"),
  /** Proposes candidate clusters. */
  NOMINATOR("Nominator");

  private final String label;

  SelectionRole(String label) {
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
  public static java.util.Optional<SelectionRole> fromCode(String code) {
    return Coded.fromCode(SelectionRole.class, code);
  }
}
