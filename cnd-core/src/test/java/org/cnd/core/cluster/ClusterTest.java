package org.cnd.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.Refusals.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import org.cnd.core.id.ClusterId;
import org.cnd.core.money.Money;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.Place;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.testing.EntityGen;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.MissingAttributeException;
import org.junit.jupiter.api.Test;

class ClusterTest {
  private static final Place MULTAN = Place.builder().country(CountryCode.of("PK"))
      .subdivision(SubdivisionCode.of("PK-PB")).addLocalities("Multan").build();

  @Test
  void theHandloomWeavingClusterInMultan() {
    Cluster multan = Cluster.builder()
        .id(ClusterId.of("multan-handloom"))
        .name("Handloom weaving cluster in Multan")
        .sector(Sector.of("Handloom weaving", "1312"))
        .place(MULTAN)
        .kind(ClusterKind.ARTISANAL)
        .build();
    assertThat(multan.id()).isEqualTo(ClusterId.of("multan-handloom"));
    assertThat(multan.sector().isic()).contains(IsicCode.of("1312"));
    assertThat(multan.place().localities()).containsExactly("Multan");
    assertThat(multan.kind()).contains(ClusterKind.ARTISANAL);
    assertThat(multan.profile()).isEmpty();
    assertThat(multan.description()).isEmpty();
  }

  @Test
  void needsSectorAndPlace() {
    assertThatThrownBy(() -> Cluster.builder().id(ClusterId.of("c")).name("Cutlery").place(MULTAN).build())
        .isInstanceOf(MissingAttributeException.class).hasMessageContaining("sector");
    assertThatThrownBy(() -> Cluster.builder().id(ClusterId.of("c")).name("Cutlery").sector(Sector.of("Cutlery")).build())
        .isInstanceOf(MissingAttributeException.class).hasMessageContaining("place");
  }

  @Test
  void refusesBlankNameAndDescription() {
    Cluster.Builder cluster = Cluster.builder().id(ClusterId.of("c")).sector(Sector.of("Cutlery")).place(MULTAN);
    assertRefused(() -> cluster.name(" ").build(), "text.blank", "/name");
    assertRefused(() -> cluster.name("Cutlery").description("\t").build(), "text.blank", "/description");
  }

  @Test
  void profileFiguresAreNotNegative() {
    ProfileFigures figures = ProfileFigures.builder().asOf(PartialDate.parse("2004"))
        .enterprises(350).employment(12_000).exports(Money.of("1000000", "USD")).build();
    assertThat(figures.enterprises()).hasValue(350);
    assertThat(figures.employment()).hasValue(12_000);
    assertThat(figures.annualOutput()).isEmpty();

    assertFigureRefused(ProfileFigures.builder().asOf(PartialDate.parse("2004")).enterprises(-1),
        "figure.negative", "/enterprises");
    assertFigureRefused(ProfileFigures.builder().asOf(PartialDate.parse("2004")).employment(-5),
        "figure.negative", "/employment");
    assertFigureRefused(ProfileFigures.builder().asOf(PartialDate.parse("2004")).annualOutput(Money.of("-1", "PKR")),
        "money.negative", "/annualOutput");
    assertFigureRefused(ProfileFigures.builder().asOf(PartialDate.parse("2004")).exports(Money.of("-0.01", "USD")),
        "money.negative", "/exports");
  }

  private static void assertFigureRefused(ProfileFigures.Builder figures, String rule, String path) {
    assertRefused(figures::build, rule, path)
        .hasMessageContaining("expected")
        .hasMessageMatching(".*found (PKR |USD )?-.*");
  }

  @Test
  void generatedClustersEqualTheirCopies() {
    qt().forAll(EntityGen.clusters()).checkAssert(c -> {
      Cluster copy = Cluster.builder().from(c).build();
      assertThat(copy).isEqualTo(c);
      assertThat(copy.hashCode()).isEqualTo(c.hashCode());
    });
  }
}
