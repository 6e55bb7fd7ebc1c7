package org.cnd.core.collaboration;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.internal.Texts;
import org.cnd.core.place.Place;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A report produced about clusters or a region: "Compliance Issues Affecting Enterprise Clusters in Punjab".
 *
 * <p>Invariant: it names the clusters or the region it is about.
 */
@Value.Immutable
public abstract class Report {
  Report() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract ReportId id();

  /** The title. */
  public abstract String title();

  /** What kind of report. */
  public abstract ReportKind kind();

  /** When it was produced. */
  public abstract Optional<PartialDate> date();

  /** The clusters it is about. */
  public abstract ImmutableList<ClusterId> clusters();

  /** The region it is about: a country or a province. */
  public abstract Optional<Place> region();

  /** The organisations that produced it. */
  public abstract ImmutableList<OrganisationId> authors();

  /** The programmes under which it was produced or that it supported. */
  public abstract ImmutableList<ProgrammeId> programmes();

  /** Free text. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "report title");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (clusters().isEmpty() && region().isEmpty()) {
      throw new RuleViolationException(Rule.REPORT_SUBJECT, Pointer.ROOT,
          "Report " + id() + " is about nothing named: expected clusters or a region, found neither");
    }
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
