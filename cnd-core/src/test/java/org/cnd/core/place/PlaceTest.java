package org.cnd.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.testing.ValueGen;
import org.cnd.core.validation.MissingAttributeException;
import org.junit.jupiter.api.Test;

class PlaceTest {
  private static final CountryCode PK = CountryCode.of("PK");

  @Test
  void aWholeCountry() {
    Place pakistan = Place.of(PK);
    assertThat(pakistan.country()).isEqualTo(PK);
    assertThat(pakistan.subdivision()).isEmpty();
    assertThat(pakistan.localities()).isEmpty();
    assertThat(pakistan.area()).isEmpty();
    assertThat(pakistan.point()).isEmpty();
  }

  @Test
  void gujratGujranwalaIsTwoLocalities() {
    Place place = Place.builder().country(PK).subdivision(SubdivisionCode.of("PK-PB"))
        .addLocalities("Gujrat", "Gujranwala").build();
    assertThat(place.localities()).containsExactly("Gujrat", "Gujranwala");
  }

  @Test
  void korangiIsAnAreaOfKarachi() {
    Place korangi = Place.builder().country(PK).subdivision(SubdivisionCode.of("PK-SD"))
        .addLocalities("Karachi").area("Korangi").point(GeoPoint.of(24.83, 67.13)).build();
    assertThat(korangi.area()).contains("Korangi");
    assertThat(korangi.localities()).containsExactly("Karachi");
  }

  @Test
  void refusesAnAreaWithoutALocality() {
    assertRefused(() -> Place.builder().country(PK).area("Korangi").build(), "place.area", "/area")
        .hasMessageContaining("\"Korangi\"");
  }

  @Test
  void refusesASubdivisionOfAnotherCountry() {
    assertRefused(() -> Place.builder().country(PK).subdivision(SubdivisionCode.of("IN-PB")).build(),
            "place.subdivision-country", "/subdivision")
        .hasMessageContaining("IN-PB")
        .hasMessageContaining("PK");
  }

  @Test
  void refusesBlankLocalitiesAndAreas() {
    assertRefused(() -> Place.builder().country(PK).addLocalities("Gujrat", " ").build(),
            "text.blank", "/localities/1");
    assertRefused(() -> Place.builder().country(PK).addLocalities("Karachi").area("").build(), "text.blank", "/area");
  }

  @Test
  void needsACountry() {
    assertThatThrownBy(() -> Place.builder().build()).isInstanceOf(MissingAttributeException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> Place.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void generatedPlacesAreValidAndEqualToTheirCopies() {
    qt().forAll(ValueGen.places()).checkAssert(p -> {
      assertThat(p.subdivision().map(s -> s.isIn(p.country())).orElse(true)).isTrue();
      assertThat(p.area().isEmpty() || !p.localities().isEmpty()).isTrue();
      Place copy = Place.builder().from(p).build();
      assertThat(copy).isEqualTo(p);
      assertThat(copy.hashCode()).isEqualTo(p.hashCode());
    });
  }
}
