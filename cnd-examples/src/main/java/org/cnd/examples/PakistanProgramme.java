package org.cnd.examples;

import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.IatiOrganisationId;
import org.cnd.core.actor.IatiOrganisationType;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.Sector;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.LinkageKind;
import org.cnd.core.collaboration.Report;
import org.cnd.core.collaboration.ReportKind;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.CriterionId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.SelectionExerciseId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.DacPurpose;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.LanguageCode;
import org.cnd.core.programme.FundingKind;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeRelation;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.RelationKind;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.PrioritisationCriterion;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.cnd.core.training.EventStatus;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
import org.cnd.core.training.TrainingKind;
import org.cnd.core.training.TrainingPartner;
import org.cnd.core.training.TrainingRole;

/**
 * The reference example: UNIDO's SME Cluster and Network Development (CND) programme in Pakistan, as its public
 * record states it (the seed document and {@code SOURCES.md} of the project), built with the public API.
 *
 * <p>Every fact here comes from that record; nothing is invented. Where the record is vague the model says so: a
 * cluster's kind is left out when the record does not give it, "mid-2001" is an approximate month, {@code 2001-06~}
 * (any day of May to July 2001), with the record's words as a note, and "expected in mid-May 2008" is the month
 * {@code 2008-05} of a planned event, since the record is sure of the month and gives no width for "mid". Sectors
 * carry the ISIC Rev.4 code that fits the record's words, places their ISO 3166 codes.
 */
public final class PakistanProgramme {
  private PakistanProgramme() {}

  /** "Mid-2001", when the first project began: about June 2001. */
  private static final PartialDate MID_2001 = PartialDate.ofMonth(2001, 6).withQualifier(Qualifier.APPROXIMATE);

  // --- organisations ----------------------------------------------------------------------------------------
  /** United Nations Industrial Development Organization. */
  public static final OrganisationId UNIDO = OrganisationId.of("unido");
  /** Trade Development Authority of Pakistan, formerly the Export Promotion Bureau (EPB). */
  public static final OrganisationId TDAP = OrganisationId.of("tdap");
  /** The provincial government of Punjab. */
  public static final OrganisationId PUNJAB = OrganisationId.of("government-of-punjab");
  /** Punjab Small Industries Corporation. */
  public static final OrganisationId PSIC = OrganisationId.of("psic");
  /** Small and Medium Enterprises Development Authority. */
  public static final OrganisationId SMEDA = OrganisationId.of("smeda");
  /** SMEDA's Sindh office, part of SMEDA. */
  public static final OrganisationId SMEDA_SINDH = OrganisationId.of("smeda-sindh");
  /** The provincial government of Azad Jammu and Kashmir. */
  public static final OrganisationId AJK = OrganisationId.of("government-of-ajk");
  /** The Ministry of Textile Industries, established shortly before December 2005. */
  public static final OrganisationId MINTEX = OrganisationId.of("ministry-of-textile-industries");
  /** National Institute of Public Administration. */
  public static final OrganisationId NIPA = OrganisationId.of("nipa");
  /** UNIDO's cluster development programme in India, whose experts trained Pakistan's trainers. */
  public static final OrganisationId UNIDO_INDIA = OrganisationId.of("unido-cluster-programme-india");
  /** Aik Hunar Aik Nagar, the national "One Village, One Product" programme. */
  public static final OrganisationId AHAN = OrganisationId.of("ahan");
  /** Engineering Development Board. */
  public static final OrganisationId EDB = OrganisationId.of("edb");
  /** Pakistan Council of Scientific and Industrial Research. */
  public static final OrganisationId PCSIR = OrganisationId.of("pcsir");
  /** Business Support Fund. */
  public static final OrganisationId BSF = OrganisationId.of("bsf");
  /** Competitive Support Fund. */
  public static final OrganisationId CSF = OrganisationId.of("csf");
  /** Technology Up-gradation and Skill Development Company. */
  public static final OrganisationId TUSDEC = OrganisationId.of("tusdec");
  /**
   * The Pakistani firms and institutions that gave the first project parallel funding and in-kind support; the
   * record does not name them, so they stand together as one funder.
   */
  public static final OrganisationId PAKISTANI_FIRMS = OrganisationId.of("pakistani-firms-and-institutions");

