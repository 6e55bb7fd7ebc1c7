package org.cnd.iati;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.programme.LanguageCode;

/**
 * How to export: which programmes, who reports them, which documented rules to apply where the data says less than
 * IATI asks, and what to do when the document would be invalid. Immutable; {@link #defaults()} exports every
 * programme strictly, with the system clock.
 */
public final class IatiOptions {
  private final ImmutableSet<ProgrammeId> programmes;
  private final Optional<OrganisationId> reportingOrganisation;
  private final Optional<LanguageCode> language;
  private final boolean approximateActualDates;
  private final boolean engagementActivities;
  private final boolean buildIdentifiers;
  private final boolean writeWhatItCan;
  private final Clock clock;

  private IatiOptions(Builder b) {
    this.programmes = b.programmes.build();
    this.reportingOrganisation = b.reportingOrganisation;
    this.language = b.language;
    this.approximateActualDates = b.approximateActualDates;
    this.engagementActivities = b.engagementActivities;
    this.buildIdentifiers = b.buildIdentifiers;
    this.writeWhatItCan = b.writeWhatItCan;
    this.clock = b.clock;
  }

  /** Every programme, strictly, identifiers built from codes, with the system clock (UTC). */
  public static IatiOptions defaults() {
    return builder().build();
  }

  /** A new builder, with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The programmes to export; empty means every programme of the portfolio, in its order. */
  public ImmutableSet<ProgrammeId> programmes() {
    return programmes;
  }

  /**
   * The reporting organisation of every activity; when absent, each programme's only accountable participant, else
   * its only implementing one.
   */
  public Optional<OrganisationId> reportingOrganisation() {
    return reportingOrganisation;
  }

  /** The language of the texts of programmes that do not say theirs. */
  public Optional<LanguageCode> language() {
    return language;
  }

  /**
   * Whether actual dates known less precisely than a day are written by the rule for planned dates (a start takes
   * its earliest day, an end its latest); off by default: an actual date is then written only when known to the day.
   */
  public boolean approximateActualDates() {
    return approximateActualDates;
  }

  /** Whether each engagement of an exported programme becomes a child activity of the programme's activity. */
  public boolean engagementActivities() {
    return engagementActivities;
  }

  /**
   * Whether a programme without an IATI identifier gets one built from the reporting organisation's identifier and
   * its code (on by default).
   */
  public boolean buildIdentifiers() {
    return buildIdentifiers;
  }

  /**
   * Whether to write a document despite errors: the activities that have every element the schema requires are
   * written, even when they break a rule of the ruleset; off by default (an invalid document is never written).
   */
  public boolean writeWhatItCan() {
    return writeWhatItCan;
  }

  /** The clock that says what "today" is for the rules on future dates, and the document's generation time. */
  public Clock clock() {
    return clock;
  }

  /** Builds {@link IatiOptions}. */
  public static final class Builder {
    private final ImmutableSet.Builder<ProgrammeId> programmes = ImmutableSet.builder();
    private Optional<OrganisationId> reportingOrganisation = Optional.empty();
    private Optional<LanguageCode> language = Optional.empty();
    private boolean approximateActualDates;
    private boolean engagementActivities;
    private boolean buildIdentifiers = true;
    private boolean writeWhatItCan;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Adds programmes to export. */
    public Builder addProgrammes(ProgrammeId... ids) {
      for (ProgrammeId id : ids) {
        programmes.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /** Sets the reporting organisation of every activity. */
    public Builder reportingOrganisation(OrganisationId organisation) {
      this.reportingOrganisation = Optional.of(Objects.requireNonNull(organisation, "organisation"));
      return this;
    }

    /** Sets the language of programmes that do not say theirs. */
    public Builder language(LanguageCode language) {
      this.language = Optional.of(Objects.requireNonNull(language, "language"));
      return this;
    }

    /** Asks for the approximation of actual dates; see {@link IatiOptions#approximateActualDates()}. */
    public Builder approximateActualDates(boolean approximate) {
      this.approximateActualDates = approximate;
      return this;
    }

    /** Asks for a child activity per engagement. */
    public Builder engagementActivities(boolean children) {
      this.engagementActivities = children;
      return this;
    }

    /** Sets whether identifiers are built from codes. */
    public Builder buildIdentifiers(boolean build) {
      this.buildIdentifiers = build;
      return this;
    }

    /** Asks to write what can be written despite errors. */
    public Builder writeWhatItCan(boolean write) {
      this.writeWhatItCan = write;
      return this;
    }

    /** Sets the clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The options. */
    public IatiOptions build() {
      return new IatiOptions(this);
    }
  }
}
