package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.core.testing.MethodologyFixtures.CDA;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.ENGAGEMENT;
import static org.cnd.core.testing.MethodologyFixtures.OTHER_CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.SMEDA;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.lifecycle.Engagement;
import org.cnd.core.lifecycle.GovernanceBody;
import org.cnd.core.lifecycle.MoveResult;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.lifecycle.PhaseChange;
import org.cnd.core.lifecycle.Refusal;
import org.cnd.core.lifecycle.TeamMember;
import org.cnd.core.lifecycle.TeamRole;
import org.cnd.core.testing.MethodologyFixtures;
import org.cnd.core.testing.MethodologyGen;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Precision;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A model-based property test of the lifecycle: random sequences of attempted moves, with random evidence arriving
 * between them. Every accepted move matches an independent model of the transition table and leaves a history the
 * portfolio validator accepts; every refusal names a lifecycle rule, and the validator, given the refused change as
 * recorded data, reports the same rule at that change.
 */
class EngagementModelTest {
  // --- commands -------------------------------------------------------------------------------------------

  sealed interface Command permits AssignCda, FormBody, AddStudy, AddPlan, AddMeasurement, Move {}

  /** A CDA joins, undated or for a period starting {@code offset} days from now. */
  record AssignCda(boolean dated, int offset, int length) implements Command {}

  /** The governance body is formed (once), undated or {@code offset} days from now. */
  record FormBody(boolean dated, int offset) implements Command {}

  /** A study of this cluster or another: a draft (status 0), validated (1) or endorsed {@code offset} days from now. */
  record AddStudy(boolean ownCluster, int status, int offset) implements Command {}

  /** A plan of this cluster, endorsed {@code offset} days from now or a draft, based on the latest study or none. */
  record AddPlan(boolean endorsed, boolean withBasis, int offset) implements Command {}

  /** An indicator of this engagement (or of another cluster) measured {@code offset} days from now. */
  record AddMeasurement(boolean own, int offset) implements Command {}

  /** An attempted move: to a step the model allows ({@code followTable}) or to any phase, at a date. */
  record Move(boolean followTable, int choice, int offset, Precision precision, boolean reason) implements Command {}

  static Gen<Command> commands() {
    Gen<Integer> offsets = integers().between(-120, 400);
    Gen<Command> assign = Generate.booleans().zip(offsets, integers().between(0, 800), AssignCda::new);
    Gen<Command> body = Generate.booleans().zip(offsets, FormBody::new);
    Gen<Command> study = Generate.booleans().zip(integers().between(0, 5), offsets, AddStudy::new);
    Gen<Command> plan = Generate.booleans().zip(Generate.booleans(), offsets, AddPlan::new);
    Gen<Command> measure = Generate.booleans().zip(offsets, AddMeasurement::new);
    Gen<Command> move = rs -> new Move(
        integers().between(0, 9).generate(rs) < 7,
        integers().between(0, 7).generate(rs),
        integers().between(-40, 300).generate(rs),
        Generate.enumValues(Precision.class).generate(rs),
        integers().between(0, 9).generate(rs) < 2);
    return Generate.frequency(java.util.List.of(
        org.quicktheories.api.Pair.of(1, assign), org.quicktheories.api.Pair.of(1, body),
        org.quicktheories.api.Pair.of(2, study), org.quicktheories.api.Pair.of(2, plan),
        org.quicktheories.api.Pair.of(1, measure), org.quicktheories.api.Pair.of(8, move)));
  }

  // --- the independent model of the table -----------------------------------------------------------------

  private static final List<Phase> FORWARD = List.of(Phase.SELECTION, Phase.DIAGNOSTIC, Phase.ACTION_PLANNING,
      Phase.IMPLEMENTATION, Phase.MONITORING_AND_EVALUATION, Phase.EXIT);