  // --- programmes -------------------------------------------------------------------------------------------
  /** UNIDO's Integrated Programme for Pakistan, of which CND is a component. */
  public static final ProgrammeId INTEGRATED_PROGRAMME = ProgrammeId.of("unido-integrated-programme-pakistan");
  /** The CND programme in Pakistan, begun in 2001. */
  public static final ProgrammeId CND_PAKISTAN = ProgrammeId.of("cnd-pakistan");
  /** The first project, US/PAK/01/099, with the five pilot clusters. */
  public static final ProgrammeId FIRST_PROJECT = ProgrammeId.of("us-pak-01-099");
  /** The follow-up project under a self-financed trust fund agreement with TDAP. */
  public static final ProgrammeId FOLLOW_UP_PROJECT = ProgrammeId.of("tdap-trust-fund-follow-up");
  /** TDAP's additional clusters under the national Trade Policy. */
  public static final ProgrammeId TDAP_TRADE_POLICY = ProgrammeId.of("tdap-trade-policy-clusters");
  /** Punjab's programme through PSIC with SMEDA, adopted in August 2004. */
  public static final ProgrammeId PUNJAB_PROGRAMME = ProgrammeId.of("punjab-psic-smeda-clusters");
  /** The Azad Jammu and Kashmir project concept of August 2005, overtaken by events. */
  public static final ProgrammeId AJK_CONCEPT = ProgrammeId.of("ajk-artisanal-clusters");
  /** The Ministry of Textile Industries' draft proposal of December 2005. */
  public static final ProgrammeId TEXTILE_PROPOSAL = ProgrammeId.of("mintex-textile-clusters");
  /** UNIDO's Trade Related Technical Assistance programme (TRTA). */
  public static final ProgrammeId TRTA = ProgrammeId.of("trta");

  // --- the five pilot clusters ------------------------------------------------------------------------------
  /** Electric fans in Gujrat. */
  public static final ClusterId GUJRAT_FANS = ClusterId.of("gujrat-electric-fans");
  /** Cutlery in Wazirabad. */
  public static final ClusterId WAZIRABAD_CUTLERY = ClusterId.of("wazirabad-cutlery");
  /** Ready-made garments in Lahore. */
  public static final ClusterId LAHORE_GARMENTS = ClusterId.of("lahore-ready-made-garments");
  /** Leather and leather products in Korangi, Karachi. */
  public static final ClusterId KORANGI_LEATHER = ClusterId.of("karachi-korangi-leather");
  /** Gems and jewellery in Saddar, Karachi. */
  public static final ClusterId SADDAR_GEMS = ClusterId.of("karachi-saddar-gems-jewellery");

  // --- TDAP's additional clusters ---------------------------------------------------------------------------
  /** Sports goods in Sialkot. */
  public static final ClusterId SIALKOT_SPORTS = ClusterId.of("sialkot-sports-goods");
  /** Surgical instruments in Sialkot. */
  public static final ClusterId SIALKOT_SURGICAL = ClusterId.of("sialkot-surgical-instruments");
  /** Automotive components in Karachi. */
  public static final ClusterId KARACHI_AUTOMOTIVE = ClusterId.of("karachi-automotive-components");
  /** Knitwear in Karachi. */
  public static final ClusterId KARACHI_KNITWEAR = ClusterId.of("karachi-knitwear");
  /** Knitwear in Lahore. */
  public static final ClusterId LAHORE_KNITWEAR = ClusterId.of("lahore-knitwear");
  /** Electrical appliances in Karachi. */
  public static final ClusterId KARACHI_ELECTRICAL = ClusterId.of("karachi-electrical-appliances");
  /** Electrical appliances in Lahore. */
  public static final ClusterId LAHORE_ELECTRICAL = ClusterId.of("lahore-electrical-appliances");

  // --- Punjab's clusters (PSIC with SMEDA) ------------------------------------------------------------------
  /** Ceramics and pottery in Gujrat. */
  public static final ClusterId GUJRAT_CERAMICS = ClusterId.of("gujrat-ceramics-pottery");
  /** Domestic electrical appliances in Gujrat/Gujranwala. */
  public static final ClusterId GUJRAT_GUJRANWALA_APPLIANCES = ClusterId.of("gujrat-gujranwala-domestic-appliances");
  /** Leather and leather products in Sialkot. */
  public static final ClusterId SIALKOT_LEATHER = ClusterId.of("sialkot-leather");
  /** Woodworking in Chiniot. */
  public static final ClusterId CHINIOT_WOODWORKING = ClusterId.of("chiniot-woodworking");
  /** Cotton ginning in Rahim Yar Khan. */
  public static final ClusterId RAHIM_YAR_KHAN_GINNING = ClusterId.of("rahim-yar-khan-cotton-ginning");
  /** Handloom weaving in Multan: targeted by Punjab's programme and by the textile proposal. */
  public static final ClusterId MULTAN_HANDLOOM = ClusterId.of("multan-handloom-weaving");
  /** Textile machinery spare parts and components in Faisalabad. */
  public static final ClusterId FAISALABAD_TEXTILE_MACHINERY = ClusterId.of("faisalabad-textile-machinery-parts");

  // --- the Ministry of Textile Industries' clusters ---------------------------------------------------------
  /** Home furnishings in Multan. */
  public static final ClusterId MULTAN_HOME_FURNISHINGS = ClusterId.of("multan-home-furnishings");
  /** Polyester in Gujranwala. */
  public static final ClusterId GUJRANWALA_POLYESTER = ClusterId.of("gujranwala-polyester");
  /** Handloom weaving in Hyderabad. */
  public static final ClusterId HYDERABAD_HANDLOOM = ClusterId.of("hyderabad-handloom-weaving");
  /** Weaving in Hyderabad. */
  public static final ClusterId HYDERABAD_WEAVING = ClusterId.of("hyderabad-weaving");
  /** Textiles in Dadu. */
  public static final ClusterId DADU_TEXTILE = ClusterId.of("dadu-textile");

