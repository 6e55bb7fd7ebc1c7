package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnd.core.Portfolio;
import org.cnd.core.TimelineEntry;
import org.cnd.core.TimelineKind;
import org.cnd.core.testing.Fixtures;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

/** The words of the timeline, which the core leaves to the presentation. */
class TimelineSentencesTest {
  @Test
  void describesAProgrammeStatusChange() {
    Portfolio pakistan = Fixtures.pakistan();
    TimelineEntry first = pakistan.queries().timeline().get(0);
    assertThat(new TimelineSentences(pakistan).describe(first))
        .isEqualTo("SME Cluster and Network Development in Pakistan: active (began in mid-2001)");
  }

  @Test
  void describesTheTourWithEveryKindItHolds() {
    Portfolio tour = LifecycleTour.portfolio();
    TimelineSentences sentences = new TimelineSentences(tour);
    List<String> lines = tour.queries().timeline().stream().map(sentences::line).toList();
    assertThat(lines).contains(
        "2001-08  Electric fans cluster in Gujrat: entered selection",
        "2002-01  Joint visit to a trade fair (pilot) (pilot, soft activity of Action plan of Electric fans cluster in "
            + "Gujrat (version 1)): done");
    Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
    tour.queries().timeline().forEach(e -> kinds.add(e.kind()));
    assertThat(kinds).contains(TimelineKind.ENGAGEMENT_PHASE, TimelineKind.STUDY_ENDORSED, TimelineKind.PLAN_ENDORSED);
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(": ").doesNotContain("null"));
  }

  @Test
  void describesTrainingsFollowUpsLinkagesAndReports() {
    Portfolio pakistan = PakistanProgramme.portfolio();
    TimelineSentences sentences = new TimelineSentences(pakistan);
    List<String> lines = pakistan.queries().timeline().stream().map(sentences::line).toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2005-05  Training-of-trainers programme"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2008-05  Review meeting following"));
  }
}
