package org.cnd.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cnd.core.selection.SelectionFixtures.A;
import static org.cnd.core.selection.SelectionFixtures.B;
import static org.cnd.core.selection.SelectionFixtures.C;
import static org.cnd.core.selection.SelectionFixtures.COST;
import static org.cnd.core.selection.SelectionFixtures.CRITICAL_MASS;
import static org.cnd.core.selection.SelectionFixtures.D;
import static org.cnd.core.selection.SelectionFixtures.EXPORT;
import static org.cnd.core.selection.SelectionFixtures.TDAP;
import static org.cnd.core.selection.SelectionFixtures.score;
import static org.cnd.core.selection.SelectionFixtures.scored;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.selection.Candidate;
import org.cnd.core.selection.CandidateOrigin;
import org.cnd.core.selection.IdentificationResult;
import org.cnd.core.selection.Score;
import org.cnd.core.selection.SelectionDecision;
import org.cnd.core.selection.SelectionExercise;
import org.cnd.core.selection.SelectionFixtures;
import org.cnd.core.selection.SelectionParticipant;
import org.cnd.core.selection.SelectionRole;
import org.cnd.core.testing.KnownReferences;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SelectionChecksTest {
  private static final Set<Identifier> WORLD = Set.of(TDAP, ClusterId.of("cluster-a"), ClusterId.of("cluster-b"), ClusterId.of("cluster-c"),
      ClusterId.of("cluster-d"), ProgrammeId.of("us-pak-01-099"), MappingDataSetId.of("punjab-districts"));
  private static final References KNOWN = KnownReferences.of(WORLD);

  private static List<Violation> check(SelectionExercise... exercises) {
    List<Violation> out = new ArrayList<>();
    SelectionChecks.checkSelectionExercises(List.of(exercises), KNOWN, out::add);
    return out;
  }

  private static SelectionDecision decided(PartialDate date, CandidateId... selected) {
    return SelectionDecision.builder().date(date).addSelected(selected).reason("highest totals").addDecidedBy(TDAP).build();
  }

  @Test
  void aCompleteExerciseWhoseSelectionIsOnItsShortlistIsClean() {
    SelectionExercise x = scored().programme(ProgrammeId.of("us-pak-01-099")).mapping(MappingDataSetId.of("punjab-districts"))
        .addParticipants(SelectionParticipant.of(TDAP, SelectionRole.CONVENOR)).addShortlist(A, D, B)
        .decision(decided(PartialDate.ofMonth(2003, 4), A, D)).build();
    assertThat(check(x)).isEmpty();
  }

  @Test
  void referencesResolve() {
    SelectionExercise x = scored().programme(ProgrammeId.of("nowhere")).mapping(MappingDataSetId.of("nowhere"))
        .addParticipants(SelectionParticipant.of(OrganisationId.of("nobody"), SelectionRole.STAKEHOLDER))
        .addCandidates(Candidate.builder().id(CandidateId.of("e")).cluster(ClusterId.of("nowhere")).origin(CandidateOrigin.NOMINATED)
            .nominatedBy(OrganisationId.of("nobody")).build())
        .decision(SelectionDecision.builder().date(PartialDate.ofYear(2004)).reason("r").addDecidedBy(OrganisationId.of("nobody")).build())
        .build();
    assertThat(check(x)).filteredOn(v -> v.ruleId().startsWith("reference.")).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("reference.programme", "/selectionExercises/0/programme"),
        tuple("reference.mapping-data-set", "/selectionExercises/0/mapping"),
        tuple("reference.organisation", "/selectionExercises/0/participants/0/organisation"),
        tuple("reference.cluster", "/selectionExercises/0/candidates/4/cluster"),
        tuple("reference.organisation", "/selectionExercises/0/candidates/4/nominatedBy"),
        tuple("reference.organisation", "/selectionExercises/0/decision/decidedBy/0"));
  }

  @Test
  void aScoreOffItsScaleIsReportedAtItsValue() {
    SelectionExercise x = SelectionExercise.builder().from(scored().build()).scores(List.of()).build();
    SelectionExercise offScale = SelectionExercise.builder().from(scored().build())
        .scores(scored().build().scores().stream().map(s -> s.candidate().equals(B) && s.criterion().equals(COST) ? score(B, COST, 9) : s).toList())
        .build();
    assertThat(check(x)).isEmpty();
    assertThat(check(offScale)).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("selection.score-scale", "/selectionExercises/0/scores/5/value"));
    assertThat(check(offScale).get(0).message()).contains("9", "1..5");
  }

  @Test
  void everyCandidateIsScoredOnEveryCriterionOrMarkedNotScored() {
    SelectionExercise missing = SelectionExercise.builder().from(scored().build())
        .scores(scored().build().scores().stream().filter(s -> !(s.candidate().equals(C) && s.criterion().equals(EXPORT))).toList())
        .build();
    assertThat(check(missing)).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("selection.score-complete", "/selectionExercises/0/candidates/2"));
    SelectionExercise marked = SelectionExercise.builder().from(missing).addScores(Score.notScored(C, EXPORT, "no export data")).build();
    assertThat(check(marked)).isEmpty();
  }

  @Test
  void theShortlistHoldsOnlyCandidatesThatPassedAndTheSelectionOnlyShortlistedOnes() {
    CandidateId e = CandidateId.of("e");
    SelectionExercise x = scored().addCandidates(Candidate.builder().id(e).name("E").origin(CandidateOrigin.NOMINATED).source("a study").build())
        .addIdentificationResults(IdentificationResult.of(e, CRITICAL_MASS, false, "9 establishments"))
        .addScores(score(e, EXPORT, 1), score(e, SelectionFixtures.COOPERATION, 1), score(e, COST, 5))
        .addShortlist(A, e).decision(decided(PartialDate.ofYear(2003), A, B)).build();
    assertThat(check(x)).extracting(Violation::ruleId, Violation::path).containsExactly(
        tuple("selection.shortlist-identification", "/selectionExercises/0/shortlist/1"),
        tuple("selection.selected-shortlist", "/selectionExercises/0/decision/selected/1"));
  }

  @Test
  void withoutAShortlistTheSelectedMustHavePassedIdentification() {
    CandidateId e = CandidateId.of("e");
    SelectionExercise x = scored().addCandidates(Candidate.builder().id(e).name("E").origin(CandidateOrigin.NOMINATED).source("a study").build())
        .addScores(score(e, EXPORT, 1), score(e, SelectionFixtures.COOPERATION, 1), score(e, COST, 5))
        .decision(decided(PartialDate.ofYear(2003), A, e)).build();
    assertThat(check(x)).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple("selection.shortlist-identification", "/selectionExercises/0/decision/selected/1"));
  }

  @Test
  void theDecisionIsNotDatedBeforeAScore() {
    // Scores are of March 2003; a decision of 2003 may be later, one of February 2003 is certainly earlier.
    assertThat(check(scored().decision(decided(PartialDate.ofYear(2003), A)).build())).isEmpty();
    List<Violation> early = check(scored().decision(decided(PartialDate.ofMonth(2003, 2), A)).build());
    assertThat(early).extracting(Violation::ruleId).containsOnly("selection.decision-date").hasSize(12);
    assertThat(early.get(0).path()).isEqualTo("/selectionExercises/0/decision/date");
  }

  @Test
  void anExerciseWithoutScoresIsNotAskedForThem() {
    SelectionExercise x = SelectionExercise.builder().from(scored().build()).scores(List.of())
        .decision(decided(PartialDate.ofYear(2001), A)).build();
    assertThat(check(x)).isEmpty();
  }
}