  // --- training, support and matchmaking --------------------------------------------------------------------
  /** The training of trainers with NIPA and UNIDO's experts from India, May-June 2005. */
  public static final TrainingId TRAINING_OF_TRAINERS = TrainingId.of("training-of-trainers-2005");
  /** The first national CDA training programme, held a short time after the training of trainers. */
  public static final TrainingId FIRST_CDA_TRAINING = TrainingId.of("first-national-cda-training");
  /** The training of 20 CDAs from six bodies, first quarter of 2007. */
  public static final TrainingId CDA_TRAINING_2007 = TrainingId.of("cda-training-2007");
  /** The support to AHAN: training on the CND methodology for its team. */
  public static final LinkageId AHAN_SUPPORT = LinkageId.of("ahan-support");
  /** The matchmaking of EDB, PCSIR, BSF, CSF and TUSDEC with the cluster actors. */
  public static final LinkageId MATCHMAKING = LinkageId.of("matchmaking-support-institutions");
  /** The TRTA report on compliance issues affecting enterprise clusters in Punjab. */
  public static final ReportId TRTA_COMPLIANCE_REPORT = ReportId.of("trta-compliance-issues-punjab");
  /** The selection of the five pilot clusters in 2001. */
  public static final SelectionExerciseId PILOT_SELECTION = SelectionExerciseId.of("pilot-clusters-2001");
  /** TDAP's preparation of additional clusters under the national Trade Policy: a candidate list. */
  public static final SelectionExerciseId TDAP_CANDIDATES = SelectionExerciseId.of("tdap-additional-clusters");

  private static final CountryCode PAKISTAN = CountryCode.of("PK");
  private static final SubdivisionCode PUNJAB_PROVINCE = SubdivisionCode.of("PK-PB");
  private static final SubdivisionCode SINDH = SubdivisionCode.of("PK-SD");

  /** UNIDO's IATI organisation identifier: number 41123 with the OECD DAC (registration agency XM-DAC). */
  public static final IatiOrganisationId UNIDO_IATI_IDENTIFIER = IatiOrganisationId.of("XM-DAC-41123");

  /**
   * DAC purpose 32130, small and medium-sized enterprises (SME) development. Illustrative: the record describes
   * SME cluster development but gives no DAC code; the code is the example's classification of those words.
   */
  public static final String SME_DEVELOPMENT = "32130";

  /** The whole programme as a portfolio. */
  public static Portfolio portfolio() {
    Portfolio.Builder portfolio = Portfolio.builder();
    addOrganisations(portfolio);
    addClusters(portfolio);
    addProgrammes(portfolio);
    addTrainings(portfolio);
    addCollaboration(portfolio);
    addSelections(portfolio);
    return withIatiFacts(portfolio.build());
  }

  // --- IATI facts (issue 15) ----------------------------------------------------------------------------------

  // The facts of the record the IATI export needs: UNIDO's IATI identifier and type (a UN agency: IATI's
  // "Multilateral"), and the language of the first project's texts (English, the record's). The DAC purpose is not
  // in the record: see withIllustrativePurpose.
  private static Portfolio withIatiFacts(Portfolio portfolio) {
    Portfolio out = portfolio.withOrganisation(Organisation.builder().from(portfolio.organisation(UNIDO).orElseThrow())
        .iatiIdentifier(UNIDO_IATI_IDENTIFIER).iatiType(IatiOrganisationType.MULTILATERAL).build());
    return out.withProgramme(Programme.builder().from(out.programme(FIRST_PROJECT).orElseThrow())
        .language(LanguageCode.of("en")).build());
  }

  /**
   * The portfolio with the first project's DAC purpose {@link #SME_DEVELOPMENT}, which IATI requires of an activity
   * (a sector) and the record does not give: illustrative, and therefore not in {@link #portfolio()}. Applies to any
   * portfolio that holds the first project, such as the lifecycle tour's; leaves others alone.
   */
  public static Portfolio withIllustrativePurpose(Portfolio portfolio) {
    return portfolio.programme(FIRST_PROJECT)
        .map(p -> portfolio.withProgramme(Programme.builder().from(p)
            .purposes(java.util.List.of(DacPurpose.of(SME_DEVELOPMENT))).build()))
        .orElse(portfolio);
  }

  // --- end of IATI facts ----------------------------------------------------------------------------------------

