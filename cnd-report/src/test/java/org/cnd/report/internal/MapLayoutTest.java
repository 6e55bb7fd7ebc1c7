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

class MapLayoutTest {
  private static final MapLayout.Sizer SIZE = a -> new double[] {100, 40};

  private final ClusterMap map = ClusterMap.builder()
      .addActors(actor("buyers", ActorKind.BUYERS), actor("firms", ActorKind.PRINCIPAL_FIRMS),
          actor("suppliers", ActorKind.SUPPLIERS), actor("bds", ActorKind.BDS_PROVIDERS),
          actor("bank", ActorKind.FINANCIAL_INSTITUTIONS))
      .addLinkages(link("suppliers", "firms"), link("firms", "buyers"), link("bds", "firms"), link("firms", "firms"))
      .build();

  @Test
  void putsTheChainLeftToRightAndTheSupportInABandBelowIt() {
    MapLayout.Laid laid = MapLayout.layout(map, SIZE);
    MapLayout.Box buyers = laid.boxes().get(0);
    MapLayout.Box firms = laid.boxes().get(1);
    MapLayout.Box suppliers = laid.boxes().get(2);
    MapLayout.Box bds = laid.boxes().get(3);
    MapLayout.Box bank = laid.boxes().get(4);
    assertThat(suppliers.x() + suppliers.width()).isLessThan(firms.x());
    assertThat(firms.x() + firms.width()).isLessThan(buyers.x());
    assertThat(bds.inBand()).isTrue();
    assertThat(bds.y()).isEqualTo(bank.y()).isGreaterThan(firms.y() + firms.height() + MapLayout.BAND_GAP);
    assertThat(laid.bandTop()).isPresent();
    assertThat(laid.width()).isGreaterThanOrEqualTo(buyers.x() + buyers.width());
    assertThat(laid.height()).isGreaterThan(bds.y() + bds.height());
  }

  @Test
  void routesChainLinkagesWithElkAndBandLinkagesStraight() {
    MapLayout.Laid laid = MapLayout.layout(map, SIZE);
    assertThat(laid.routes()).extracting(MapLayout.Route::routedByElk).containsExactly(true, true, false, true);
    assertThat(laid.routes()).allMatch(r -> r.points().size() >= 2);
    assertThat(MapLayout.layout(map, SIZE)).isEqualTo(laid);
  }

  private static MapActor actor(String id, ActorKind kind) {
    return MapActor.builder().id(MapActorId.of(id)).kind(kind).build();
  }

  private static MapLinkage link(String from, String to) {
    return MapLinkage.of(MapActorId.of(from), MapActorId.of(to), MapLinkageKind.SUPPLY, LinkageStrength.MODERATE);
  }
}
