package org.cnd.report.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cnd.core.Portfolio;
import org.cnd.core.TimelineEntry;
import org.cnd.core.id.ClusterId;
import org.cnd.report.TimelineItem;

/**
 * The one place this module reads the core's timeline: each typed {@link TimelineEntry} becomes a {@link
 * TimelineItem} with its kind's code and its sentence ({@link TimelineSentences}).
 */
public final class CoreTimeline {
  private CoreTimeline() {}

  /** The portfolio's timeline, earliest first, as the core orders it. */
  public static ImmutableList<TimelineItem> of(Portfolio portfolio) {
    return items(portfolio, portfolio.queries().timeline());
  }

  /** One cluster's timeline, earliest first. */
  public static ImmutableList<TimelineItem> of(Portfolio portfolio, ClusterId cluster) {
    return items(portfolio, portfolio.queries().timelineOf(cluster));
  }

  private static ImmutableList<TimelineItem> items(Portfolio portfolio, List<TimelineEntry> entries) {
    TimelineSentences sentences = new TimelineSentences(portfolio);
    return entries.stream()
        .map(e -> new TimelineItem(e.date(), e.kind().code(), e.subject(), sentences.describe(e)))
        .collect(ImmutableList.toImmutableList());
  }
}
