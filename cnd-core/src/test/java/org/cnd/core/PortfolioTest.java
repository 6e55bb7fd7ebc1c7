package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.programme.Programme;
import org.cnd.core.testing.Fixtures;
import org.cnd.core.testing.PortfolioGen;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private static final Portfolio PAKISTAN = Fixtures.pakistan();

  @Test
  void emptyHasNothing() {
    Portfolio empty = Portfolio.empty();
    assertThat(empty.organisations()).isEmpty();
    assertThat(empty.people()).isEmpty();
    assertThat(empty.clusters()).isEmpty();
    assertThat(empty.programmes()).isEmpty();
    assertThat(empty).isEqualTo(Portfolio.builder().build());
  }

  @Test
  void looksEntitiesUpByIdentifier() {
    assertThat(PAKISTAN.organisation(OrganisationId.of("tdap"))).map(Organisation::shortName).contains("TDAP");
    assertThat(PAKISTAN.person(PersonId.of("cda-sindh"))).isPresent();
    assertThat(PAKISTAN.cluster(ClusterId.of("korangi-leather"))).map(Cluster::name)
        .contains("Leather and leather products cluster in Korangi");
    assertThat(PAKISTAN.programme(ProgrammeId.of("us-pak-01-099")).flatMap(Programme::code)).contains("US/PAK/01/099");
    assertThat(PAKISTAN.organisation(OrganisationId.of("epb"))).isEmpty();
    assertThat(PAKISTAN.cluster(ClusterId.of("tdap"))).isEmpty();
  }

  @Test
  void containsKnowsEachKindOfIdentifier() {
    assertThat(PAKISTAN.contains(OrganisationId.of("smeda-sindh"))).isTrue();
    assertThat(PAKISTAN.contains(PersonId.of("cda-sindh"))).isTrue();
    assertThat(PAKISTAN.contains(ClusterId.of("multan-handloom"))).isTrue();
    assertThat(PAKISTAN.contains(ProgrammeId.of("punjab-clusters"))).isTrue();
    assertThat(PAKISTAN.contains(ClusterId.of("smeda-sindh"))).isFalse();
    assertThat(PAKISTAN.contains(TrainingId.of("cda-course-2007"))).isFalse();
  }

  @Test
  void refusesADuplicateIdentifierInACollection() {
    Organisation again = Organisation.builder().id(OrganisationId.of("tdap")).name("Export Promotion Bureau")
        .kind(OrganisationKind.TRADE_PROMOTION_BODY).build();
    assertRefused(() -> Portfolio.builder().from(PAKISTAN).addOrganisations(again).build(),
            "portfolio.duplicate-id", "/organisations/6/id")
        .hasMessageContaining("\"tdap\"")
        .hasMessageContaining("/organisations/1/id");
    Person person = PAKISTAN.people().get(0);
    assertRefused(() -> Portfolio.builder().addPeople(person, person).build(),
            "portfolio.duplicate-id", "/people/1/id");
    Cluster cluster = PAKISTAN.clusters().get(2);
    assertRefused(() -> Portfolio.builder().addClusters(cluster, cluster).build(),
            "portfolio.duplicate-id", "/clusters/1/id");
    Programme programme = PAKISTAN.programmes().get(3);
    assertRefused(() -> Portfolio.builder().addProgrammes(programme, programme).build(),
            "portfolio.duplicate-id", "/programmes/1/id");
  }

  @Test
  void theSameIdentifierInTwoCollectionsIsFine() {
    Portfolio p = Portfolio.builder()
        .addOrganisations(Organisation.builder().id(OrganisationId.of("x")).name("X").kind(OrganisationKind.OTHER).build())
        .addClusters(Cluster.builder().from(PAKISTAN.clusters().get(0)).id(ClusterId.of("x")).build())
        .build();
    assertThat(p.contains(OrganisationId.of("x"))).isTrue();
    assertThat(p.contains(ClusterId.of("x"))).isTrue();
  }

  @Test
  void withReturnsANewPortfolioAndLeavesTheOldOneAlone() {
    Organisation epb = Organisation.builder().id(OrganisationId.of("epb")).name("Export Promotion Bureau")
        .kind(OrganisationKind.TRADE_PROMOTION_BODY).build();
    Portfolio more = PAKISTAN.withOrganisation(epb);
    assertThat(more).isNotSameAs(PAKISTAN).isNotEqualTo(PAKISTAN);
    assertThat(more.organisations()).hasSize(7).last().isEqualTo(epb);
    assertThat(more.organisation(OrganisationId.of("epb"))).contains(epb);
    assertThat(PAKISTAN.organisations()).hasSize(6);
    assertThat(PAKISTAN.organisation(OrganisationId.of("epb"))).isEmpty();
  }

  @Test
  void withReplacesTheEntityWithTheSameIdentifierInPlace() {
    Cluster renamed = Cluster.builder().from(PAKISTAN.clusters().get(1)).name("Wazirabad cutlery").build();
    Portfolio p = PAKISTAN.withCluster(renamed);
    assertThat(p.clusters()).hasSize(4);
    assertThat(p.clusters().get(1)).isEqualTo(renamed);
    assertThat(p.cluster(renamed.id())).contains(renamed);
    assertThat(PAKISTAN.clusters().get(1).name()).isEqualTo("Cutlery cluster in Wazirabad");

    Programme retitled = Programme.builder().from(PAKISTAN.programmes().get(2)).title("Seven Punjab clusters").build();
    assertThat(PAKISTAN.withProgramme(retitled).programmes().get(2)).isEqualTo(retitled);
    Person renamedPerson = Person.builder().from(PAKISTAN.people().get(0)).name("Another name").build();
    assertThat(PAKISTAN.withPerson(renamedPerson).people()).containsExactly(renamedPerson);
  }

  @Test
  void withAnUnchangedEntityGivesAnEqualPortfolio() {
    assertThat(PAKISTAN.withOrganisation(PAKISTAN.organisations().get(3))).isEqualTo(PAKISTAN);
    assertThat(PAKISTAN.withProgramme(PAKISTAN.programmes().get(0)).hashCode()).isEqualTo(PAKISTAN.hashCode());
  }

  @Test
  void queriesAreComputedOnce() {
    assertThat(PAKISTAN.queries()).isSameAs(PAKISTAN.queries());
  }

  // --- properties -------------------------------------------------------------------------------------------

  @Test
  void everyEntityIsFoundByItsIdentifier() {
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios()).checkAssert(p -> {
      p.organisations().forEach(o -> assertThat(p.organisation(o.id())).containsSame(o));
      p.people().forEach(x -> assertThat(p.person(x.id())).containsSame(x));
      p.clusters().forEach(c -> assertThat(p.cluster(c.id())).containsSame(c));
      p.programmes().forEach(x -> assertThat(p.programme(x.id())).containsSame(x));
      assertThat(p.organisation(OrganisationId.of(PortfolioGen.MISSING_PREFIX + "o"))).isEmpty();
    });
  }

  @Test
  void rebuildingGivesAnEqualPortfolio() {
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios()).checkAssert(p -> {
      Portfolio copy = Portfolio.builder().from(p).build();
      assertThat(copy).isEqualTo(p);
      assertThat(copy.hashCode()).isEqualTo(p.hashCode());
    });
  }
}
