package org.cnd.core.collaboration;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.Locale;
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

  /** Where it can be read: an absolute http or https URL. */
  public abstract Optional<URI> url();

  /**
   * The URL with the given text, checked as {@link #url()} requires.
   *
   * @throws RuleViolationException ({@code report.url}) when the text is not an absolute http or https URL
   */
  public static URI parseUrl(String text) {
    try {
      return checkedUrl(new URI(text), Pointer.ROOT);
    } catch (java.net.URISyntaxException e) {
      throw badUrl(text, Pointer.ROOT);
    }
  }

  private static URI checkedUrl(URI url, String path) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw badUrl(url.toString(), path);
    }
    return url;
  }

  private static RuleViolationException badUrl(String text, String path) {
    String quoted = text.length() <= 60 ? text : text.substring(0, 57) + "...";
    return new RuleViolationException(Rule.REPORT_URL, path,
        "Invalid report URL \"" + quoted + "\": expected an absolute http or https URL with a host, such as "
            + "https://www.unido.org/publications");
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "report title");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    url().ifPresent(u -> checkedUrl(u, "/url"));
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
