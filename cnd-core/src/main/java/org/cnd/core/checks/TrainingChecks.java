package org.cnd.core.checks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.id.ActionPlanId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.training.Exercise;
import org.cnd.core.training.Participants;
import org.cnd.core.training.Training;
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
      Supplier<String> what = () -> "training " + t.id();
      Path at = Path.of("trainings", i);
      if (t.programme().isPresent()) {
        known.check(t.programme().get(), at, "programme", "Programme", what, out);
      }
      for (int j = 0; j < t.partners().size(); j++) {
        known.check(t.partners().get(j).organisation(), at.with("partners", j), "organisation", "Partner", what, out);
      }
      if (t.participants().isPresent()) {
        Participants p = t.participants().get();
        Path participants = at.with("participants");
        known.checkAll(p.organisations(), participants, "organisations", "Participating organisation", what, out);
        known.checkAll(p.people(), participants, "people", "Participant", what, out);
      }
      for (int j = 0; j < t.exercises().size(); j++) {
        checkExercise(t.exercises().get(j), what, at.with("exercises", j), known, studyCluster, planCluster, out);
      }
      for (int j = 0; j < t.followUps().size(); j++) {
        var training = t.followUps().get(j).training();
        if (training.isPresent()) {
          known.check(training.get(), at.with("followUps", j), "training", "Follow-up training", what, out);
        }
      }
    }
  }

  private static void checkExercise(Exercise x, Supplier<String> what, Path at, References known,
      Function<DiagnosticStudyId, Optional<ClusterId>> studyCluster, Function<ActionPlanId, Optional<ClusterId>> planCluster,
      Consumer<Violation> out) {
    Supplier<String> ofExercise = () -> "an exercise of " + what.get();
    if (x.cluster().isPresent()) {
      known.check(x.cluster().get(), at, "cluster", "Cluster", ofExercise, out);
    }
    if (x.study().isPresent()) {
      if (known.check(x.study().get(), at, "study", "Study", ofExercise, out)) {
        checkSameCluster(x, studyCluster.apply(x.study().get()), "study", x.study().get(), what, at.with("study"),
            out);
      }
    }
    if (x.plan().isPresent()) {
      if (known.check(x.plan().get(), at, "plan", "Plan", ofExercise, out)) {
        checkSameCluster(x, planCluster.apply(x.plan().get()), "plan", x.plan().get(), what, at.with("plan"), out);
      }
    }
  }

  private static void checkSameCluster(Exercise x, Optional<ClusterId> ofDocument, String document, Identifier id,
      Supplier<String> what, Path path, Consumer<Violation> out) {
    if (x.cluster().isPresent() && ofDocument.isPresent() && !ofDocument.get().equals(x.cluster().get())) {
      out.accept(Violation.of(Rule.TRAINING_EXERCISE_CLUSTER, path.toString(),
          "The " + document + " " + id + " of an exercise of " + what.get() + " is of cluster " + ofDocument.get()
              + ": expected the exercise's cluster " + x.cluster().get()));
    }
  }
}
