package org.cnd.json;

import org.cnd.core.Portfolio;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.ClusterKind;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.GeoPoint;
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

/** A small portfolio that uses every property of the format at least once. */
final class Samples {
  private Samples() {}

  static Portfolio pakistan() {
    Organisation unido = Organisation.builder()
        .id(OrganisationId.of("unido"))
        .name("United Nations Industrial Development Organization")
        .acronym("UNIDO")
        .kind(OrganisationKind.UN_AGENCY)
        .build();
    Organisation tdap = Organisation.builder()
        .id(OrganisationId.of("tdap"))
        .name("Trade Development Authority of Pakistan")
        .acronym("TDAP")
        .kind(OrganisationKind.TRADE_PROMOTION_BODY)
        .country(CountryCode.of("PK"))
        .addFormerNames(FormerName.builder().name("Export Promotion Bureau").acronym("EPB")
            .until(PartialDate.ofYear(2006)).build())
        .build();
    Organisation smeda = Organisation.builder()
        .id(OrganisationId.of("smeda"))
        .name("Small and Medium Enterprises Development Authority")
        .acronym("SMEDA")
        .kind(OrganisationKind.SME_AGENCY)
        .country(CountryCode.of("PK"))
        .build();
    Organisation smedaSindh = Organisation.builder()
        .id(OrganisationId.of("smeda-sindh"))
        .name("SMEDA Sindh")
        .kind(OrganisationKind.SME_AGENCY)
        .country(CountryCode.of("PK"))
        .parent(OrganisationId.of("smeda"))
        .build();
    Person cda = Person.builder()
        .id(PersonId.of("cda-1"))
        .name("A. Cluster Agent")
        .affiliation(OrganisationId.of("smeda"))
        .build();
    Cluster fans = Cluster.builder()
        .id(ClusterId.of("gujrat-fans"))
        .name("Electric fans cluster of Gujrat/Gujranwala")
        .sector(Sector.builder().name("Electric fans").isic(IsicCode.of("2750")).build())
        .place(Place.builder()
            .country(CountryCode.of("PK"))
            .subdivision(SubdivisionCode.of("PK-PB"))
            .addLocalities("Gujrat", "Gujranwala")
            .area("Industrial estate")
            .point(GeoPoint.of(32.57, 74.08))
            .build())
        .kind(ClusterKind.INDUSTRIAL)
        .profile(ProfileFigures.builder()
            .asOf(PartialDate.ofMonth(2004, 8))
            .enterprises(400)
            .employment(20000)
            .annualOutput(Money.of("12500000.50", "USD"))
            .exports(Money.of("2000000", "USD"))
            .build())
        .description("Makers of ceiling and pedestal fans: \"Gujrat fans\" — ünïcödé too.")
        .build();
    Cluster handloom = Cluster.builder()
        .id(ClusterId.of("multan-handloom"))
        .name("Handloom weaving cluster of Multan")
        .sector(Sector.of("Handloom weaving"))
        .place(Place.of(CountryCode.of("PK")))
        .build();
    Programme first = Programme.builder()
        .id(ProgrammeId.of("us-pak-01-099"))
        .title("Cluster development in Pakistan")
        .code("US/PAK/01/099")
        .period(DateRange.parse("2001/2005-06"))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.PROPOSED, PartialDate.ofYear(2000)))
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, PartialDate.ofQuarter(2001, 2), "signed"))
        .addParticipants(Participation.of(OrganisationId.of("unido"), ParticipationRole.IMPLEMENTING))
        .addParticipants(Participation.builder().organisation(OrganisationId.of("smeda"))
            .role(ParticipationRole.COUNTERPART).note("in collaboration with SMEDA").build())
        .budget(Money.of("235000.00", "USD"))
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("unido")).kind(FundingKind.CASH)
            .amount(Money.of("200000", "USD")).date(PartialDate.ofDay(2001, 4, 2)).note("core funds").build())
        .addFunding(FundingCommitment.builder().funder(OrganisationId.of("smeda")).kind(FundingKind.IN_KIND).build())
        .addTargetClusters(ClusterId.of("gujrat-fans"))
        .targetDescription("a number of artisanal clusters")
        .description("The first project.")
        .build();
    Programme second = Programme.builder()
        .id(ProgrammeId.of("trta-2"))
        .title("Trade-related technical assistance, phase 2")
        .period(DateRange.from(PartialDate.ofMonth(2008, 5)))
        .addRelatedProgrammes(ProgrammeRelation.of(RelationKind.FOLLOWS, ProgrammeId.of("us-pak-01-099")))
        .addTargetClusters(ClusterId.of("gujrat-fans"), ClusterId.of("multan-handloom"))
        .build();
    return Portfolio.builder()
        .addOrganisations(unido, tdap, smeda, smedaSindh)
        .addPeople(cda)
        .addClusters(fans, handloom)
        .addProgrammes(first, second)
        .build();
  }
}
