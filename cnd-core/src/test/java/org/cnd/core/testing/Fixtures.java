package org.cnd.core.testing;

import org.cnd.core.Portfolio;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
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

/**
 * A small, valid portfolio taken from the Pakistan record (the project's seed), for example tests. The collections'
 * order is fixed, so that tests can name JSON Pointers such as {@code /programmes/1/targetClusters/0}.
 *
 * <p>Organisations: 0 unido, 1 tdap (formerly EPB), 2 smeda, 3 smeda-sindh (part of smeda), 4 psic, 5 punjab-government.
 * People: 0 cda-sindh (SMEDA Sindh). Clusters: 0 gujrat-electric-fans, 1 wazirabad-cutlery, 2 korangi-leather,
 * 3 multan-handloom. Programmes: 0 integrated-programme, 1 us-pak-01-099 (child of 0), 2 punjab-clusters, 3
 * ajk-artisanal-clusters (a proposal overtaken by events).
 */
public final class Fixtures {
  private Fixtures() {}

  private static final CountryCode PK = CountryCode.of("PK");

  /** The Pakistan portfolio. */
  public static Portfolio pakistan() {
    return Portfolio.builder()
        .addOrganisations(
            organisation("unido", "United Nations Industrial Development Organization", "UNIDO", OrganisationKind.UN_AGENCY)
                .build(),
            organisation("tdap", "Trade Development Authority of Pakistan", "TDAP", OrganisationKind.TRADE_PROMOTION_BODY)
                .country(PK).addFormerNames(FormerName.of("Export Promotion Bureau", "EPB")).build(),
            organisation("smeda", "Small and Medium Enterprises Development Authority", "SMEDA", OrganisationKind.SME_AGENCY)
                .country(PK).build(),
            organisation("smeda-sindh", "SMEDA Sindh", "SMEDA Sindh", OrganisationKind.SME_AGENCY)
                .country(PK).parent(OrganisationId.of("smeda")).build(),
            organisation("psic", "Punjab Small Industries Corporation", "PSIC", OrganisationKind.SME_AGENCY)
                .country(PK).build(),
            organisation("punjab-government", "Government of the Punjab", "GoPunjab", OrganisationKind.PROVINCIAL_GOVERNMENT)
                .country(PK).build())
        .addPeople(Person.builder().id(PersonId.of("cda-sindh")).name("A cluster development agent of SMEDA Sindh")
            .affiliation(OrganisationId.of("smeda-sindh")).build())
        .addClusters(
            cluster("gujrat-electric-fans", "Electric fans cluster in Gujrat", "Electric fans", "2750", "PK-PB", "Gujrat"),
            cluster("wazirabad-cutlery", "Cutlery cluster in Wazirabad", "Cutlery", "2593", "PK-PB", "Wazirabad"),
            Cluster.builder().id(ClusterId.of("korangi-leather")).name("Leather and leather products cluster in Korangi")
                .sector(Sector.of("Leather and leather products", "15"))
                .place(Place.builder().country(PK).subdivision(SubdivisionCode.of("PK-SD")).addLocalities("Karachi")
                    .area("Korangi").build())
                .build(),
            cluster("multan-handloom", "Handloom weaving cluster in Multan", "Handloom weaving", "1312", "PK-PB", "Multan"))
        .addProgrammes(
            Programme.builder().id(ProgrammeId.of("integrated-programme"))
                .title("UNIDO Integrated Programme for Pakistan")
                .addParticipants(Participation.of(OrganisationId.of("unido"), ParticipationRole.IMPLEMENTING))
                .build(),
            Programme.builder().id(ProgrammeId.of("us-pak-01-099"))
                .title("SME Cluster and Network Development in Pakistan")
                .code("US/PAK/01/099")
                .period(DateRange.from(date("2001")))
                .addStatusHistory(StatusChange.of(ProgrammeStatus.ACTIVE, date("2001"), "began in mid-2001"))
                .addParticipants(Participation.of(OrganisationId.of("unido"), ParticipationRole.IMPLEMENTING))
                .addParticipants(Participation.of(OrganisationId.of("tdap"), ParticipationRole.COUNTERPART))
                .budget(Money.of("235000", "USD"))
                .addFunding(FundingCommitment.builder().funder(OrganisationId.of("unido")).kind(FundingKind.CASH)
                    .amount(Money.of("235000", "USD")).build())
                .addFunding(FundingCommitment.builder().funder(OrganisationId.of("tdap")).kind(FundingKind.IN_KIND)
                    .note("parallel funding and in-kind support").build())
                .addTargetClusters(ClusterId.of("gujrat-electric-fans"), ClusterId.of("wazirabad-cutlery"),
                    ClusterId.of("korangi-leather"))
                .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.PARENT, ProgrammeId.of("integrated-programme")))
                .build(),
            Programme.builder().id(ProgrammeId.of("punjab-clusters"))
                .title("Development of seven clusters in the Punjab")
                .period(DateRange.from(date("2004-08")))
                .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, date("2004-08")))
                .addParticipants(Participation.of(OrganisationId.of("punjab-government"), ParticipationRole.ACCOUNTABLE))
                .addParticipants(Participation.of(OrganisationId.of("psic"), ParticipationRole.IMPLEMENTING))
                .addParticipants(Participation.builder().organisation(OrganisationId.of("smeda"))
                    .role(ParticipationRole.IMPLEMENTING).note("in collaboration with SMEDA").build())
                .addTargetClusters(ClusterId.of("multan-handloom"))
                .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.SUPPORTS, ProgrammeId.of("us-pak-01-099")))
                .build(),
            Programme.builder().id(ProgrammeId.of("ajk-artisanal-clusters"))
                .title("Artisanal clusters in Azad Jammu and Kashmir")
                .period(DateRange.parse("2006/2008"))
                .addStatusHistory(StatusChange.of(ProgrammeStatus.CONCEPT, date("2005-08"), "UNIDO invited to prepare a concept"))
                .addStatusHistory(StatusChange.of(ProgrammeStatus.PROPOSED, date("2005-Q3")))
                .targetDescription("a number of artisanal clusters in the province")
                .build())
        .build();
  }

  private static Organisation.Builder organisation(String id, String name, String acronym, OrganisationKind kind) {
    return Organisation.builder().id(OrganisationId.of(id)).name(name).acronym(acronym).kind(kind);
  }

  private static Cluster cluster(String id, String name, String sector, String isic, String subdivision, String town) {
    return Cluster.builder().id(ClusterId.of(id)).name(name).sector(Sector.of(sector, isic))
        .place(Place.builder().country(PK).subdivision(SubdivisionCode.of(subdivision)).addLocalities(town).build())
        .kind(ClusterKind.INDUSTRIAL)
        .build();
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }
}
