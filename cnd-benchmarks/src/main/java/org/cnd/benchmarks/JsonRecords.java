package org.cnd.benchmarks;

import java.util.List;

/**
 * The baseline: hand-written Java records that mirror the CND JSON format one to one, as a user would write them to
 * read the same documents with plain Jackson databind and no library. Identifiers, codes, dates and amounts stay
 * strings; absent values are {@code null}; arrays are lists. Nothing is checked beyond what Jackson checks.
 */
public final class JsonRecords {
  private JsonRecords() {}

  /** The root object. */
  public record Document(
      String format,
      int formatVersion,
      List<Organisation> organisations,
      List<Person> people,
      List<Cluster> clusters,
      List<Programme> programmes) {}

  // --- actors -----------------------------------------------------------------------------------------------

  /** An organisation. */
  public record Organisation(
      String id, String name, String acronym, String kind, String country, List<FormerName> formerNames,
      String parent) {}

  /** A name an organisation was known by. */
  public record FormerName(String name, String acronym, String until) {}

  /** A person. */
  public record Person(String id, String name, String affiliation) {}

  // --- clusters ---------------------------------------------------------------------------------------------

  /** A cluster. */
  public record Cluster(
      String id, String name, Sector sector, Place place, String kind, ProfileFigures profile, String description) {}

  /** A sector. */
  public record Sector(String name, String isic) {}

  /** A place. */
  public record Place(String country, String subdivision, List<String> localities, String area, GeoPoint point) {}

  /** A point. */
  public record GeoPoint(double latitude, double longitude) {}

  /** Profile figures. */
  public record ProfileFigures(String asOf, Long enterprises, Long employment, Money annualOutput, Money exports) {}

  /** Money. */
  public record Money(String amount, String currency) {}

  // --- programmes -------------------------------------------------------------------------------------------

  /** A programme. */
  public record Programme(
      String id, String title, String code, String period, List<StatusChange> statusHistory,
      List<Participation> participants, Money budget, List<FundingCommitment> funding, List<String> targetClusters,
      String targetDescription, List<ProgrammeRelation> relatedProgrammes, String description) {}

  /** A status change. */
  public record StatusChange(String status, String date, String note) {}

  /** A participation. */
  public record Participation(String organisation, String role, String note) {}

  /** A funding commitment. */
  public record FundingCommitment(String funder, String kind, Money amount, String date, String note) {}

  /** A relation to another programme. */
  public record ProgrammeRelation(String kind, String programme) {}
}
