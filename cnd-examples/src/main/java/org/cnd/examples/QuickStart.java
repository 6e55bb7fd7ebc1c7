package org.cnd.examples;

import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioMove;
import org.cnd.core.actor.Person;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.PersonId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.cluster.Sector;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.programme.Participation;
import org.cnd.core.programme.ParticipationRole;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.ProgrammeStatus;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.ValidationReport;
import org.cnd.json.CndJson;
import org.cnd.json.DocumentReport;

/**
 * The Java tour of the README, compiled and run by the tests: build a portfolio, validate it, ask it questions.
 * The code between the README markers is copied verbatim into README.md, and a test keeps the two equal.
 */
public final class QuickStart {
  private QuickStart() {}

  /** What the tour found: the report of the broken portfolio, and that of the JSON document with a spoilt value. */
  public record Reports(ValidationReport broken, DocumentReport spoilt, Lifecycle lifecycle) {}

  /** What the lifecycle part found: the refused move, the portfolio after the moves and its report. */
  public record Lifecycle(PortfolioMove refused, Portfolio diagnosing, ValidationReport report) {}

  /** Runs the tour, then the JSON round trip on the portfolio it built. */
  public static Reports run() {
    // README:start
    Cluster multan = Cluster.builder()
        .id(ClusterId.of("multan-handloom-weaving"))
        .name("Handloom weaving cluster in Multan")
        .sector(Sector.of("handloom weaving", "1312"))
        .place(Place.builder()
            .country(CountryCode.of("PK"))
            .subdivision(SubdivisionCode.of("PK-PB"))
            .addLocalities("Multan")
            .build())
        .build();

    Programme punjab = Programme.builder()
        .id(ProgrammeId.of("punjab-clusters"))
        .title("Punjab SME cluster development")
        .addStatusHistory(StatusChange.of(ProgrammeStatus.ADOPTED, PartialDate.parse("2004-08")))
        .addParticipants(Participation.of(OrganisationId.of("psic"), ParticipationRole.IMPLEMENTING))
        .addTargetClusters(multan.id())
        .build();

    Portfolio portfolio = Portfolio.builder()
        .addOrganisations(Organisation.builder()
            .id(OrganisationId.of("psic"))
            .name("Punjab Small Industries Corporation")
            .acronym("PSIC")
            .kind(OrganisationKind.SME_AGENCY)
            .build())
        .addClusters(multan)
        .addProgrammes(punjab)
        .build();

    System.out.println(portfolio.validate());                                  // valid
    System.out.println(portfolio.queries().programmesTargeting(multan.id()));  // [the Punjab programme]

    // Edits return a new portfolio (this one is unchanged), found by id without a rebuild.
    Portfolio renamed = portfolio.update(multan.id(),
        (Cluster c) -> Cluster.builder().from(c).name("Multan handloom weavers").build());
    System.out.println(renamed.cluster(multan.id()).orElseThrow().name());      // Multan handloom weavers

    // Cross-entity rules are reported, never thrown: remove PSIC and the reference dangles.
    Portfolio broken = portfolio.without(OrganisationId.of("psic"));
    ValidationReport report = broken.validate();
    System.out.println(report);
    // ERROR reference.organisation at /programmes/0/participants/0/organisation: Participant "psic" of ...
    // README:end
    return new Reports(report, json(portfolio), lifecycle(portfolio, punjab, multan));
  }

  /**
   * The JSON round trip of the README: writes the portfolio, reads it back, and validates a copy of the document
   * with one value spoilt; returns that copy's report.
   */
  static DocumentReport json(Portfolio portfolio) {
    // README:json:start
    CndJson json = CndJson.create();
    String text = json.write(portfolio);          // the format of FORMAT.md; the same portfolio gives the same text
    Portfolio read = json.read(text);             // strict: a CndJsonException names the rule, path, line, column
    System.out.println(read.equals(portfolio));   // true

    // validate never throws: syntax, format and rule problems of a document, all in one report.
    DocumentReport checked = json.validate(text.replace("\"PK\"", "\"Pakistan\""));
    System.out.println(checked.problems().get(0));
    // ERROR place.country at /clusters/0/place/country (line 21, column 20): Invalid country "Pakistan": ...
    // README:json:end
    return checked;
  }

  /**
   * The lifecycle workflow of the README on the tour's portfolio: an engagement of the programme with the cluster,
   * moved through selection into the diagnostic phase, refused first for want of a cluster development agent.
   */
  static Lifecycle lifecycle(Portfolio portfolio, Programme punjab, Cluster multan) {
    // README:lifecycle:start
    EngagementId engagement = EngagementId.of("multan-engagement");
    Portfolio engaged = portfolio.withEngagement(Engagement.builder()
        .id(engagement).programme(punjab.id()).cluster(multan.id()).build());

    // A move gathers its evidence from the portfolio and gives the new portfolio, or the refusal as a value.
    Portfolio selected = engaged.move(engagement, Phase.SELECTION, PartialDate.parse("2004-09")).orElseThrow();
    PortfolioMove early = selected.move(engagement, Phase.DIAGNOSTIC, PartialDate.parse("2004-10"));
    System.out.println(early);
    // refused: lifecycle.guard-cda: Engagement multan-engagement cannot enter diagnostic on 2004-10: expected a CDA ...

    // Edit, then move again: a cluster development agent joins the engagement's team.
    PersonId cda = PersonId.of("cda-multan");
    Portfolio staffed = selected
        .withPerson(Person.builder().id(cda).name("Cluster development agent").build())
        .update(engagement, (Engagement e) -> e.withTeamMember(TeamMember.of(cda, TeamRole.CDA)));
    PortfolioMove diagnostic = staffed.move(engagement, Phase.DIAGNOSTIC, PartialDate.parse("2004-10"));
    System.out.println(diagnostic.portfolio().orElseThrow().engagement(engagement).orElseThrow().phaseHistory());
    // [PhaseChange{phase=SELECTION, date=2004-09}, PhaseChange{phase=DIAGNOSTIC, date=2004-10}]
    // README:lifecycle:end
    Portfolio diagnosing = diagnostic.orElseThrow();
    return new Lifecycle(early, diagnosing, diagnosing.validate());
  }

  /** Runs the tour. */
  public static void main(String[] args) {
    run();
  }
}
