package org.cnd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cnd.core.EntityKind;
import org.junit.jupiter.api.Test;

/** The root's arrays are the core's entity kinds, each with its codec. */
class PortfolioCodecTest {
  @Test
  void everyKindHasACodecAndEveryCodecAKind() {
    assertThat(PortfolioCodec.BY_KIND.keySet()).containsExactlyInAnyOrderElementsOf(EntityKind.all());
    PortfolioCodec.BY_KIND.forEach((kind, collection) -> assertThat(collection.kind()).isSameAs(kind));
  }

  @Test
  void theRootsArraysAreTheKindsCollectionsInTheKindsOrder() {
    List<String> arrays = PortfolioCodec.PORTFOLIO.properties().stream()
        .map(ObjectCodec.Property::name)
        .filter(name -> !name.equals("format") && !name.equals("formatVersion"))
        .toList();
    assertThat(arrays).containsExactlyElementsOf(EntityKind.all().stream().map(EntityKind::collection).toList());
  }

  @Test
  void eachKindsCodecIsOfItsEntityType() {
    PortfolioCodec.BY_KIND.forEach((kind, collection) -> assertThat(collection.codec().type()).isEqualTo(kind.type()));
  }
}
