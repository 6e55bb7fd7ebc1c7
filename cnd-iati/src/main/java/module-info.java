/**
 * Export of CND programmes to the IATI Activity Standard, version 2.03: {@link org.cnd.iati.IatiExport} writes an
 * {@code iati-activities} document with the JDK's StAX after the export's own checks of the IATI Standard Ruleset.
 */
module org.cnd.iati {
  requires transitive org.cnd.core;
  requires java.xml;

  exports org.cnd.iati;
}
