package org.cnd.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.Sector;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.BaselineValue;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.EnterpriseCount;
import org.cnd.core.diagnostic.Finding;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.diagnostic.Swot;
import org.cnd.core.diagnostic.Theme;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ActivityId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.id.ObjectiveId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.money.Money;
import org.cnd.core.monitoring.Baseline;
import org.cnd.core.monitoring.BreakdownValue;
import org.cnd.core.monitoring.Direction;
import org.cnd.core.monitoring.Disaggregation;
import org.cnd.core.monitoring.Gender;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.IndicatorLevel;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.monitoring.Measure;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.monitoring.Target;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.plan.ActivityKind;
import org.cnd.core.plan.ActivityStatus;
import org.cnd.core.plan.FundingShare;
import org.cnd.core.plan.Intervention;
import org.cnd.core.plan.Objective;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.cnd.core.training.TrainingRole;

/**
 * A deterministic generator of synthetic, valid portfolios of any number of clusters: the same number always gives
 * the same portfolio (so the same JSON bytes), and the portfolio validates with no violation.
 *
 * <p>Text is mostly ASCII, with the diacritics of real place names (Bát Tràng, Fès) in the clusters of two
 * countries. The proportions follow how a CND programme runs (see BENCHMARKS.md for the table):
 *
 * <ul>
 *   <li>clusters come in blocks of 25; each block has one programme, which targets its 25 clusters and, every other
 *       block, 5 clusters of the next block too (so 10% of the clusters are targeted by two programmes);
 *   <li>7 clusters in 10 have an engagement, spread over the phases: 1 in 20 of the clusters in selection, 2 in 20
 *       in the diagnostic, 2 in action planning, 4 in implementation, 3 in monitoring and evaluation, 1 at exit,
 *       1 suspended or discontinued;
 *   <li>a diagnostic study for every engagement from the diagnostic on (a draft during the diagnostic, then
 *       validated and endorsed, with a SWOT, a cluster map of 5 actors and 4 linkages, key constraints and the
 *       baselines of its indicators);
 *   <li>an action plan from action planning on (a draft, then endorsed) with 3 objectives and 5 activities; one
 *       engagement in three in monitoring and evaluation has gone round the revision loop and has a second plan that
 *       supersedes the first;
 *   <li>3 indicators per engagement from implementation on, with a baseline, one or two targets and one to four
 *       measurements (one indicator broken down by gender);
 *   <li>one organisation per 4 clusters (associations, BDS providers, chambers, NGOs, banks), 4 per country
 *       (ministry, SME agency, chamber of commerce, research institute) and 4 international bodies; one CDA per
 *       4 clusters and one coordinator per programme;
 *   <li>one CDA course per programme (with an exercise on one of its clusters and a review meeting), one linkage and
 *       one progress report per 10 clusters.
 * </ul>
 */
public final class SyntheticPortfolio {
  /** Clusters per programme. */
  static final int BLOCK = 25;

  private static final String[][] COUNTRIES = {
      // code, currency, subdivisions..., localities...
      {"PK", "PKR", "PK-PB", "PK-SD", "PK-KP", "PK-BA", "Sialkot", "Gujranwala", "Multan", "Hyderabad", "Peshawar",
          "Quetta", "Gujrat", "Wazirabad"},
      {"IN", "INR", "IN-MH", "IN-TN", "IN-GJ", "IN-UP", "Pune", "Tiruppur", "Rajkot", "Kanpur", "Ludhiana",
          "Coimbatore", "Morbi", "Agra"},
      {"NG", "NGN", "NG-LA", "NG-KN", "NG-AN", "NG-OY", "Lagos", "Kano", "Nnewi", "Aba", "Ibadan", "Onitsha", "Ikeja",
          "Otigba"},
      {"ET", "ETB", "ET-AA", "ET-OR", "ET-AM", "ET-TI", "Addis Ababa", "Adama", "Bahir Dar", "Mek'ele", "Hawassa",
          "Gondar", "Dessie", "Jimma"},
      {"VN", "VND", "VN-SG", "VN-HN", "VN-DN", "VN-HP", "Bát Tràng", "Vạn Phúc", "Đồng Kỵ", "Thủ Đức", "Hội An",
          "Biên Hòa", "Hải Dương", "Nam Định"},
      {"BD", "BDT", "BD-A", "BD-B", "BD-C", "BD-D", "Dhaka", "Chittagong", "Khulna", "Bogra", "Narayanganj",
          "Jessore", "Sylhet", "Tongi"},
      {"KE", "KES", "KE-30", "KE-28", "KE-01", "KE-22", "Nairobi", "Eldoret", "Mombasa", "Kisumu", "Nakuru",
          "Thika", "Machakos", "Kitui"},
      {"PE", "PEN", "PE-LIM", "PE-ARE", "PE-LAL", "PE-PIU", "Gamarra", "Arequipa", "Trujillo", "Piura", "Chiclayo",
          "Cusco", "Huancayo", "Villa El Salvador"},
      {"MA", "MAD", "MA-01", "MA-02", "MA-04", "MA-06", "Casablanca", "Fès", "Marrakech", "Tangier", "Agadir",
          "Meknes", "Rabat", "Safi"},
      {"EG", "EGP", "EG-C", "EG-ALX", "EG-GZ", "EG-DK", "Cairo", "Alexandria", "Damietta", "Shubra", "Mahalla",
          "Fayoum", "Giza", "Tanta"},
  };