  static Set<Phase> modelNext(Optional<Phase> current, Optional<Phase> left) {
    if (current.isEmpty()) {
      return EnumSet.of(Phase.SELECTION);
    }
    Phase c = current.get();
    if (c == Phase.EXIT || c == Phase.DISCONTINUED) {
      return EnumSet.noneOf(Phase.class);
    }
    if (c == Phase.SUSPENDED) {
      Set<Phase> out = EnumSet.of(Phase.DISCONTINUED);
      left.ifPresent(out::add);
      return out;
    }
    Set<Phase> out = EnumSet.of(Phase.SUSPENDED, Phase.DISCONTINUED, FORWARD.get(FORWARD.indexOf(c) + 1));
    if (c == Phase.MONITORING_AND_EVALUATION) {
      out.add(Phase.ACTION_PLANNING);
    }
    return out;
  }

  // --- running a sequence ---------------------------------------------------------------------------------

  // What the runs covered, over all examples: every lifecycle rule refused somewhere, every phase reached.
  private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
  private static final Set<Phase> REACHED = ConcurrentHashMap.newKeySet();

  private static final class Run {
    Portfolio portfolio = MethodologyFixtures.world();
    Engagement engagement = MethodologyFixtures.newEngagement();
    LocalDate now = LocalDate.of(2002, 1, 1);
    Optional<Phase> current = Optional.empty();
    Optional<Phase> left = Optional.empty();
    int ids;
    DiagnosticStudyId latestStudy;

    PartialDate at(int offset, Precision precision) {
      return MethodologyGen.coarsen(now.plusDays(offset), precision);
    }

    PartialDate at(int offset) {
      return PartialDate.of(now.plusDays(offset));
    }

    void run(Command command) {
      if (command instanceof AssignCda c) {
        TeamMember.Builder b = TeamMember.builder().person(CDA).organisation(SMEDA).role(TeamRole.CDA);
        if (c.dated()) {
          b.period(DateRange.of(at(c.offset()), at(c.offset() + c.length())));
        }
        engagement = engagement.withTeamMember(b.build());
      } else if (command instanceof FormBody f) {
        if (engagement.governanceBody().isEmpty()) {
          GovernanceBody.Builder b = GovernanceBody.builder().name("Cluster committee");
          if (f.dated()) {
            b.formed(at(f.offset()));
          }
          engagement = engagement.withGovernanceBody(b.build());
        }
      } else if (command instanceof AddStudy s) {
        DiagnosticStudyId id = DiagnosticStudyId.of("study-" + ++ids);
        DiagnosticStudy study = MethodologyFixtures.endorsedStudy(id, s.ownCluster() ? CLUSTER : OTHER_CLUSTER, at(s.offset()));
        if (s.status() == 0) {
          study = MethodologyFixtures.draftStudy(id, study.cluster());
        } else if (s.status() == 1) {
          study = DiagnosticStudy.builder().from(study).endorsement(Optional.empty()).build();
        }
        portfolio = portfolio.withDiagnosticStudy(study);
        if (s.ownCluster()) {
          latestStudy = id;
        }
      } else if (command instanceof AddPlan p) {
        var plan = MethodologyFixtures.endorsedPlan(ActionPlanId.of("plan-" + ++ids), CLUSTER,
            latestStudy == null ? DiagnosticStudyId.of("unused") : latestStudy, at(p.offset()));
        var b = org.cnd.core.plan.ActionPlan.builder().from(plan);
        if (!p.withBasis() || latestStudy == null) {
          b.basis(Optional.empty());
        }
        if (!p.endorsed()) {
          b.endorsement(Optional.empty());
        }
        portfolio = portfolio.withActionPlan(b.build());
      } else if (command instanceof AddMeasurement m) {
        var indicator = MethodologyFixtures.measuredIndicator(IndicatorId.of("indicator-" + ++ids), ENGAGEMENT,
            m.own() ? CLUSTER : OTHER_CLUSTER, at(m.offset()));
        if (!m.own()) {
          indicator = org.cnd.core.monitoring.Indicator.builder().from(indicator).engagement(Optional.empty()).build();
        }
        portfolio = portfolio.withIndicator(indicator);
      } else if (command instanceof Move m) {
        move(m);
      }
    }