  private static void addOrganisations(Portfolio.Builder portfolio) {
    portfolio
        .addOrganisations(organisation(UNIDO, "United Nations Industrial Development Organization", "UNIDO",
            OrganisationKind.UN_AGENCY, null))
        .addOrganisations(Organisation.builder()
            .id(TDAP)
            .name("Trade Development Authority of Pakistan")
            .acronym("TDAP")
            .kind(OrganisationKind.TRADE_PROMOTION_BODY)
            .country(PAKISTAN)
            .addFormerNames(FormerName.of("Export Promotion Bureau", "EPB"))
            .build())
        .addOrganisations(organisation(PUNJAB, "Government of Punjab", null,
            OrganisationKind.PROVINCIAL_GOVERNMENT, PAKISTAN))
        .addOrganisations(organisation(PSIC, "Punjab Small Industries Corporation", "PSIC",
            OrganisationKind.SME_AGENCY, PAKISTAN))
        .addOrganisations(organisation(SMEDA, "Small and Medium Enterprises Development Authority", "SMEDA",
            OrganisationKind.SME_AGENCY, PAKISTAN))
        .addOrganisations(Organisation.builder()
            .id(SMEDA_SINDH)
            .name("SMEDA Sindh")
            .kind(OrganisationKind.SME_AGENCY)
            .country(PAKISTAN)
            .parent(SMEDA)
            .build())
        .addOrganisations(organisation(AJK, "Government of Azad Jammu and Kashmir", "AJK",
            OrganisationKind.PROVINCIAL_GOVERNMENT, PAKISTAN))
        .addOrganisations(organisation(MINTEX, "Ministry of Textile Industries", null,
            OrganisationKind.NATIONAL_MINISTRY, PAKISTAN))
        .addOrganisations(organisation(NIPA, "National Institute of Public Administration", "NIPA",
            OrganisationKind.TRAINING_INSTITUTE, PAKISTAN))
        .addOrganisations(Organisation.builder()
            .id(UNIDO_INDIA)
            .name("UNIDO cluster development programme in India")
            .kind(OrganisationKind.INTERNATIONAL_PROGRAMME)
            .country(CountryCode.of("IN"))
            .parent(UNIDO)
            .build())
        .addOrganisations(organisation(AHAN, "Aik Hunar Aik Nagar (One Village, One Product)", "AHAN",
            OrganisationKind.NATIONAL_PROGRAMME, PAKISTAN))
        .addOrganisations(organisation(EDB, "Engineering Development Board", "EDB",
            OrganisationKind.GOVERNMENT_AGENCY, PAKISTAN))
        .addOrganisations(organisation(PCSIR, "Pakistan Council of Scientific and Industrial Research", "PCSIR",
            OrganisationKind.RESEARCH_INSTITUTE, PAKISTAN))
        .addOrganisations(organisation(BSF, "Business Support Fund", "BSF", OrganisationKind.FUND, PAKISTAN))
        .addOrganisations(organisation(CSF, "Competitive Support Fund", "CSF", OrganisationKind.FUND, PAKISTAN))
        .addOrganisations(organisation(TUSDEC, "Technology Up-gradation and Skill Development Company", "TUSDEC",
            OrganisationKind.COMPANY, PAKISTAN))
        .addOrganisations(organisation(PAKISTANI_FIRMS, "Pakistani firms and institutions", null,
            OrganisationKind.OTHER, PAKISTAN));
  }

  private static Organisation organisation(
      OrganisationId id, String name, String acronym, OrganisationKind kind, CountryCode country) {
    Organisation.Builder b = Organisation.builder().id(id).name(name).kind(kind);
    if (acronym != null) {
      b.acronym(acronym);
    }
    if (country != null) {
      b.country(country);
    }
    return b.build();
  }

