package org.cnd.core.actor;

import org.cnd.core.validation.Coded;

/** What kind of body an organisation is. */
public enum OrganisationKind implements Coded {
  /** A United Nations agency, such as UNIDO. */
  UN_AGENCY("UN agency"),
  /** A bilateral or multilateral donor. */
  DONOR("Donor"),
  /** A ministry of a national government. */
  NATIONAL_MINISTRY("National ministry"),
  /** The government of a province or state. */
  PROVINCIAL_GOVERNMENT("Provincial government"),
  /** A public agency or authority. */
  GOVERNMENT_AGENCY("Government agency"),
  /** A trade or export promotion body, such as TDAP. */
  TRADE_PROMOTION_BODY("Trade promotion body"),
  /** A body that develops small and medium enterprises, such as SMEDA or PSIC. */
  SME_AGENCY("SME agency"),
  /** A research institute or council, such as PCSIR. */
  RESEARCH_INSTITUTE("Research institute"),
  /** A training institute, such as NIPA. */
  TRAINING_INSTITUTE("Training institute"),
  /** A fund that finances enterprises or projects, such as BSF or CSF. */
  FUND("Fund"),
  /** An association of enterprises. */
  BUSINESS_ASSOCIATION("Business association"),
  /** A chamber of commerce and industry. */
  CHAMBER("Chamber"),
  /** A non-governmental organisation. */
  NGO("NGO"),
  /** A private or public company, such as TUSDEC. */
  COMPANY("Company"),
  /** A provider of business development services. */
  BDS_PROVIDER("BDS provider"),
  /** A bank or other financial institution. */
  FINANCIAL_INSTITUTION("Financial institution"),
  /** A national programme run as a body of its own, such as AHAN. */
  NATIONAL_PROGRAMME("National programme"),
  /** A programme of an international organisation run as a body, such as UNIDO's TRTA programme. */
  INTERNATIONAL_PROGRAMME("International programme"),
  /** Any other kind of body. */
  OTHER("Other");

  private final String label;

  OrganisationKind(String label) {
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
  public static java.util.Optional<OrganisationKind> fromCode(String code) {
    return Coded.fromCode(OrganisationKind.class, code);
  }
}
