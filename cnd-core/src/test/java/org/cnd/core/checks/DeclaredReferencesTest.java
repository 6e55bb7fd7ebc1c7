package org.cnd.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.id.ReportId;
import org.cnd.core.testing.KnownReferences;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DeclaredReferencesTest {
  private static final ClusterId SIALKOT = ClusterId.of("sialkot-surgical");
  private static final OrganisationId SMEDA = OrganisationId.of("smeda");
  private static final References KNOWN = KnownReferences.of(Set.of(SIALKOT, SMEDA));

  // A toy entity with a reference of each shape.
  private record Note(ReportId id, OrganisationId owner, Optional<ProgrammeId> programme, List<ClusterId> clusters) {}

  private static final DeclaredReferences<Note> NOTES = DeclaredReferences.<Note>none()
      .one("owner", "Owner", Note::owner).optional("programme", Note::programme).list("clusters", Note::clusters);

  private static List<Violation> check(DeclaredReferences<Note> declared, Note... notes) {
    List<Violation> out = new ArrayList<>();
    declared.check(List.of(notes), "notes", "note", Note::id, KNOWN, out::add);
    return out;
  }

  @Test
  void referencesThatResolveReportNothing() {
    assertThat(check(NOTES, new Note(ReportId.of("n1"), SMEDA, Optional.empty(), List.of(SIALKOT, SIALKOT)))).isEmpty();
  }

  @Test
  void eachBrokenReferenceIsReportedInTheOrderOfTheDeclarationsWithItsPathAndMessage() {
    Note fine = new Note(ReportId.of("n1"), SMEDA, Optional.empty(), List.of());
    Note broken = new Note(ReportId.of("n2"), OrganisationId.of("psic"), Optional.of(ProgrammeId.of("p9")),
        List.of(SIALKOT, ClusterId.of("gujranwala")));
    assertThat(check(NOTES, fine, broken)).extracting(Violation::ruleId, Violation::path, Violation::message)
        .containsExactly(
            tuple("reference.organisation", "/notes/1/owner",
                "Owner \"psic\" of note n2 is not in the portfolio: expected the id of an organisation"),
            tuple("reference.programme", "/notes/1/programme",
                "\"p9\" of note n2 is not in the portfolio: expected the id of a programme"),
            tuple("reference.cluster", "/notes/1/clusters/1",
                "\"gujranwala\" of note n2 is not in the portfolio: expected the id of a cluster"));
  }

  @Test
  void aDeclarationAddsToACopyAndNoneDeclaresNothing() {
    DeclaredReferences<Note> owners = DeclaredReferences.<Note>none().one("owner", Note::owner);
    owners.list("clusters", Note::clusters);
    Note note = new Note(ReportId.of("n1"), OrganisationId.of("psic"), Optional.empty(), List.of(ClusterId.of("x")));
    assertThat(check(owners, note)).extracting(Violation::path).containsExactly("/notes/0/owner");
    assertThat(DeclaredReferences.<Note>none().isEmpty()).isTrue();
    assertThat(owners.isEmpty()).isFalse();
    assertThat(check(DeclaredReferences.none(), note)).isEmpty();
  }
}
