package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.cnd.core.validation.Violation;
import org.cnd.examples.PakistanProgramme;
import org.junit.jupiter.api.Test;

/** What the command-line tool prints: the result of one call, one line per problem naming its rule and path. */
class IatiExportResultTest {
  @Test
  void aRefusedExportWritesNothingAndPrintsEachProblemWithItsRulePathAndMessage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExportResult result = IatiExport.write(PakistanProgramme.portfolio(), IatiOptions.defaults(), out);
    assertThat(out.size()).isZero();
    assertThat(result.isWritten()).isFalse();
    List<String> lines = result.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("0 activities written");
    assertThat(lines.subList(1, lines.size())).hasSize(result.problems().size())
        .allMatch(l -> l.matches("(ERROR|WARNING) [a-z]+(\\.[a-z-]+)+ at /\\S*: .+"));
    assertThat(result.errors()).allSatisfy(v -> assertThat(v.message()).contains("expected"));
    Violation first = result.errors().get(0);
    assertThat(lines).contains(first.severity().name() + " " + first.ruleId() + " at " + first.path() + ": "
        + first.message());
  }

  @Test
  void aValidExportIsOneCallThatWritesTheDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExportResult result = IatiExport.write(PakistanProgramme.withIllustrativePurpose(PakistanProgramme.portfolio()),
        Exports.options().addProgrammes(PakistanProgramme.FIRST_PROJECT).approximateActualDates(true).build(), out);
    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(result.activitiesWritten()).isEqualTo(1);
    assertThat(IatiReader.read(out.toByteArray())).hasSize(1);
  }
}