  private static final String[][] SECTORS = {
      {"electric fans", "2750"}, {"cutlery", "2593"}, {"surgical instruments", "3250"}, {"handloom weaving", "1312"},
      {"leather footwear", "1520"}, {"furniture", "3100"}, {"sports goods", "3230"}, {"ceramics", "2393"},
      {"garments", "1410"}, {"light engineering", "2599"}, {"fruit processing", "1030"}, {"dairy", "1050"},
      {"rice milling", "1061"}, {"auto parts", "2930"}, {"handicrafts", "3290"}, {"software services", "6201"},
      {"tourism services", "7911"}, {"jewellery", "3211"}, {"marble", "2396"}, {"fishing", "0311"},
  };

  private static final OrganisationKind[] LOCAL_KINDS = {
      OrganisationKind.BUSINESS_ASSOCIATION, OrganisationKind.BDS_PROVIDER, OrganisationKind.CHAMBER,
      OrganisationKind.NGO, OrganisationKind.FINANCIAL_INSTITUTION,
  };

  private static final OrganisationId UNIDO = OrganisationId.of("unido");
  private static final OrganisationId[] DONORS = {
      OrganisationId.of("norad"), OrganisationId.of("sida"), OrganisationId.of("eu-delegation")};

  private final int clusters;
  private final Portfolio.Builder out = Portfolio.builder();

  private SyntheticPortfolio(int clusters) {
    this.clusters = clusters;
  }

  /**
   * The portfolio of this many clusters.
   *
   * @throws IllegalArgumentException when {@code clusters} is not positive
   */
  public static Portfolio generate(int clusters) {
    if (clusters < 1) {
      throw new IllegalArgumentException("clusters must be at least 1, found " + clusters);
    }
    return new SyntheticPortfolio(clusters).build();
  }

  private Portfolio build() {
    organisations();
    people();
    int blocks = (clusters + BLOCK - 1) / BLOCK;
    for (int b = 0; b < blocks; b++) {
      out.addProgrammes(programme(b, blocks));
    }
    for (int c = 0; c < clusters; c++) {
      cluster(c);
    }
    for (int b = 0; b < blocks; b++) {
      out.addTrainings(training(b));
    }
    for (int c = 0; c < clusters; c += 10) {
      out.addLinkages(linkage(c));
      out.addReports(report(c));
    }
    return out.build();
  }

  // --- identifiers and lookups ------------------------------------------------------------------------------

  private static int countryOf(int block) {
    return (block / 2) % COUNTRIES.length;
  }

  private static String[] country(int block) {
    return COUNTRIES[countryOf(block)];
  }

  private static ClusterId clusterId(int c) {
    return ClusterId.of(slug(SECTORS[sectorOf(c)][0]) + "-" + pad(c));
  }

  private static int sectorOf(int c) {
    return (c * 7 + c / 13) % SECTORS.length;
  }

  private static ProgrammeId programmeId(int b) {
    return ProgrammeId.of("cnd-programme-" + pad(b));
  }

  private static OrganisationId localOrganisation(int c) {
    return OrganisationId.of("local-org-" + pad(c / 4));
  }

  private static OrganisationId nationalOrganisation(int country, int which) {
    String[] names = {"ministry-of-industries", "sme-agency", "chamber", "research-institute"};
    return OrganisationId.of(COUNTRIES[country][0].toLowerCase() + "-" + names[which]);
  }

  private static PersonId cda(int c) {
    return PersonId.of("cda-" + pad(c / 4));
  }

  private static PersonId coordinator(int b) {
    return PersonId.of("coordinator-" + pad(b));
  }

  private static String pad(int n) {
    String digits = Integer.toString(n);
    return "000000".substring(Math.min(6, digits.length())) + digits;
  }

