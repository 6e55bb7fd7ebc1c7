package org.cnd.core.actor;

import org.cnd.core.validation.Coded;

/**
 * The type of an organisation in IATI's OrganisationType code list (version 2.03), with the list's numeric code;
 * the labels are the list's names.
 */
public enum IatiOrganisationType implements Coded {
  /** 10. */
  GOVERNMENT("10", "Government"),
  /** 11: any sub-national government. */
  LOCAL_GOVERNMENT("11", "Local Government"),
  /** 15. */
  OTHER_PUBLIC_SECTOR("15", "Other Public Sector"),
  /** 21. */
  INTERNATIONAL_NGO("21", "International NGO"),
  /** 22. */
  NATIONAL_NGO("22", "National NGO"),
  /** 23. */
  REGIONAL_NGO("23", "Regional NGO"),
  /** 24. */
  PARTNER_COUNTRY_BASED_NGO("24", "Partner Country based NGO"),
  /** 30. */
  PUBLIC_PRIVATE_PARTNERSHIP("30", "Public Private Partnership"),
  /** 40: UN agencies such as UNIDO. */
  MULTILATERAL("40", "Multilateral"),
  /** 60. */
  FOUNDATION("60", "Foundation"),
  /** 70. */
  PRIVATE_SECTOR("70", "Private Sector"),
  /** 71. */
  PRIVATE_SECTOR_IN_PROVIDER_COUNTRY("71", "Private Sector in Provider Country"),
  /** 72. */
  PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY("72", "Private Sector in Aid Recipient Country"),
  /** 73. */
  PRIVATE_SECTOR_IN_THIRD_COUNTRY("73", "Private Sector in Third Country"),
  /** 80. */
  ACADEMIC_TRAINING_AND_RESEARCH("80", "Academic, Training and Research"),
  /** 90. */
  OTHER("90", "Other");

  private final String iatiCode;
  private final String label;

  IatiOrganisationType(String iatiCode, String label) {
    this.iatiCode = iatiCode;
    this.label = label;
  }

  /** IATI's code: {@code 40}. */
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
  public static java.util.Optional<IatiOrganisationType> fromCode(String code) {
    return Coded.fromCode(IatiOrganisationType.class, code);
  }
}
