package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
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
  public static void checkTrainings(List<Training> trainings, References known,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ClusterId>> planCluster,
      Consumer<Violation> out) {
    for (int i = 0; i < trainings.size(); i++) {
      Training t = trainings.get(i);
      String what = "training " + t.id();
      if (t.programme().isPresent()) {
        known.check(t.programme().get(), Pointer.of("trainings", i, "programme"), "Programme", what, out);
      }
      for (int j = 0; j < t.partners().size(); j++) {
        known.check(t.partners().get(j).organisation(), Pointer.of("trainings", i, "partners", j, "organisation"),
            "Partner", what, out);
      }
      if (t.participants().isPresent()) {
        Participants p = t.participants().get();
        known.checkAll(p.organisations(), Pointer.of("trainings", i, "participants", "organisations"),
            "Participating organisation", what, out);
        known.checkAll(p.people(), Pointer.of("trainings", i, "participants", "people"), "Participant", what, out);
      }
      for (int j = 0; j < t.exercises().size(); j++) {
        checkExercise(t.exercises().get(j), what, i, j, known, studyCluster, planCluster, out);
      }
      for (int j = 0; j < t.followUps().size(); j++) {
        var training = t.followUps().get(j).training();
        if (training.isPresent()) {
          known.check(training.get(), Pointer.of("trainings", i, "followUps", j, "training"), "Follow-up training", what,
              out);
        }
      }
    }
  }

  private static void checkExercise(Exercise x, String what, int i, int j, References known,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ClusterId>> planCluster,
      Consumer<Violation> out) {
    String ofExercise = "an exercise of " + what;
    if (x.cluster().isPresent()) {
      known.check(x.cluster().get(), Pointer.of("trainings", i, "exercises", j, "cluster"), "Cluster", ofExercise, out);
    }
    if (x.study().isPresent()) {
      String path = Pointer.of("trainings", i, "exercises", j, "study");
      if (known.check(x.study().get(), path, "Study", ofExercise, out)) {
        checkSameCluster(x, studyCluster.apply(x.study().get()), "study " + x.study().get(), what, path, out);
      }
    }
    if (x.plan().isPresent()) {
      String path = Pointer.of("trainings", i, "exercises", j, "plan");
      if (known.check(x.plan().get(), path, "Plan", ofExercise, out)) {
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
