package org.cnd.core.selection;

import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.time.PartialDate;

/**
 * A small mapping data set with figures made up for the tests and easy to work by hand: three districts of Punjab
 * and three ISIC divisions (14 wearing apparel, 27 electrical equipment, 32 other manufacturing), 4,000 people.
 */
final class MappingFixtures {
  private MappingFixtures() {}

  static final SubdivisionCode PUNJAB = SubdivisionCode.of("PK-PB");
  static final Region SIALKOT = Region.district("Sialkot", PUNJAB);
  static final Region LAHORE = Region.district("Lahore", PUNJAB);
  static final Region GUJRAT = Region.district("Gujrat", PUNJAB);
  static final IsicCode APPAREL = IsicCode.of("14");
  static final IsicCode ELECTRICAL = IsicCode.of("27");
  static final IsicCode OTHER_MANUFACTURING = IsicCode.of("32");

  static MappingDataSet.Builder punjabBuilder() {
    return MappingDataSet.builder().id(MappingDataSetId.of("punjab-districts")).title("Punjab establishments by district")
        .source("Made-up figures for tests").vintage(PartialDate.ofYear(2003)).classification("ISIC Rev.4")
        .addCounts(MappingCount.of(SIALKOT, OTHER_MANUFACTURING, 600, 60), MappingCount.of(SIALKOT, APPAREL, 200, 20),
            MappingCount.of(SIALKOT, ELECTRICAL, 200, 10))
        .addCounts(MappingCount.of(LAHORE, OTHER_MANUFACTURING, 100, 10), MappingCount.of(LAHORE, APPAREL, 1500, 100),
            MappingCount.of(LAHORE, ELECTRICAL, 400, 30))
        .addCounts(MappingCount.of(GUJRAT, OTHER_MANUFACTURING, 50, 5), MappingCount.of(GUJRAT, APPAREL, 150, 15),
            MappingCount.of(GUJRAT, ELECTRICAL, 800, 40));
  }

  /** Sialkot 1,000 people, Lahore 2,000, Gujrat 1,000; divisions 32 and 27 traded. */
  static MappingDataSet punjab() {
    return punjabBuilder().addTradedSectors(OTHER_MANUFACTURING, ELECTRICAL).build();
  }
}