  private static void addClusters(Portfolio.Builder portfolio) {
    portfolio
        // The five pilot clusters of the first project, selected for their export potential.
        .addClusters(cluster(GUJRAT_FANS, "Electric fans cluster in Gujrat", Sector.of("electric fans", "2750"),
            place(PUNJAB_PROVINCE, "Gujrat")))
        .addClusters(cluster(WAZIRABAD_CUTLERY, "Cutlery cluster in Wazirabad", Sector.of("cutlery", "2593"),
            place(PUNJAB_PROVINCE, "Wazirabad")))
        .addClusters(cluster(LAHORE_GARMENTS, "Ready-made garments cluster in Lahore",
            Sector.of("ready-made garments", "1410"), place(PUNJAB_PROVINCE, "Lahore")))
        .addClusters(cluster(KORANGI_LEATHER, "Leather and leather products cluster in Korangi, Karachi",
            Sector.of("leather and leather products", "15"),
            Place.builder().country(PAKISTAN).subdivision(SINDH).addLocalities("Karachi").area("Korangi").build()))
        .addClusters(cluster(SADDAR_GEMS, "Gems and jewellery cluster in Saddar, Karachi",
            Sector.of("gems and jewellery", "3211"),
            Place.builder().country(PAKISTAN).subdivision(SINDH).addLocalities("Karachi").area("Saddar").build()))
        // TDAP's additional clusters under the national Trade Policy.
        .addClusters(cluster(SIALKOT_SPORTS, "Sports goods cluster in Sialkot", Sector.of("sports goods", "3230"),
            place(PUNJAB_PROVINCE, "Sialkot")))
        .addClusters(cluster(SIALKOT_SURGICAL, "Surgical instruments cluster in Sialkot",
            Sector.of("surgical instruments", "3250"), place(PUNJAB_PROVINCE, "Sialkot")))
        .addClusters(cluster(KARACHI_AUTOMOTIVE, "Automotive components cluster in Karachi",
            Sector.of("automotive components", "2930"), place(SINDH, "Karachi")))
        .addClusters(cluster(KARACHI_KNITWEAR, "Knitwear cluster in Karachi", Sector.of("knitwear", "1430"),
            place(SINDH, "Karachi")))
        .addClusters(cluster(LAHORE_KNITWEAR, "Knitwear cluster in Lahore", Sector.of("knitwear", "1430"),
            place(PUNJAB_PROVINCE, "Lahore")))
        .addClusters(cluster(KARACHI_ELECTRICAL, "Electrical appliances cluster in Karachi",
            Sector.of("electrical appliances", "27"), place(SINDH, "Karachi")))
        .addClusters(cluster(LAHORE_ELECTRICAL, "Electrical appliances cluster in Lahore",
            Sector.of("electrical appliances", "27"), place(PUNJAB_PROVINCE, "Lahore")))
        // Punjab's clusters, promoted through PSIC in collaboration with SMEDA.
        .addClusters(cluster(GUJRAT_CERAMICS, "Ceramics and pottery cluster in Gujrat",
            Sector.of("ceramics and pottery", "2393"), place(PUNJAB_PROVINCE, "Gujrat")))
        .addClusters(cluster(GUJRAT_GUJRANWALA_APPLIANCES, "Domestic electrical appliances cluster in Gujrat/Gujranwala",
            Sector.of("domestic electrical appliances", "2750"), place(PUNJAB_PROVINCE, "Gujrat", "Gujranwala")))
        .addClusters(cluster(SIALKOT_LEATHER, "Leather and leather products cluster in Sialkot",
            Sector.of("leather and leather products", "15"), place(PUNJAB_PROVINCE, "Sialkot")))
        .addClusters(cluster(CHINIOT_WOODWORKING, "Woodworking cluster in Chiniot", Sector.of("woodworking", "16"),
            place(PUNJAB_PROVINCE, "Chiniot")))
        .addClusters(cluster(RAHIM_YAR_KHAN_GINNING, "Cotton ginning cluster in Rahim Yar Khan",
            Sector.of("cotton ginning", "0163"), place(PUNJAB_PROVINCE, "Rahim Yar Khan")))
        .addClusters(cluster(MULTAN_HANDLOOM, "Handloom weaving cluster in Multan",
            Sector.of("handloom weaving", "1312"), place(PUNJAB_PROVINCE, "Multan")))
        .addClusters(cluster(FAISALABAD_TEXTILE_MACHINERY,
            "Textile machinery spare parts and components cluster in Faisalabad",
            Sector.of("textile machinery spare parts and components", "2826"), place(PUNJAB_PROVINCE, "Faisalabad")))
        // The Ministry of Textile Industries' textile clusters (Multan handloom weaving is above).
        .addClusters(cluster(MULTAN_HOME_FURNISHINGS, "Home furnishings cluster in Multan",
            Sector.of("home furnishings", "1392"), place(PUNJAB_PROVINCE, "Multan")))
        .addClusters(cluster(GUJRANWALA_POLYESTER, "Polyester cluster in Gujranwala", Sector.of("polyester", "13"),
            place(PUNJAB_PROVINCE, "Gujranwala")))
        .addClusters(cluster(HYDERABAD_HANDLOOM, "Handloom weaving cluster in Hyderabad",
            Sector.of("handloom weaving", "1312"), place(SINDH, "Hyderabad")))
        .addClusters(cluster(HYDERABAD_WEAVING, "Weaving cluster in Hyderabad", Sector.of("weaving", "1312"),
            place(SINDH, "Hyderabad")))
        .addClusters(cluster(DADU_TEXTILE, "Textile cluster in Dadu", Sector.of("textiles", "13"),
            place(SINDH, "Dadu")));
  }

  private static Cluster cluster(ClusterId id, String name, Sector sector, Place place) {
    return Cluster.builder().id(id).name(name).sector(sector).place(place).build();
  }

  private static Place place(SubdivisionCode province, String... localities) {
    return Place.builder().country(PAKISTAN).subdivision(province).addLocalities(localities).build();
  }

