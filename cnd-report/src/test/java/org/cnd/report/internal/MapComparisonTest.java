package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.id.MapActorId;
import org.junit.jupiter.api.Test;

class MapComparisonTest {
  private static final MapActorId A = MapActorId.of("a");
  private static final MapActorId B = MapActorId.of("b");
  private static final MapActorId C = MapActorId.of("c");

  @Test
  void findsNewActorsNewLinkagesAndStrengthenedOnes() {
    ClusterMap today = map(new MapActorId[] {A, B},
        MapLinkage.of(B, A, MapLinkageKind.SUPPLY, LinkageStrength.WEAK),
        MapLinkage.of(A, A, MapLinkageKind.COOPERATION, LinkageStrength.STRONG));
    MapLinkage stronger = MapLinkage.of(B, A, MapLinkageKind.SUPPLY, LinkageStrength.MODERATE);
    MapLinkage added = MapLinkage.of(A, C, MapLinkageKind.SALES, LinkageStrength.WEAK);
    MapLinkage weaker = MapLinkage.of(A, A, MapLinkageKind.COOPERATION, LinkageStrength.MODERATE);
    ClusterMap projected = map(new MapActorId[] {A, B, C}, stronger, added, weaker);
    MapComparison c = MapComparison.of(today, projected);
    assertThat(c.newActors()).extracting(MapActor::id).containsExactly(C);
    assertThat(c.goneActors()).isEmpty();
    assertThat(MapComparison.of(projected, today).goneActors()).extracting(MapActor::id).containsExactly(C);
    assertThat(c.newLinkages()).containsExactly(added);
    assertThat(c.strengthened()).containsExactly(stronger);
    assertThat(c.change(added)).contains("new");
    assertThat(c.change(stronger)).contains("stronger");
    assertThat(c.change(weaker)).isEmpty();
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void findsNothingBetweenAMapAndItself() {
    ClusterMap m = map(new MapActorId[] {A, B}, MapLinkage.of(B, A, MapLinkageKind.SUPPLY, LinkageStrength.WEAK));
    assertThat(MapComparison.of(m, m)).isEqualTo(MapComparison.none());
    assertThat(MapComparison.none().isEmpty()).isTrue();
  }

  private static ClusterMap map(MapActorId[] actors, MapLinkage... linkages) {
    ClusterMap.Builder b = ClusterMap.builder();
    for (MapActorId id : actors) {
      b.addActors(MapActor.builder().id(id).kind(ActorKind.PRINCIPAL_FIRMS).build());
    }
    return b.addLinkages(linkages).build();
  }
}
