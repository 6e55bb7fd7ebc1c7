package org.cnd.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cnd.core.Portfolio;
import org.cnd.core.PortfolioQueries;
import org.cnd.core.TimelineEntry;
import org.cnd.core.collaboration.Linkage;
import org.cnd.core.collaboration.Report;
import org.cnd.core.diagnostic.Approval;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.LinkageId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.id.TrainingId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.plan.Activity;
import org.cnd.core.programme.FundingCommitment;
import org.cnd.core.programme.Programme;
import org.cnd.core.programme.StatusChange;
import org.cnd.core.training.FollowUpEvent;
import org.cnd.core.training.Training;

/**
 * Puts the entries of a portfolio's timeline in English words, for the reports (text, HTML, JSON summary):
 * "Electric fans cluster in Gujrat: entered selection". The core's timeline says what happened as data ({@link
 * TimelineEntry}); the words are the presentation's, so they live here and nowhere else.
 */
public final class TimelineSentences {
  private final Portfolio portfolio;
  private final PortfolioQueries queries;

  /** Sentences about the entries of this portfolio's timeline. */
  public TimelineSentences(Portfolio portfolio) {
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.queries = portfolio.queries();
  }

  /** {@code DATE  sentence}, as the tool prints an entry. */
  public String line(TimelineEntry entry) {
    return entry.date() + "  " + describe(entry);
  }

  /**
   * What happened, in words.
   *
   * @throws java.util.NoSuchElementException when the entry's subject is not in the portfolio
   */
  public String describe(TimelineEntry entry) {
    int item = entry.item();
    return switch (entry.kind()) {
      case PROGRAMME_STATUS -> {
        Programme p = portfolio.programme((ProgrammeId) entry.subject()).orElseThrow();
        StatusChange change = p.statusHistory().get(item);
        yield p.title() + ": " + lower(change.status().label()) + change.note().map(n -> " (" + n + ")").orElse("");
      }
      case FUNDING_COMMITMENT -> {
        Programme p = portfolio.programme((ProgrammeId) entry.subject()).orElseThrow();
        FundingCommitment f = p.funding().get(item);
        yield p.title() + ": funding committed by " + queries.organisationName(f.funder());
      }
      case ENGAGEMENT_PHASE -> {
        Engagement e = portfolio.engagement((EngagementId) entry.subject()).orElseThrow();
        PhaseChange change = e.phaseHistory().get(item);
        String what = switch (change.phase()) {
          case SUSPENDED -> "suspended";
          case DISCONTINUED -> "discontinued";
          default -> "entered " + lower(change.phase().label());
        };
        yield queries.clusterName(e.cluster()) + ": " + what + change.reason().map(r -> " (" + r + ")").orElse("")
            + change.note().map(n -> " (" + n + ")").orElse("");
      }
      case STUDY_VALIDATED -> {
        DiagnosticStudy s = study(entry);
        yield studyTitle(s) + ": validated" + by(s.validation().orElseThrow());
      }
      case STUDY_ENDORSED -> {
        DiagnosticStudy s = study(entry);
        yield studyTitle(s) + ": endorsed" + by(s.endorsement().orElseThrow());
      }
      case PLAN_ENDORSED -> {
        ActionPlan p = plan(entry);
        yield planTitle(p) + ": endorsed" + by(p.endorsement().orElseThrow());
      }
      case PLAN_SUPERSEDED -> planTitle(plan(entry)) + ": superseded";
      case ACTIVITY -> {
        ActionPlan p = plan(entry);
        Activity a = p.activities().get(item);
        yield a.title() + " (" + lower(a.kind().label()) + ", " + lower(a.intervention().label()) + " activity of "
            + planTitle(p) + "): " + lower(a.status().label());
      }
      case MEASUREMENT -> {
        Indicator i = portfolio.indicator((IndicatorId) entry.subject()).orElseThrow();
        Measurement m = i.measurements().get(item);
        yield i.name() + ": " + m.value() + i.unit().map(u -> " " + u).orElse("")
            + m.period().map(p -> " over " + p).orElse("");
      }
      case TRAINING -> {
        Training t = training(entry);
        yield t.title() + " (" + t.kind().label() + ")";
      }
      case TRAINING_FOLLOW_UP -> {
        Training t = training(entry);
        FollowUpEvent f = t.followUps().get(item);
        yield f.kind().label() + " following " + t.title() + ": " + lower(f.status().label())
            + f.note().map(n -> " (" + n + ")").orElse("");
      }
      case LINKAGE -> {
        Linkage l = portfolio.linkage((LinkageId) entry.subject()).orElseThrow();
        yield l.kind().label() + ": " + parties(l) + l.outcome().map(o -> " (" + o + ")").orElse("");
      }
      case REPORT -> {
        Report r = portfolio.report((ReportId) entry.subject()).orElseThrow();
        yield r.kind().label() + ": " + r.title();
      }
    };
  }

  private DiagnosticStudy study(TimelineEntry entry) {
    return portfolio.diagnosticStudy((DiagnosticStudyId) entry.subject()).orElseThrow();
  }

  private ActionPlan plan(TimelineEntry entry) {
    return portfolio.actionPlan((ActionPlanId) entry.subject()).orElseThrow();
  }

  private Training training(TimelineEntry entry) {
    return portfolio.training((TrainingId) entry.subject()).orElseThrow();
  }

  private String studyTitle(DiagnosticStudy s) {
    return s.title().orElse("Diagnostic study of " + queries.clusterName(s.cluster()));
  }

  private String planTitle(ActionPlan p) {
    return p.title().orElse("Action plan of " + queries.clusterName(p.cluster())) + " (version " + p.version() + ")";
  }

  private String by(Approval approval) {
    List<String> who = new ArrayList<>();
    approval.body().ifPresent(who::add);
    approval.organisations().forEach(o -> who.add(queries.organisationName(o)));
    return who.isEmpty() ? "" : " by " + String.join(", ", who);
  }

  private String parties(Linkage linkage) {
    return Stream.concat(
            linkage.organisations().stream().map(queries::organisationName),
            linkage.clusters().stream().map(queries::clusterName))
        .collect(Collectors.joining(", "));
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }
}