  private static void addProgrammes(Portfolio.Builder portfolio) {
    portfolio.addProgrammes(Programme.builder()
        .id(INTEGRATED_PROGRAMME)
        .title("UNIDO Integrated Programme for Pakistan")
        .addParticipants(Participation.of(UNIDO, ParticipationRole.IMPLEMENTING))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.CHILD, CND_PAKISTAN))
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(CND_PAKISTAN)
        .title("SME Cluster and Network Development (CND) programme in Pakistan")
        .period(DateRange.from(PartialDate.ofYear(2001)))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, PartialDate.ofYear(2001),
            "began as a component of UNIDO's Integrated Programme for Pakistan"))
        .addParticipants(Participation.of(UNIDO, ParticipationRole.IMPLEMENTING))
        .addRelatedProgrammes(
            ProgrammeRelation.of(RelationKind.PARENT, INTEGRATED_PROGRAMME),
            ProgrammeRelation.of(RelationKind.CHILD, FIRST_PROJECT),
            ProgrammeRelation.of(RelationKind.CHILD, FOLLOW_UP_PROJECT),
            ProgrammeRelation.of(RelationKind.SUPPORTS, TDAP_TRADE_POLICY),
            ProgrammeRelation.of(RelationKind.SUPPORTS, PUNJAB_PROGRAMME),
            ProgrammeRelation.of(RelationKind.SUPPORTS, AJK_CONCEPT),
            ProgrammeRelation.of(RelationKind.SUPPORTS, TEXTILE_PROPOSAL),
            ProgrammeRelation.of(RelationKind.SUPPORTS, TRTA))
        .description("Other agencies adopted the approach and promoted some 20 additional clusters with UNIDO's "
            + "methodological support.")
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(FIRST_PROJECT)
        .title("SME cluster development in Pakistan: the five pilot clusters")
        .code("US/PAK/01/099")
        .period(DateRange.from(MID_2001))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, MID_2001, "began in mid-2001"))
        .addParticipants(
            Participation.of(UNIDO, ParticipationRole.IMPLEMENTING),
            Participation.of(PAKISTANI_FIRMS, ParticipationRole.FUNDING))
        .budget(Money.of("235000", "USD"))
        .addFunding(
            FundingCommitment.builder().funder(PAKISTANI_FIRMS).kind(FundingKind.CASH)
                .note("parallel funding").build(),
            FundingCommitment.builder().funder(PAKISTANI_FIRMS).kind(FundingKind.IN_KIND)
                .note("in-kind support").build())
        .addTargetClusters(GUJRAT_FANS, WAZIRABAD_CUTLERY, LAHORE_GARMENTS, KORANGI_LEATHER, SADDAR_GEMS)
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, CND_PAKISTAN))
        .description("The five pilot clusters were selected by the Pakistani counterparts for their export potential.")
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(FOLLOW_UP_PROJECT)
        .title("Sub-projects in the five pilot clusters under a self-financed trust fund agreement with TDAP")
        .addParticipants(
            Participation.of(UNIDO, ParticipationRole.IMPLEMENTING),
            Participation.of(TDAP, ParticipationRole.COUNTERPART),
            Participation.of(TDAP, ParticipationRole.FUNDING),
            Participation.of(UNIDO, ParticipationRole.FUNDING))
        .addFunding(
            FundingCommitment.builder().funder(TDAP).kind(FundingKind.CASH)
                .note("self-financed trust fund agreement").build(),
            FundingCommitment.builder().funder(UNIDO).kind(FundingKind.CASH).note("some co-funding").build())
        .addTargetClusters(GUJRAT_FANS, WAZIRABAD_CUTLERY, LAHORE_GARMENTS, KORANGI_LEATHER, SADDAR_GEMS)
        .addRelatedProgrammes(
            ProgrammeRelation.of(RelationKind.PARENT, CND_PAKISTAN),
            ProgrammeRelation.of(RelationKind.FOLLOWS, FIRST_PROJECT))
        .build());

    String bulkOfFunding = "the counterpart expressed its willingness to contribute the bulk of the funding, "
        + "to overcome the constraints arising from the paucity of donor funding";

    portfolio.addProgrammes(Programme.builder()
        .id(TDAP_TRADE_POLICY)
        .title("Additional clusters prepared by TDAP within the framework of the national Trade Policy")
        .addParticipants(
            Participation.of(TDAP, ParticipationRole.COUNTERPART),
            Participation.of(UNIDO, ParticipationRole.TECHNICAL_SUPPORT))
        .addFunding(FundingCommitment.builder().funder(TDAP).kind(FundingKind.CASH).note(bulkOfFunding).build())
        .addTargetClusters(SIALKOT_SPORTS, SIALKOT_SURGICAL, KARACHI_AUTOMOTIVE, KARACHI_KNITWEAR, LAHORE_KNITWEAR,
            KARACHI_ELECTRICAL, LAHORE_ELECTRICAL)
        .description("TDAP prepared several additional clusters for inclusion into the programme.")
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(PUNJAB_PROGRAMME)
        .title("Punjab SME cluster development through PSIC in collaboration with SMEDA")
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, PartialDate.ofMonth(2004, 8),
            "the provincial government of Punjab adopted the UNIDO SME cluster development approach"))
        .addParticipants(
            Participation.of(PUNJAB, ParticipationRole.ACCOUNTABLE),
            Participation.of(PUNJAB, ParticipationRole.COUNTERPART),
            Participation.builder().organisation(PSIC).role(ParticipationRole.IMPLEMENTING)
                .note("the provincial government operates through PSIC").build(),
            Participation.builder().organisation(SMEDA).role(ParticipationRole.IMPLEMENTING)
                .note("in collaboration with PSIC").build(),
            Participation.of(UNIDO, ParticipationRole.TECHNICAL_SUPPORT))
        .addFunding(FundingCommitment.builder().funder(PUNJAB).kind(FundingKind.CASH).note(bulkOfFunding).build())
        .addTargetClusters(GUJRAT_CERAMICS, GUJRAT_GUJRANWALA_APPLIANCES, SIALKOT_LEATHER, CHINIOT_WOODWORKING,
            RAHIM_YAR_KHAN_GINNING, MULTAN_HANDLOOM, FAISALABAD_TEXTILE_MACHINERY)
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(AJK_CONCEPT)
        .title("Development of artisanal clusters in Azad Jammu and Kashmir (project concept)")
        .addStatusHistory(
            StatusChange.of(ProgrammeStatus.CONCEPT, PartialDate.ofMonth(2005, 8),
                "the provincial government invited UNIDO to prepare a project concept, to be submitted to a donor "
                    + "conference it planned to hold"),
            // The record gives no date for the end of the proposal; it is dated by the event that overtook it.
            StatusChange.of(ProgrammeStatus.CANCELLED, PartialDate.ofMonth(2005, 10),
                "overtaken by events: the earthquake of October 2005"))
        .addParticipants(
            Participation.of(AJK, ParticipationRole.COUNTERPART),
            Participation.of(UNIDO, ParticipationRole.TECHNICAL_SUPPORT))
        .addFunding(FundingCommitment.builder().funder(AJK).kind(FundingKind.CASH).note(bulkOfFunding).build())
        .targetDescription("a number of artisanal clusters in the province")
        .description("Discussions of UNIDO representatives with government officials and the donor community "
            + "suggest that an adapted version would be a very appropriate vehicle for promoting sustainable "
            + "livelihoods in the regions devastated by the earthquake of October 2005.")
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(TEXTILE_PROPOSAL)
        .title("Development of six textile clusters (draft proposal of the Ministry of Textile Industries)")
        .addStatusHistory(StatusChange.of(ProgrammeStatus.PROPOSED, PartialDate.ofMonth(2005, 12),
            "draft proposal prepared by the recently-established Ministry of Textile Industries"))
        .addParticipants(
            Participation.of(MINTEX, ParticipationRole.COUNTERPART),
            Participation.of(UNIDO, ParticipationRole.TECHNICAL_SUPPORT))
        .addFunding(FundingCommitment.builder().funder(MINTEX).kind(FundingKind.CASH).note(bulkOfFunding).build())
        .addTargetClusters(MULTAN_HANDLOOM, MULTAN_HOME_FURNISHINGS, GUJRANWALA_POLYESTER, HYDERABAD_HANDLOOM,
            HYDERABAD_WEAVING, DADU_TEXTILE)
        .build());

    portfolio.addProgrammes(Programme.builder()
        .id(TRTA)
        .title("UNIDO Trade Related Technical Assistance Programme (TRTA)")
        .addParticipants(Participation.of(UNIDO, ParticipationRole.IMPLEMENTING))
        .build());
  }

  private static void addTrainings(Portfolio.Builder portfolio) {
    // A national capacity for training CDAs, built with the resources of the CND programme.
    portfolio.addTrainings(Training.builder()
        .id(TRAINING_OF_TRAINERS)
        .title("Training-of-trainers programme for cluster development agents")
        .kind(TrainingKind.TRAINING_OF_TRAINERS)
        .programme(CND_PAKISTAN)
        .period(DateRange.of(PartialDate.ofMonth(2005, 5), PartialDate.ofMonth(2005, 6)))
        .addPartners(
            TrainingPartner.of(NIPA, TrainingRole.ORGANISER),
            TrainingPartner.of(UNIDO_INDIA, TrainingRole.RESOURCE_PARTNER))
        .description("Developed to establish a sustainable national capacity for the training of CDAs.")
        .build());

    portfolio.addTrainings(Training.builder()
        .id(FIRST_CDA_TRAINING)
        .title("First national CDA training programme in Pakistan")
        .kind(TrainingKind.CDA_COURSE)
        .programme(CND_PAKISTAN)
        .participants(Participants.builder()
            .description("open to the CDAs of all CND initiatives being undertaken at that time by the various "
                + "development agencies in Pakistan")
            .build())
        .addExercises(Exercise.builder()
            .clusterDescription("each cluster of the CND initiatives")
            .description("the preparation of a diagnostic study and the formulation of an action plan, an integral "
                + "part of the CDA training programme")
            .build())
        .description("Held a short time after the training of trainers of May-June 2005; it imparted the UNIDO "
            + "methodology to the initiatives of the various agencies.")
        .build());

    portfolio.addTrainings(Training.builder()
        .id(CDA_TRAINING_2007)
        .title("Training programme for 20 CDAs of six national and private sector bodies")
        .kind(TrainingKind.CDA_COURSE)
        .programme(CND_PAKISTAN)
        .period(DateRange.of(PartialDate.ofQuarter(2007, 1)))
        .participants(Participants.builder()
            .count(20)
            .organisationCount(6)
            .addOrganisations(SMEDA_SINDH, AHAN)
            .description("CDAs representing six national and private sector bodies, including SMEDA Sindh and AHAN")
            .build())
        .addFollowUps(FollowUpEvent.builder()
            .kind(TrainingKind.REVIEW_MEETING)
            .status(EventStatus.PLANNED)
            // The month, unqualified: the record is sure of May; "mid" narrows within it, by an amount it does not
            // give (2008-05-15~ would claim 14 to 16 May), and "expected" is the status, planned.
            .date(PartialDate.ofMonth(2008, 5))
            .note("review meeting of the CDAs expected in mid-May 2008")
            .build())
        .build());
  }

  private static void addCollaboration(Portfolio.Builder portfolio) {
    portfolio.addLinkages(Linkage.builder()
        .id(AHAN_SUPPORT)
        .kind(LinkageKind.SUPPORT)
        .programme(CND_PAKISTAN)
        .addOrganisations(UNIDO, AHAN)
        .description("Training on the UNIDO CND methodology imparted to the national \"One Village, One Product\" "
            + "programme, to help the AHAN team in effective implementation of their programme.")
        .build());

    portfolio.addLinkages(Linkage.builder()
        .id(MATCHMAKING)
        .kind(LinkageKind.MATCHMAKING)
        .programme(CND_PAKISTAN)
        .addOrganisations(EDB, PCSIR, BSF, CSF, TUSDEC)
        .description("The project supports EDB, PCSIR, BSF, CSF and TUSDEC in materializing their goals through "
            + "matchmaking with the cluster actors.")
        .build());

    portfolio.addReports(Report.builder()
        .id(TRTA_COMPLIANCE_REPORT)
        .title("Compliance Issues Affecting Enterprise Clusters in Punjab")
        .kind(ReportKind.STUDY)
        .region(Place.builder().country(PAKISTAN).subdivision(PUNJAB_PROVINCE).build())
        .addProgrammes(TRTA, CND_PAKISTAN)
        .description("CND supported UNIDO's TRTA programme on this subject, to address the developmental "
            + "challenges faced by the SME clusters through the adoption of a holistic approach.")
        .build());
  }
  // --- selections (issue 13) --------------------------------------------------------------------------------

  /**
   * The two selections the record gives. The five pilot clusters were "selected by the Pakistani counterparts for
   * their export potential" in 2001: one prioritisation criterion, no weights, scores, shortlist or participants,
   * since the record names none. TDAP "prepared several additional clusters for inclusion into the programme": a
   * candidate list with TDAP as nominator, undated and undecided, as the record leaves it.
   */
  private static void addSelections(Portfolio.Builder portfolio) {
    String counterparts = "the Pakistani counterparts";
    List<ClusterId> pilots = List.of(GUJRAT_FANS, WAZIRABAD_CUTLERY, LAHORE_GARMENTS, KORANGI_LEATHER, SADDAR_GEMS);
    SelectionExercise.Builder pilot = SelectionExercise.builder()
        .id(PILOT_SELECTION)
        .title("Selection of the five pilot clusters")
        .programme(FIRST_PROJECT)
        .period(DateRange.of(PartialDate.ofYear(2001)))
        .addPrioritisationCriteria(PrioritisationCriterion.builder()
            .id(CriterionId.of("export-potential")).name("export potential").build());
    SelectionDecision.Builder decision = SelectionDecision.builder()
        .date(PartialDate.ofYear(2001)).decidingBody(counterparts).reason("for their export potential");
    for (ClusterId cluster : pilots) {
      CandidateId candidate = CandidateId.of(cluster.value());
      pilot.addCandidates(Candidate.builder().id(candidate).cluster(cluster).origin(CandidateOrigin.NOMINATED)
          .source(counterparts).build());
      decision.addSelected(candidate);
    }
    portfolio.addSelectionExercises(pilot.decision(decision.build()).build());

    SelectionExercise.Builder tdap = SelectionExercise.builder()
        .id(TDAP_CANDIDATES)
        .title("Additional clusters prepared by TDAP for inclusion into the programme")
        .programme(TDAP_TRADE_POLICY)
        .addParticipants(SelectionParticipant.of(TDAP, SelectionRole.NOMINATOR))
        .description("Within the framework of the national Trade Policy, the TDAP prepared several additional "
            + "clusters for inclusion into the programme; the record names these seven.");
    for (ClusterId cluster : List.of(SIALKOT_SPORTS, SIALKOT_SURGICAL, KARACHI_AUTOMOTIVE, KARACHI_KNITWEAR,
        LAHORE_KNITWEAR, KARACHI_ELECTRICAL, LAHORE_ELECTRICAL)) {
      tdap.addCandidates(Candidate.builder().id(CandidateId.of(cluster.value())).cluster(cluster)
          .origin(CandidateOrigin.NOMINATED).nominatedBy(TDAP).build());
    }
    portfolio.addSelectionExercises(tdap.build());
  }
}
