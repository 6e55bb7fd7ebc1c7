package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.cnd.core.checks.HandoverChecks;
import org.cnd.core.checks.Path;
import org.cnd.core.checks.References;
import org.cnd.core.checks.SelectionRecordedCheck;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;

/**
 * Checks the rules that hold across the entities of a portfolio: references that must resolve, dates that must be
 * ordered, currencies that must agree, phase histories that must follow the transition table and its guards. Each
 * area's checks live beside the concept they guard; this class runs them all and gathers every violation.
 *
 * <p>Never throws on valid-but-wrong data; runs in time linear in the size of the portfolio (the guards of an
 * engagement read the documents of its own cluster).
 */
public final class PortfolioValidator {
  private PortfolioValidator() {}

  /** Every violation of the portfolio's cross-entity rules, in document order of the collections. */
  public static ValidationReport validate(Portfolio portfolio) {
    return validate(portfolio, Integer.MAX_VALUE);
  }

  /**
   * The first {@code max} violations, and a count of the rest ({@link ValidationReport#omitted()}): the memory a
   * report holds is bounded by {@code max}, however many references a hostile document leaves unresolved.
   *
   * @throws IllegalArgumentException when {@code max} is negative
   */
  public static ValidationReport validate(Portfolio portfolio, int max) {
    Objects.requireNonNull(portfolio, "portfolio");
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0, found " + max);
    }
    Capped out = new Capped(max);
    References known = portfolio.references();
    for (EntityKind<?, ?> kind : EntityKind.all()) {
      kind.check(portfolio, known, out::add);
    }
    // Two checks of the engagements that report after every kind's own, in the order reports have always had.
    for (int i = 0; i < portfolio.engagements().size(); i++) {
      Engagement e = portfolio.engagements().get(i);
      if (e.handover().isPresent()) {
        HandoverChecks.checkHandover(e.handover().get(), Path.of("engagements", i).with("handover"), known, out::add);
      }
    }
    SelectionRecordedCheck.checkSelectionRecorded(portfolio.engagements(),
        selectedBy(portfolio.selectionExercises()), out::add);
    return ValidationReport.of(out.kept.build(), out.omitted, out.omittedErrors);
  }

  /** Keeps the first violations, counts the rest. */
  private static final class Capped {
    final ImmutableList.Builder<Violation> kept = ImmutableList.builder();
    final int max;
    int size;
    long omitted;
    long omittedErrors;

    Capped(int max) {
      this.max = max;
    }

    void add(Violation v) {
      if (size < max) {
        kept.add(v);
        size++;
      } else {
        omitted++;
        if (v.isError()) {
          omittedErrors++;
        }
      }
    }
  }

  // SelectionExercise.selects over every exercise, with the clusters each decision selected worked out once per
  // validation, not once per engagement and exercise: an exercise listed for a cluster has a decision that selected
  // it, so only the decision's date is left to compare.
  private static BiPredicate<ClusterId, PartialDate> selectedBy(List<SelectionExercise> exercises) {
    if (exercises.isEmpty()) {
      return (cluster, date) -> false;
    }
    ImmutableListMultimap.Builder<ClusterId, SelectionExercise> bySelected = ImmutableListMultimap.builder();
    for (SelectionExercise x : exercises) {
      x.selectedClusters().forEach(cluster -> bySelected.put(cluster, x));
    }
    ImmutableListMultimap<ClusterId, SelectionExercise> selecting = bySelected.build();
    return (cluster, date) -> {
      for (SelectionExercise x : selecting.get(cluster)) {
        if (!x.decision().get().date().isCertainlyAfter(date)) {
          return true;
        }
      }
      return false;
    };
  }

  static Optional<ClusterId> engagementCluster(Portfolio portfolio, EngagementId id) {
    return portfolio.engagement(id).map(Engagement::cluster);
  }

  static Optional<ClusterId> studyCluster(Portfolio portfolio, DiagnosticStudyId id) {
    return portfolio.diagnosticStudy(id).map(DiagnosticStudy::cluster);
  }
}
