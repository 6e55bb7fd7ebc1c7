package org.cnd.report.internal;

import com.google.common.collect.ImmutableList;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.TimelineEntry;
import org.cnd.core.id.ClusterId;
import org.cnd.report.TimelineItem;

/**
 * The one place this module reads the core's timeline. The core's {@link TimelineEntry} is being reshaped (its kind
 * becomes a coded enumeration and its English sentence leaves the core for this layer): only this class changes
 * then, and the sentence is composed here from the entry's typed parts.
 */
public final class CoreTimeline {
  private CoreTimeline() {}

  /** The portfolio's timeline, earliest first, as the core orders it. */
  public static ImmutableList<TimelineItem> of(PortfolioQueries queries) {
    return queries.timeline().stream().map(CoreTimeline::item).collect(ImmutableList.toImmutableList());
  }

  /** One cluster's timeline, earliest first. */
  public static ImmutableList<TimelineItem> of(PortfolioQueries queries, ClusterId cluster) {
    return queries.timelineOf(cluster).stream().map(CoreTimeline::item).collect(ImmutableList.toImmutableList());
  }

  private static TimelineItem item(TimelineEntry entry) {
    return new TimelineItem(entry.date(), entry.kind(), entry.subject(), entry.description());
  }
}
