package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.Portfolio;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

class CoreTimelineTest {
  private final Portfolio tour = LifecycleTour.portfolio();

  @Test
  void keepsTheCoresEntriesInTheirOrder() {
    var core = tour.queries().timeline();
    var items = CoreTimeline.of(tour);
    assertThat(items).hasSameSizeAs(core);
    for (int i = 0; i < core.size(); i++) {
      assertThat(items.get(i).date()).isEqualTo(core.get(i).date());
      assertThat(items.get(i).kind()).isEqualTo(core.get(i).kind().code());
      assertThat(items.get(i).subject()).isEqualTo(core.get(i).subject());
      assertThat(items.get(i).description()).isEqualTo(new TimelineSentences(tour).describe(core.get(i)));
    }
  }

  @Test
  void givesOneClustersTimeline() {
    assertThat(CoreTimeline.of(tour, PakistanProgramme.GUJRAT_FANS))
        .hasSameSizeAs(tour.queries().timelineOf(PakistanProgramme.GUJRAT_FANS)).isNotEmpty();
    assertThat(CoreTimeline.of(tour, PakistanProgramme.WAZIRABAD_CUTLERY)).isEmpty();
  }
}
