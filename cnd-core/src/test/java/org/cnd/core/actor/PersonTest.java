package org.cnd.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.testing.EntityGen;
import org.junit.jupiter.api.Test;

class PersonTest {
  @Test
  void aNameAndPerhapsAnAffiliation() {
    Person cda = Person.builder().id(PersonId.of("cda-1")).name("A. Khan").affiliation(OrganisationId.of("ahan")).build();
    assertThat(cda.name()).isEqualTo("A. Khan");
    assertThat(cda.affiliation()).contains(OrganisationId.of("ahan"));
    assertThat(Person.builder().id(PersonId.of("cda-2")).name("B. Ali").build().affiliation()).isEmpty();
  }

  @Test
  void refusesABlankName() {
    assertRefused(() -> Person.builder().id(PersonId.of("cda-2")).name("").build(), "text.blank", "/name");
  }

  @Test
  void generatedPeopleEqualTheirCopies() {
    qt().forAll(EntityGen.people()).checkAssert(p -> assertThat(Person.builder().from(p).build()).isEqualTo(p));
  }
}
