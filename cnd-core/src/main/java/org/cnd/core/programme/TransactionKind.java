package org.cnd.core.programme;

import org.cnd.core.validation.Coded;

/** What a programme's transaction is, as IATI's TransactionType code list (version 2.03) names it. */
public enum TransactionKind implements Coded {
  /** Funds received for the programme (IATI 1). */
  INCOMING_FUNDS("1", "Incoming Funds"),
  /** A firm, written obligation to provide funds (IATI 2, outgoing commitment). */
  COMMITMENT("2", "Outgoing Commitment"),
  /** Funds passed on to another organisation (IATI 3). */
  DISBURSEMENT("3", "Disbursement"),
  /** Money spent on goods and services for the programme (IATI 4). */
  EXPENDITURE("4", "Expenditure");

  private final String iatiCode;
  private final String label;

  TransactionKind(String iatiCode, String label) {
    this.iatiCode = iatiCode;
    this.label = label;
  }

  /** IATI's TransactionType code: {@code 3}. */
  public String iatiCode() {
    return iatiCode;
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
  public static java.util.Optional<TransactionKind> fromCode(String code) {
    return Coded.fromCode(TransactionKind.class, code);
  }
}
