package org.cnd.core.training;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.KnownIds;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;

/**
 * The portfolio validator's checks of trainings: references resolve; an exercise's study and plan are of its
 * cluster.
 */
public final class TrainingChecks {
  private TrainingChecks() {}

  /**
   * Checks the trainings of a portfolio, found at {@code /trainings}.
   *
   * @param known the identifiers of the portfolio
   * @param studyCluster the cluster of a diagnostic study, empty when the study is unknown
   * @param planCluster the cluster of an action plan, empty when the plan is unknown
   * @param out receives each violation
   */
  public static void checkTrainings(List<Training> trainings, KnownIds known,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ClusterId>> planCluster,
      Consumer<Violation> out) {
    for (int i = 0; i < trainings.size(); i++) {
      Training t = trainings.get(i);
      String what = "training " + t.id();
      if (t.programme().isPresent() && !known.contains(t.programme().get())) {
        out.accept(Violation.of(Rule.REFERENCE_PROGRAMME, Pointer.of("trainings", i, "programme"),
            "Programme \"" + t.programme().get() + "\" of " + what + " is not in the portfolio: expected the id of a programme"));
      }
      for (int j = 0; j < t.partners().size(); j++) {
        var org = t.partners().get(j).organisation();
        if (!known.contains(org)) {
          out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.of("trainings", i, "partners", j, "organisation"),
              "Partner \"" + org + "\" of " + what + " is not in the portfolio: expected the id of an organisation"));
        }
      }
      if (t.participants().isPresent()) {
        Participants p = t.participants().get();
        for (int j = 0; j < p.organisations().size(); j++) {
          if (!known.contains(p.organisations().get(j))) {
            out.accept(Violation.of(Rule.REFERENCE_ORGANISATION, Pointer.of("trainings", i, "participants", "organisations", j),
                "Participating organisation \"" + p.organisations().get(j) + "\" of " + what
                    + " is not in the portfolio: expected the id of an organisation"));
          }
        }
        for (int j = 0; j < p.people().size(); j++) {
          if (!known.contains(p.people().get(j))) {
            out.accept(Violation.of(Rule.REFERENCE_PERSON, Pointer.of("trainings", i, "participants", "people", j),
                "Participant \"" + p.people().get(j) + "\" of " + what + " is not in the portfolio: expected the id of a person"));
          }
        }
      }
      for (int j = 0; j < t.exercises().size(); j++) {
        checkExercise(t.exercises().get(j), what, i, j, known, studyCluster, planCluster, out);
      }
      for (int j = 0; j < t.followUps().size(); j++) {
        var training = t.followUps().get(j).training();
        if (training.isPresent() && !known.contains(training.get())) {
          out.accept(Violation.of(Rule.REFERENCE_TRAINING, Pointer.of("trainings", i, "followUps", j, "training"),
              "Follow-up training \"" + training.get() + "\" of " + what + " is not in the portfolio: expected the id of a training"));
        }
      }
    }
  }

  private static void checkExercise(Exercise x, String what, int i, int j, KnownIds known,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ClusterId>> planCluster,
      Consumer<Violation> out) {
    if (x.cluster().isPresent() && !known.contains(x.cluster().get())) {
      out.accept(Violation.of(Rule.REFERENCE_CLUSTER, Pointer.of("trainings", i, "exercises", j, "cluster"),
          "Cluster \"" + x.cluster().get() + "\" of an exercise of " + what + " is not in the portfolio: expected the id of a cluster"));
    }
    if (x.study().isPresent()) {
      String path = Pointer.of("trainings", i, "exercises", j, "study");
      if (!known.contains(x.study().get())) {
        out.accept(Violation.of(Rule.REFERENCE_DIAGNOSTIC_STUDY, path,
            "Study \"" + x.study().get() + "\" of an exercise of " + what
                + " is not in the portfolio: expected the id of a diagnostic study"));
      } else {
        checkSameCluster(x, studyCluster.apply(x.study().get()), "study " + x.study().get(), what, path, out);
      }
    }
    if (x.plan().isPresent()) {
      String path = Pointer.of("trainings", i, "exercises", j, "plan");
      if (!known.contains(x.plan().get())) {
        out.accept(Violation.of(Rule.REFERENCE_ACTION_PLAN, path,
            "Plan \"" + x.plan().get() + "\" of an exercise of " + what + " is not in the portfolio: expected the id of an action plan"));
      } else {
        checkSameCluster(x, planCluster.apply(x.plan().get()), "plan " + x.plan().get(), what, path, out);
      }
    }
  }

  private static void checkSameCluster(Exercise x, Optional<ClusterId> ofDocument, String document, String what, String path,
      Consumer<Violation> out) {
    if (x.cluster().isPresent() && ofDocument.isPresent() && !ofDocument.get().equals(x.cluster().get())) {
      out.accept(Violation.of(Rule.TRAINING_EXERCISE_CLUSTER, path,
          "The " + document + " of an exercise of " + what + " is of cluster " + ofDocument.get()
              + ": expected the exercise's cluster " + x.cluster().get()));
    }
  }
}