  private static String slug(String text) {
    return text.toLowerCase().replace(' ', '-');
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static PartialDate month(int year, int month) {
    return PartialDate.ofMonth(year, month);
  }

  private static Money money(long amount, String currency) {
    return Money.of(BigDecimal.valueOf(amount * 100, 2), currency);
  }

  // --- actors -----------------------------------------------------------------------------------------------

  private void organisations() {
    out.addOrganisations(Organisation.builder().id(UNIDO).name("United Nations Industrial Development Organization")
        .acronym("UNIDO").kind(OrganisationKind.UN_AGENCY).build());
    out.addOrganisations(Organisation.builder().id(DONORS[0]).name("Norwegian Agency for Development Cooperation")
        .acronym("Norad").kind(OrganisationKind.DONOR).country(CountryCode.of("NO")).build());
    out.addOrganisations(Organisation.builder().id(DONORS[1])
        .name("Swedish International Development Cooperation Agency").acronym("Sida").kind(OrganisationKind.DONOR)
        .country(CountryCode.of("SE")).build());
    out.addOrganisations(Organisation.builder().id(DONORS[2]).name("Delegation of the European Union")
        .acronym("EU").kind(OrganisationKind.DONOR).build());
    int blocks = (clusters + BLOCK - 1) / BLOCK;
    int countries = Math.min(COUNTRIES.length, (blocks + 1) / 2);
    for (int k = 0; k < countries; k++) {
      String code = COUNTRIES[k][0];
      CountryCode country = CountryCode.of(code);
      out.addOrganisations(Organisation.builder().id(nationalOrganisation(k, 0))
          .name("Ministry of Industries and Production (" + code + ")").acronym("MoIP").kind(OrganisationKind.NATIONAL_MINISTRY)
          .country(country).build());
      out.addOrganisations(Organisation.builder().id(nationalOrganisation(k, 1))
          .name("Small and Medium Enterprises Development Authority (" + code + ")").acronym("SMEDA")
          .kind(OrganisationKind.SME_AGENCY).country(country)
          .addFormerNames(org.cnd.core.actor.FormerName.builder().name("Small Industries Corporation").until(
              PartialDate.ofYear(1998)).build())
          .build());
      out.addOrganisations(Organisation.builder().id(nationalOrganisation(k, 2))
          .name("Federation of Chambers of Commerce and Industry (" + code + ")").acronym("FCCI")
          .kind(OrganisationKind.CHAMBER).country(country).build());
      out.addOrganisations(Organisation.builder().id(nationalOrganisation(k, 3))
          .name("Council of Scientific and Industrial Research (" + code + ")").acronym("CSIR")
          .kind(OrganisationKind.RESEARCH_INSTITUTE).country(country).parent(nationalOrganisation(k, 0)).build());
    }
    for (int o = 0; o * 4 < clusters; o++) {
      int c = o * 4;
      int block = c / BLOCK;
      OrganisationKind kind = LOCAL_KINDS[o % LOCAL_KINDS.length];
      String place = country(block)[6 + (c / 3) % 8];
      String sector = SECTORS[sectorOf(c)][0];
      Organisation.Builder b = Organisation.builder().id(localOrganisation(c))
          .name(place + " " + sector + " " + kind.label().toLowerCase() + " " + o)
          .kind(kind)
          .country(CountryCode.of(country(block)[0]));
      if (kind == OrganisationKind.CHAMBER) {
        b.parent(nationalOrganisation(countryOf(block), 2));
      }
      out.addOrganisations(b.build());
    }
  }

  private void people() {
    for (int p = 0; p * 4 < clusters; p++) {
      out.addPeople(Person.builder().id(cda(p * 4)).name("Cluster development agent " + p)
          .affiliation(nationalOrganisation(countryOf(p * 4 / BLOCK), 1)).build());
    }
    int blocks = (clusters + BLOCK - 1) / BLOCK;
    for (int b = 0; b < blocks; b++) {
      out.addPeople(Person.builder().id(coordinator(b)).name("Programme coordinator " + b).affiliation(UNIDO).build());
    }
  }

  // --- programmes -------------------------------------------------------------------------------------------

  private static int startYear(int block) {
    return 2000 + block % 15;
  }

  private Programme programme(int b, int blocks) {
    String[] country = country(b);
    int k = countryOf(b);
    int start = startYear(b);
    OrganisationId donor = DONORS[b % DONORS.length];
    OrganisationId agency = nationalOrganisation(k, 1);
    OrganisationId ministry = nationalOrganisation(k, 0);
    Programme.Builder p = Programme.builder()
        .id(programmeId(b))
        .title("SME cluster development programme " + b + " (" + country[0] + ")")
        .code(String.format("US/%s/%02d/%03d", country[0], start % 100, b % 1000))
        .period(DateRange.of(PartialDate.ofYear(start), PartialDate.ofYear(start + 6)))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.CONCEPT, PartialDate.ofYear(start - 1)))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, month(start, 3)))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, month(start, 6)));
    if (start + 6 <= 2015) {
      p.addStatusHistory(StatusChange.of(ProgrammeStatus.COMPLETED, PartialDate.ofYear(start + 6), "Closed on schedule"));
    }
    p.addParticipants(Participation.of(UNIDO, ParticipationRole.TECHNICAL_SUPPORT))
        .addParticipants(Participation.of(donor, ParticipationRole.FUNDING))
        .addParticipants(Participation.of(ministry, ParticipationRole.ACCOUNTABLE))
        .addParticipants(Participation.builder().organisation(agency).role(ParticipationRole.COUNTERPART)
            .note("Hosts the CDAs").build())
        .budget(money(1_500_000L + 10_000L * (b % 50), "USD"))
        .addFunding(FundingCommitment.builder().funder(donor).kind(FundingKind.CASH)
            .amount(money(1_200_000L + 10_000L * (b % 50), "USD")).date(month(start, 2)).build())
        .addFunding(FundingCommitment.builder().funder(agency).kind(FundingKind.IN_KIND)
            .amount(money(300_000L, "USD")).date(month(start, 3)).note("Office space and staff").build());
    int first = b * BLOCK;
    for (int c = first; c < Math.min(first + BLOCK, clusters); c++) {
      p.addTargetClusters(clusterId(c));
    }
    if (b % 2 == 0) {
      // Every other programme also targets 5 clusters of the next block, in the same country.
      for (int c = first + BLOCK; c < Math.min(first + BLOCK + 5, clusters); c++) {
        p.addTargetClusters(clusterId(c));
      }
    }
    if (b > 0 && b % 5 == 0) {
      p.addRelatedProgrammes(ProgrammeRelation.of(RelationKind.FOLLOWS, programmeId(b - 1)));
    }
    if (b % 3 == 0) {
      p.description("Develops SME clusters in " + country[2] + " and " + country[3]
          + " with the CND methodology: diagnostic studies, action plans, pilot and strategic activities.");
    }
    return p.build();
  }

  // --- clusters and their engagements -----------------------------------------------------------------------

  private void cluster(int c) {
    SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L * (c + 1));
    int block = c / BLOCK;
    String[] country = country(block);
    String[] sector = SECTORS[sectorOf(c)];
    String locality = country[6 + (c / 3) % 8];
    ClusterId id = clusterId(c);
    long enterprises = 40 + random.nextInt(900);
    Place.Builder place = Place.builder()
        .country(CountryCode.of(country[0]))
        .subdivision(SubdivisionCode.of(country[2 + c % 4]))
        .addLocalities(locality);
    if (c % 4 == 0) {
      place.addLocalities(country[6 + (c / 3 + 1) % 8]);
    }
    if (c % 2 == 0) {
      place.point(GeoPoint.of(round(-30 + random.nextDouble() * 60), round(-80 + random.nextDouble() * 190)));
    }
    Cluster.Builder cluster = Cluster.builder()
        .id(id)
        .name(capitalise(sector[0]) + " cluster in " + locality)
        .sector(Sector.of(sector[0], sector[1]))
        .place(place.build())
        .kind(c % 5 == 0 ? ClusterKind.ARTISANAL : ClusterKind.INDUSTRIAL)
        .profile(ProfileFigures.builder()
            .asOf(PartialDate.ofYear(startYear(block) - 1))
            .enterprises(enterprises)
            .employment(enterprises * (8 + random.nextInt(20)))
            .annualOutput(money(enterprises * (20_000L + random.nextInt(80_000)), "USD"))
            .build());
    if (c % 3 == 0) {
      cluster.description("A concentration of " + enterprises + " " + sector[0] + " enterprises around " + locality
          + ", most of them family-owned micro and small firms selling to traders.");
    }
    out.addClusters(cluster.build());
    Phase phase = phaseOf(c);
    if (phase != null) {
      engagement(c, id, phase, random);
    }
  }

  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /** The phase a cluster's engagement is in, or null for a cluster without one: 7 in 10 have one. */
  static Phase phaseOf(int c) {
    int bucket = (c * 7 + c / 20) % 20;
    if (bucket < 6) {
      return null;
    }
    switch (bucket) {
      case 6:
        return Phase.SELECTION;
      case 7:
      case 8:
        return Phase.DIAGNOSTIC;
      case 9:
      case 10:
        return Phase.ACTION_PLANNING;
      case 11:
      case 12:
      case 13:
      case 14:
        return Phase.IMPLEMENTATION;
      case 15:
      case 16:
      case 17:
        return Phase.MONITORING_AND_EVALUATION;
      case 18:
        return Phase.EXIT;
      default:
        return c % 2 == 0 ? Phase.SUSPENDED : Phase.DISCONTINUED;
    }
  }

  private void engagement(int c, ClusterId cluster, Phase phase, SplittableRandom random) {
    int block = c / BLOCK;
    int y = startYear(block);
    EngagementId id = EngagementId.of(cluster.value() + "-eng");
    OrganisationId association = localOrganisation(c);
    OrganisationId agency = nationalOrganisation(countryOf(block), 1);
    boolean revised = phase == Phase.MONITORING_AND_EVALUATION && c % 3 == 0;
    // The furthest active phase reached: a suspension here is from implementation.
    Phase reached = phase == Phase.SUSPENDED ? Phase.IMPLEMENTATION : phase == Phase.DISCONTINUED ? Phase.SELECTION : phase;
    int depth = reached.ordinal();

    Engagement.Builder e = Engagement.builder().id(id).programme(programmeId(block)).cluster(cluster)
        .addTeam(TeamMember.of(cda(c), TeamRole.CDA))
        .addTeam(TeamMember.builder().organisation(agency).role(TeamRole.COUNTERPART)
            .period(DateRange.from(month(y, 4))).build());
    if (depth >= Phase.DIAGNOSTIC.ordinal()) {
      e.governanceBody(GovernanceBody.builder().name(capitalise(SECTORS[sectorOf(c)][0]) + " cluster committee")
          .addMembers(association, agency).formed(month(y, 9)).build());
    }
    e.addPhaseHistory(PhaseChange.of(Phase.SELECTION, month(y, 4)));
    if (phase == Phase.DISCONTINUED) {
      e.addPhaseHistory(PhaseChange.discontinuation(month(y, 6), "Overtaken by events"));
    }
    if (depth >= Phase.DIAGNOSTIC.ordinal()) {
      e.addPhaseHistory(PhaseChange.of(Phase.DIAGNOSTIC, month(y, 7)));
    }
    if (depth >= Phase.ACTION_PLANNING.ordinal()) {
      e.addPhaseHistory(PhaseChange.of(Phase.ACTION_PLANNING, month(y + 1, 2)));
    }
    if (depth >= Phase.IMPLEMENTATION.ordinal()) {
      e.addPhaseHistory(PhaseChange.of(Phase.IMPLEMENTATION, month(y + 1, 9)));
    }
    if (phase == Phase.SUSPENDED) {
      e.addPhaseHistory(PhaseChange.suspension(month(y + 2, 3), "Funding delayed"));
    }
    if (depth >= Phase.MONITORING_AND_EVALUATION.ordinal()) {
      e.addPhaseHistory(PhaseChange.of(Phase.MONITORING_AND_EVALUATION, month(y + 3, 1)));
    }
    if (revised) {
      e.addPhaseHistory(PhaseChange.builder().phase(Phase.ACTION_PLANNING).date(month(y + 3, 6))
          .note("Plan revised after the mid-term review").build());
      e.addPhaseHistory(PhaseChange.of(Phase.IMPLEMENTATION, month(y + 3, 10)));
      e.addPhaseHistory(PhaseChange.of(Phase.MONITORING_AND_EVALUATION, month(y + 4, 6)));
    }
    if (depth >= Phase.EXIT.ordinal()) {
      e.addPhaseHistory(PhaseChange.of(Phase.EXIT, month(y + 5, 6)));
    }
    out.addEngagements(e.build());

    if (depth < Phase.DIAGNOSTIC.ordinal()) {
      return;
    }
    DiagnosticStudyId study = DiagnosticStudyId.of(cluster.value() + "-study");
    boolean endorsed = depth >= Phase.ACTION_PLANNING.ordinal();
    boolean measured = depth >= Phase.IMPLEMENTATION.ordinal();
    List<Indicator> indicators = measured ? indicators(c, cluster, id, study, reached, y, random) : List.of();
    out.addDiagnosticStudies(study(c, study, cluster, id, endorsed, indicators, y));
    if (!endorsed) {
      return;
    }
    ActionPlanId plan = ActionPlanId.of(cluster.value() + "-plan");
    boolean planEndorsed = depth >= Phase.IMPLEMENTATION.ordinal();
    out.addActionPlans(plan(c, plan, 1, null, cluster, id, study, planEndorsed, revised ? month(y + 3, 9) : null,
        indicators, y));
    if (revised) {
      out.addActionPlans(plan(c, ActionPlanId.of(cluster.value() + "-plan-2"), 2, plan, cluster, id, study, true, null,
          indicators, y + 2));
    }
    out.addAllIndicators(indicators);
  }

  private DiagnosticStudy study(int c, DiagnosticStudyId id, ClusterId cluster, EngagementId engagement, boolean endorsed,
      List<Indicator> indicators, int y) {
    OrganisationId association = localOrganisation(c);
    DiagnosticStudy.Builder s = DiagnosticStudy.builder()
        .id(id)
        .title("Diagnostic study of the " + SECTORS[sectorOf(c)][0] + " cluster")
        .cluster(cluster)
        .engagement(engagement)
        .addAuthors(cda(c))
        .period(DateRange.of(month(y, 7), month(y, 11)));
    if (!endorsed) {
      return s.build();
    }
    MapActorId firms = MapActorId.of("principal-firms");
    MapActorId suppliers = MapActorId.of("suppliers");
    MapActorId buyers = MapActorId.of("buyers");
    MapActorId bds = MapActorId.of("bds-providers");
    MapActorId assoc = MapActorId.of("association");
    s.addAuthorOrganisations(nationalOrganisation(countryOf(c / BLOCK), 1))
        .validation(Approval.of(month(y, 11), "Stakeholders' validation workshop"))
        .endorsement(Approval.builder().date(month(y, 12)).body("Cluster committee").addOrganisations(association).build())
        .profile(ProfileFigures.builder().asOf(PartialDate.ofYear(y)).enterprises(300 + c % 200).employment(4000 + c % 3000)
            .build())
        .addEnterprisesBySize(EnterpriseCount.of(SizeClass.MICRO, 200 + c % 100))
        .addEnterprisesBySize(EnterpriseCount.of(SizeClass.SMALL, 80 + c % 80))
        .addEnterprisesBySize(EnterpriseCount.of(SizeClass.MEDIUM, 20 + c % 20))
        .clusterMap(ClusterMap.builder()
            .addActors(MapActor.builder().id(firms).kind(ActorKind.PRINCIPAL_FIRMS).name("Manufacturers").count(300 + c % 200).build())
            .addActors(MapActor.builder().id(suppliers).kind(ActorKind.SUPPLIERS).name("Raw material suppliers").count(40).build())
            .addActors(MapActor.builder().id(buyers).kind(ActorKind.BUYERS).name("Traders and exporters").count(25).build())
            .addActors(MapActor.builder().id(bds).kind(ActorKind.BDS_PROVIDERS).name("Design and testing services").count(6).build())
            .addActors(MapActor.builder().id(assoc).kind(ActorKind.ASSOCIATIONS).addOrganisations(association).build())
            .addLinkages(MapLinkage.of(suppliers, firms, MapLinkageKind.SUPPLY, LinkageStrength.STRONG))
            .addLinkages(MapLinkage.of(firms, buyers, MapLinkageKind.SALES, LinkageStrength.MODERATE))
            .addLinkages(MapLinkage.of(bds, firms, MapLinkageKind.SERVICES, LinkageStrength.WEAK))
            .addLinkages(MapLinkage.of(assoc, firms, MapLinkageKind.REPRESENTATION, LinkageStrength.WEAK))
            .build())
        .swot(Swot.builder()
            .addStrengths(Finding.of(Theme.SKILLS, "Skilled and experienced workforce"))
            .addStrengths(Finding.of(Theme.MARKET, "Established domestic market share"))
            .addWeaknesses(Finding.of(Theme.TECHNOLOGY, "Outdated machinery and processes"))
            .addWeaknesses(Finding.of(Theme.COOPERATION, "Little trust between firms"))
            .addOpportunities(Finding.of(Theme.MARKET, "Growing demand in regional export markets"))
            .addThreats(Finding.of(Theme.COMPLIANCE, "Quality standards of foreign buyers"))
            .build())
        .addKeyConstraints(Finding.of(Theme.FINANCE, "No access to working capital"))
        .addKeyConstraints(Finding.of(Theme.INPUTS, "Raw materials bought in small lots at high prices"));
    for (Indicator i : indicators) {
      Baseline b = i.baseline().orElseThrow();
      s.addBaselines(BaselineValue.builder().indicator(i.id()).value(b.value()).date(b.date()).build());
    }
    return s.build();
  }

  private ActionPlan plan(int c, ActionPlanId id, int version, ActionPlanId supersedes, ClusterId cluster,
      EngagementId engagement, DiagnosticStudyId study, boolean endorsed, PartialDate supersededOn,
      List<Indicator> indicators, int y) {
    OrganisationId association = localOrganisation(c);
    OrganisationId agency = nationalOrganisation(countryOf(c / BLOCK), 1);
    ActionPlan.Builder p = ActionPlan.builder()
        .id(id)
        .title("Action plan of the " + SECTORS[sectorOf(c)][0] + " cluster")
        .cluster(cluster)
        .engagement(engagement)
        .basis(study)
        .version(version)
        .vision("A cluster known for quality products in regional markets")
        .horizon(DateRange.of(PartialDate.ofYear(y), PartialDate.ofYear(y + 6)));
    if (supersedes != null) {
      p.supersedes(supersedes);
    }
    ObjectiveId[] objectives = {ObjectiveId.of("markets"), ObjectiveId.of("technology"), ObjectiveId.of("cooperation")};
    p.addObjectives(Objective.of(objectives[0], "Increase sales to new markets"))
        .addObjectives(Objective.of(objectives[1], "Upgrade production technology"))
        .addObjectives(Objective.of(objectives[2], "Build trust and joint action among firms"));
    // Pilot activities run from the diagnostic on; strategic ones from implementation on.
    p.addActivities(activity("joint-trade-fair", "Joint participation in a trade fair", ActivityKind.PILOT,
        Intervention.SOFT, objectives[0], ActivityStatus.DONE, DateRange.of(month(y, 9), month(y, 12)), 15_000,
        association, agency, indicators, 0));
    p.addActivities(activity("exposure-visit", "Exposure visit to a leading cluster", ActivityKind.PILOT,
        Intervention.SOFT, objectives[2], ActivityStatus.DONE, DateRange.of(month(y, 10), month(y, 10)), 8_000,
        association, agency, indicators, 2));
    boolean implementing = endorsed;
    p.addActivities(activity("common-facility", "Common facility centre for testing", ActivityKind.STRATEGIC,
        Intervention.HARD, objectives[1], implementing ? ActivityStatus.ONGOING : ActivityStatus.PLANNED,
        DateRange.of(month(y + 1, 10), month(y + 3, 6)), 250_000, association, agency, indicators, 1));
    p.addActivities(activity("export-consortium", "Export consortium of ten firms", ActivityKind.STRATEGIC,
        Intervention.SOFT, objectives[0], implementing ? ActivityStatus.ONGOING : ActivityStatus.PLANNED,
        DateRange.of(month(y + 2, 1), month(y + 4, 12)), 60_000, association, agency, indicators, 0));
    p.addActivities(activity("credit-scheme", "Credit guarantee scheme with a local bank", ActivityKind.STRATEGIC,
        Intervention.SOFT, objectives[1], ActivityStatus.PLANNED, DateRange.of(month(y + 3, 1), month(y + 5, 12)),
        120_000, association, agency, indicators, 1));
    if (endorsed) {
      p.endorsement(Approval.builder().date(month(y + 1, 6)).body("Cluster committee").addOrganisations(association)
          .build());
    }
    if (supersededOn != null) {
      p.supersededOn(supersededOn);
    }
    return p.build();
  }

  private static Activity activity(String id, String title, ActivityKind kind, Intervention intervention,
      ObjectiveId objective, ActivityStatus status, DateRange period, long budget, OrganisationId association,
      OrganisationId agency, List<Indicator> indicators, int indicator) {
    Activity.Builder a = Activity.builder()
        .id(ActivityId.of(id))
        .title(title)
        .kind(kind)
        .intervention(intervention)
        .addObjectives(objective)
        .addResponsible(association)
        .period(period)
        .budget(money(budget, "USD"))
        .addFunding(FundingShare.of(agency, money(budget / 2, "USD")))
        .addFunding(FundingShare.of(association, money(budget / 4, "USD")))
        .status(status);
    if (indicator < indicators.size()) {
      a.addIndicators(indicators.get(indicator).id());
    }
    return a.build();
  }

  private List<Indicator> indicators(int c, ClusterId cluster, EngagementId engagement, DiagnosticStudyId study,
      Phase reached, int y, SplittableRandom random) {
    int measurements = switch (reached) {
      case IMPLEMENTATION -> 1;
      case MONITORING_AND_EVALUATION -> 3;
      default -> 4;
    };
    List<Indicator> out = new ArrayList<>();
    String[][] kinds = {
        {"firms-exporting", "Firms exporting", "enterprises"},
        {"average-sales", "Average annual sales per firm", "USD"},
        {"women-employed", "Women employed in the cluster", "people"},
    };
    for (int k = 0; k < kinds.length; k++) {
      long base = 10 + random.nextInt(90) * (k == 1 ? 1000L : 1L);
      Indicator.Builder i = Indicator.builder()
          .id(IndicatorId.of(cluster.value() + "-" + kinds[k][0]))
          .name(kinds[k][1])
          .cluster(cluster)
          .engagement(engagement)
          .level(k == 0 ? IndicatorLevel.OUTCOME : k == 1 ? IndicatorLevel.IMPACT : IndicatorLevel.OUTPUT)
          .measure(Measure.NUMBER)
          .unit(kinds[k][2])
          .direction(Direction.INCREASE)
          .baseline(Baseline.of(IndicatorValue.of(base), month(y, 12), study))
          .addTargets(Target.of(IndicatorValue.of(base * 2), PartialDate.ofYear(y + 4)));
      if (k == 0) {
        i.addTargets(Target.of(IndicatorValue.of(base + base / 2), PartialDate.ofYear(y + 2)));
      }
      if (k == 2) {
        i.disaggregation(Disaggregation.GENDER);
      }
      for (int m = 0; m < measurements; m++) {
        long value = base + (base * (m + 1)) / 4;
        Measurement.Builder mb = Measurement.builder()
            .value(IndicatorValue.of(value))
            .date(month(y + 2 + m, 6))
            .source(m == 0 ? "Baseline survey follow-up" : "Annual cluster survey");
        if (k == 2) {
          mb.addBreakdown(BreakdownValue.of(Gender.FEMALE, IndicatorValue.of(value)))
              .addBreakdown(BreakdownValue.of(Gender.MALE, IndicatorValue.of(value * 3)));
        }
        i.addMeasurements(mb.build());
      }
      out.add(i.build());
    }
    return out;
  }

  // --- trainings, linkages and reports ----------------------------------------------------------------------

  /** The national CDA course of a programme, whose exercise is the study and plan of one of its clusters. */
  private Training training(int b) {
    int y = startYear(b);
    OrganisationId agency = nationalOrganisation(countryOf(b), 1);
    Participants.Builder participants = Participants.builder().count(24).addOrganisations(agency);
    int first = b * BLOCK;
    int last = Math.min(first + BLOCK, clusters);
    for (int c = first; c < last; c += 4) {
      participants.addPeople(cda(c));
    }
    Training.Builder t = Training.builder()
        .id(TrainingId.of("cda-course-" + pad(b)))
        .title("National CDA course of programme " + b)
        .kind(TrainingKind.CDA_COURSE)
        .programme(programmeId(b))
        .period(DateRange.of(month(y, 5), month(y, 6)))
        .addPartners(TrainingPartner.builder().organisation(UNIDO).role(TrainingRole.ORGANISER).build())
        .addPartners(TrainingPartner.builder().organisation(agency).role(TrainingRole.HOST).build())
        .participants(participants.build())
        .addFollowUps(FollowUpEvent.builder().kind(TrainingKind.REVIEW_MEETING).status(EventStatus.HELD)
            .date(month(y + 1, 6)).note("Review of the first year's cluster work").build());
    for (int c = first; c < last; c++) {
      Phase phase = phaseOf(c);
      if (phase != null && phase != Phase.DISCONTINUED && phase.ordinal() >= Phase.ACTION_PLANNING.ordinal()) {
        ClusterId cluster = clusterId(c);
        t.addExercises(Exercise.builder().cluster(cluster).study(DiagnosticStudyId.of(cluster.value() + "-study"))
            .plan(ActionPlanId.of(cluster.value() + "-plan")).description("Diagnostic study and action plan").build());
        break;
      }
    }
    return t.build();
  }

  private static final LinkageKind[] LINKAGE_KINDS = {
      LinkageKind.MATCHMAKING, LinkageKind.SUPPLIER, LinkageKind.BUYER, LinkageKind.HORIZONTAL_NETWORK};

  /** A linkage made between a cluster's firms and others, one per 10 clusters. */
  private Linkage linkage(int c) {
    int block = c / BLOCK;
    Linkage.Builder l = Linkage.builder()
        .id(LinkageId.of("linkage-" + pad(c / 10)))
        .kind(LINKAGE_KINDS[(c / 10) % LINKAGE_KINDS.length])
        .addOrganisations(localOrganisation(c))
        .addClusters(clusterId(c))
        .programme(programmeId(block))
        .date(month(startYear(block) + 2, 1 + (c / 10) % 12))
        .outcome("Joint orders worth USD " + (20 + c % 80) + ",000 in the first year");
    if (c + 1 < clusters) {
      l.addClusters(clusterId(c + 1));
    }
    return l.build();
  }

  /** A progress report on the clusters of a programme, one per 10 clusters. */
  private Report report(int c) {
    int block = c / BLOCK;
    Report.Builder r = Report.builder()
        .id(ReportId.of("report-" + pad(c / 10)))
        .title("Progress report on clusters " + c + " to " + Math.min(c + 9, clusters - 1))
        .kind(ReportKind.PROGRESS_REPORT)
        .date(PartialDate.ofYear(startYear(block) + 3))
        .addAuthors(UNIDO)
        .addProgrammes(programmeId(block));
    for (int k = c; k < Math.min(c + 10, clusters) && k / BLOCK == block; k++) {
      r.addClusters(clusterId(k));
    }
    return r.build();
  }
}
