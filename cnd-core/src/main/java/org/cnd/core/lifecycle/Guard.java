package org.cnd.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.monitoring.Indicator;
import org.cnd.core.monitoring.Measurement;
import org.cnd.core.plan.ActionPlan;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;

/**
 * The policies that say what evidence an engagement needs to enter a phase, each a named rule. A guard is checked
 * whenever its phase is entered: a forward step, a plan revision or a resumption.
 *
 * <p>A guard holds at a date when its evidence is dated no later than that date, on partial-date bounds: the
 * evidence's earliest day is not after the date's latest day (a study endorsed in {@code 2005-06} counts for a move
 * on {@code 2005-06-01}, not for one on {@code 2005-05-31}). Evidence the record does not date (a team member
 * without a period, a governance body without a formation date) counts at every date.
 */
public enum Guard {
  /** The diagnostic needs a CDA assigned: a team member in role CDA whose period may include the date. */
  CDA_ASSIGNED(Phase.DIAGNOSTIC, Rule.LIFECYCLE_GUARD_CDA) {
    @Override
    void evaluate(Engagement e, PartialDate date, Evidence evidence, List<String> missing, List<String> found) {
      List<TeamMember> cdas = e.team().stream().filter(m -> m.role() == TeamRole.CDA).toList();
      if (cdas.stream().anyMatch(m -> m.isOnTeamAt(date))) {
        return;
      }
      missing.add("a CDA on the team of engagement " + e.id() + " at " + date);
      if (cdas.isEmpty()) {
        found.add("no team member in role cda");
      } else {
        cdas.forEach(m -> found.add("CDA " + who(m) + " on the team only " + m.period().map(Object::toString).orElse("")));
      }
    }
  },

  /** Action planning needs a diagnostic study of the engagement's cluster, endorsed by the date. */
  ENDORSED_STUDY(Phase.ACTION_PLANNING, Rule.LIFECYCLE_GUARD_ENDORSED_STUDY) {
    @Override
    void evaluate(Engagement e, PartialDate date, Evidence evidence, List<String> missing, List<String> found) {
      List<DiagnosticStudy> studies = studiesOf(e, evidence);
      if (studies.stream().anyMatch(s -> s.isEndorsedBy(date))) {
        return;
      }
      missing.add("a diagnostic study of cluster " + e.cluster() + " endorsed no later than " + date);
      if (studies.isEmpty()) {
        found.add("no study of the cluster");
      } else {
        studies.forEach(s -> found.add(describe(s)));
      }
    }
  },

  /**
   * Implementation needs an action plan of the engagement's cluster endorsed by the date, whose basis is a diagnostic
   * study of the cluster endorsed by the date.
   */
  ENDORSED_PLAN(Phase.IMPLEMENTATION, Rule.LIFECYCLE_GUARD_ENDORSED_PLAN) {
    @Override
    void evaluate(Engagement e, PartialDate date, Evidence evidence, List<String> missing, List<String> found) {
      List<DiagnosticStudy> studies = studiesOf(e, evidence);
      List<ActionPlan> plans = evidence.plans().stream().filter(p -> p.cluster().equals(e.cluster())).toList();
      List<String> why = new ArrayList<>();
      for (ActionPlan p : plans) {
        if (!p.isEndorsedBy(date)) {
          why.add("plan " + p.id() + p.endorsement().map(a -> " endorsed " + a.date()).orElse(" not endorsed"));
          continue;
        }
        if (p.basis().isEmpty()) {
          why.add("plan " + p.id() + " without a basis");
          continue;
        }
        Optional<DiagnosticStudy> basis = studies.stream().filter(s -> s.id().equals(p.basis().get())).findFirst();
        if (basis.isEmpty()) {
          why.add("plan " + p.id() + " based on study " + p.basis().get() + ", not a study of the cluster at hand");
        } else if (!basis.get().isEndorsedBy(date)) {
          why.add("plan " + p.id() + " based on " + describe(basis.get()));
        } else {
          return;
        }
      }
      missing.add("an action plan of cluster " + e.cluster() + " endorsed no later than " + date
          + " and based on a diagnostic study of the cluster endorsed no later than " + date);
      if (why.isEmpty()) {
        found.add("no plan of the cluster");
      } else {
        found.addAll(why);
      }
    }
  },