    void move(Move m) {
      Set<Phase> allowed = modelNext(current, left);
      Phase to = m.followTable() && !allowed.isEmpty() ? pickAllowed(allowed, m.choice()) : Phase.values()[m.choice()];
      PhaseChange.Builder change = PhaseChange.builder().phase(to).date(at(m.offset(), m.precision()));
      if (m.reason()) {
        change.reason("Overtaken by events");
      }
      PhaseChange built = change.build();
      MoveResult result = engagement.moveTo(built, portfolio.evidenceFor(engagement));

      if (result.isMoved()) {
        assertThat(allowed).as("the model allows %s from %s", to, current).contains(to);
        engagement = result.orElseThrow();
        left = to == Phase.SUSPENDED ? current : Optional.empty();
        current = Optional.of(to);
        now = now.isAfter(built.date().earliest()) ? now : built.date().earliest();
        REACHED.add(to);
        assertThat(engagement.currentPhase()).isEqualTo(current);
        assertThat(engagement.resumesTo()).isEqualTo(left);
        ValidationReport report = portfolio.withEngagement(engagement).validate();
        assertThat(report.errors()).as("an accepted history passes the validator").isEmpty();
      } else {
        Refusal refusal = result.refusal().orElseThrow();
        REFUSED.add(refusal.ruleId());
        assertThat(Rule.byId(refusal.ruleId())).contains(refusal.rule());
        assertThat(refusal.ruleId()).startsWith("lifecycle.");
        assertThat(refusal.missing()).isNotEmpty();
        assertThat(refusal.message()).isNotBlank();
        if (!allowed.contains(to)) {
          assertThat(refusal.rule()).isEqualTo(Rule.LIFECYCLE_TRANSITION);
        }
        // The validator, reading the refused change as recorded data, names the same rule at that change.
        int index = engagement.phaseHistory().size();
        Engagement recorded = Engagement.builder().from(engagement).addPhaseHistory(built).build();
        List<Violation> found = portfolio.withEngagement(recorded).validate().violationsOf(refusal.rule());
        assertThat(found).extracting(Violation::path)
            .anyMatch(path -> path.startsWith("/engagements/0/phaseHistory/" + index + "/"));
      }
    }
  }

  // Following the table, mostly step on (choices 0-5), sometimes suspend (6) or discontinue (7), so that runs go deep.
  static Phase pickAllowed(Set<Phase> allowed, int choice) {
    List<Phase> on = allowed.stream().filter(p -> p != Phase.SUSPENDED && p != Phase.DISCONTINUED).toList();
    if (choice == 6 && allowed.contains(Phase.SUSPENDED)) {
      return Phase.SUSPENDED;
    }
    if ((choice == 7 || on.isEmpty()) && allowed.contains(Phase.DISCONTINUED)) {
      return Phase.DISCONTINUED;
    }
    return on.isEmpty() ? List.copyOf(allowed).get(0) : on.get(choice % on.size());
  }

  private static void runAll(List<Command> commands) {
    Run run = new Run();
    commands.forEach(run::run);
    assertThat(run.portfolio.withEngagement(run.engagement).validate().errors()).isEmpty();
  }

  @Test
  void acceptedHistoriesPassTheValidatorAndEveryRefusalNamesARule() {
    qt().withExamples(200).forAll(lists().of(commands()).ofSizeBetween(1, 80)).checkAssert(EngagementModelTest::runAll);
  }

  @Test
  void theRunsReachEveryPhaseAndMeetEveryLifecycleRule() {
    // A fixed seed, so that what the runs cover does not depend on the luck of the draw.
    REACHED.clear();
    REFUSED.clear();
    qt().withFixedSeed(20080515L).withExamples(200).forAll(lists().of(commands()).ofSizeBetween(1, 80))
        .checkAssert(EngagementModelTest::runAll);
    assertThat(REACHED).as("phases reached over all runs").containsExactlyInAnyOrder(Phase.values());
    assertThat(REFUSED).as("rules that refused a move over all runs").containsExactlyInAnyOrder("lifecycle.transition",
        "lifecycle.date-order", "lifecycle.reason", "lifecycle.guard-cda", "lifecycle.guard-endorsed-study",
        "lifecycle.guard-endorsed-plan", "lifecycle.guard-exit");
  }
}