  /**
   * Exit needs evidence that the cluster carries the work on, a governance body formed by the date or a handover
   * dated by then (either one), and at least one measurement, dated by then, of an indicator of the engagement (or of
   * its cluster, when the indicator names no engagement).
   */
  EXIT_READY(Phase.EXIT, Rule.LIFECYCLE_GUARD_EXIT) {
    @Override
    void evaluate(Engagement e, PartialDate date, Evidence evidence, List<String> missing, List<String> found) {
      boolean bodyFormed = e.governanceBody().filter(b -> b.isFormedBy(date)).isPresent();
      boolean handedOver = e.handover().filter(h -> h.date().map(d -> !d.isCertainlyAfter(date)).orElse(true)).isPresent();
      if (!bodyFormed && !handedOver) {
        missing.add("a governance body formed, or a handover dated, no later than " + date);
        found.add(e.governanceBody()
            .map(b -> "governance body \"" + b.name() + "\" formed " + b.formed().map(Object::toString).orElse(""))
            .orElse("no governance body"));
        e.handover().ifPresent(h -> found.add("a handover dated " + h.date().map(Object::toString).orElse("")));
      }
      List<Indicator> indicators = evidence.indicators().stream().filter(i -> isOf(i, e)).toList();
      List<Measurement> measurements = indicators.stream().flatMap(i -> i.measurements().stream()).toList();
      if (measurements.stream().anyMatch(m -> !m.asOf().isCertainlyAfter(date))) {
        return;
      }
      missing.add("a measurement of an indicator of engagement " + e.id() + " dated no later than " + date);
      if (indicators.isEmpty()) {
        found.add("no indicator of the engagement or its cluster");
      } else if (measurements.isEmpty()) {
        found.add("no measurement of its indicators");
      } else {
        found.add("measurements only from " + measurements.stream().map(Measurement::asOf).min(PartialDate::compareTo).orElseThrow() + " on");
      }
    }
  };

  private final Phase phase;
  private final Rule rule;

  Guard(Phase phase, Rule rule) {
    this.phase = phase;
    this.rule = rule;
  }

  /** The phase this guard guards: entering it needs the evidence. */
  public Phase phase() {
    return phase;
  }

  /** The rule a refusal by this guard names. */
  public Rule rule() {
    return rule;
  }

  /** The guard of a phase; empty for phases entered without evidence. */
  public static Optional<Guard> of(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    for (Guard guard : values()) {
      if (guard.phase == phase) {
        return Optional.of(guard);
      }
    }
    return Optional.empty();
  }

  /** True when the guard holds for the engagement entering its phase at the date, with the evidence at hand. */
  public boolean holds(Engagement engagement, PartialDate date, Evidence evidence) {
    return missing(engagement, date, evidence).isEmpty();
  }

  /** What the engagement lacks to enter the guard's phase at the date; empty when the guard holds. */
  public ImmutableList<String> missing(Engagement engagement, PartialDate date, Evidence evidence) {
    List<String> missing = new ArrayList<>();
    evaluate(Objects.requireNonNull(engagement, "engagement"), Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(evidence, "evidence"), missing, new ArrayList<>());
    return ImmutableList.copyOf(missing);
  }

  /** The refusal of the engagement's move into the guard's phase at the date, when the guard does not hold. */
  Optional<Refusal> check(Engagement e, Optional<Phase> from, PartialDate date, Evidence evidence) {
    List<String> missing = new ArrayList<>();
    List<String> found = new ArrayList<>();
    evaluate(e, date, evidence, missing, found);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(rule, e.id(), from, phase, date, ImmutableList.copyOf(missing),
        "Engagement " + e.id() + " cannot enter " + phase.code() + " on " + date + ": expected "
            + String.join(" and ", missing) + ", found " + String.join("; ", found)));
  }

  abstract void evaluate(Engagement e, PartialDate date, Evidence evidence, List<String> missing, List<String> found);

  private static List<DiagnosticStudy> studiesOf(Engagement e, Evidence evidence) {
    return evidence.studies().stream().filter(s -> s.cluster().equals(e.cluster())).toList();
  }

  private static String describe(DiagnosticStudy s) {
    return "study " + s.id() + s.endorsement().map(a -> " endorsed " + a.date()).orElse(" not endorsed");
  }

  private static String who(TeamMember m) {
    return m.person().map(Object::toString).orElseGet(() -> m.organisation().map(Object::toString).orElse("?"));
  }

  /** True when the indicator measures the engagement: it names it, or names no engagement and the same cluster. */
  static boolean isOf(Indicator indicator, Engagement e) {
    return indicator.engagement().map(e.id()::equals)
        .orElseGet(() -> indicator.cluster().map(e.cluster()::equals).orElse(false));
  }
}
