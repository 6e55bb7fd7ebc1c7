package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.cli.Cli.cnd;

import java.io.IOException;
import java.nio.file.Path;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.report.HtmlReport;
import org.cnd.report.Summary;
import org.cnd.report.SummaryJson;
import org.cnd.report.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnd report} in its three formats, through the tool's entry point. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void textIsTheDefaultAndIsTheTextReport() throws IOException {
    Cli.Run run = cnd("report", Cli.write(dir, "p.json", PakistanProgramme.portfolio()));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(TextReport.render(PakistanProgramme.portfolio()));
    assertThat(run.out()).contains("budget USD 235,000.00").doesNotContain("[USD");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(cnd("report", "--format", "text", Cli.write(dir, "p.json", PakistanProgramme.portfolio())).out())
        .isEqualTo(run.out());
  }

  @Test
  void jsonIsTheSummary() throws IOException {
    Cli.Run run = cnd("report", "--format", "json", Cli.write(dir, "t.json", LifecycleTour.portfolio()));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(SummaryJson.toJson(Summary.of(LifecycleTour.portfolio())).strip());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void htmlIsTheReportAndCanShowOneCluster() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    Cli.Run run = cnd("report", "--format", "HTML", file);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(HtmlReport.render(LifecycleTour.portfolio()).strip());
    Cli.Run one = cnd("report", "--format", "html", "--cluster", PakistanProgramme.GUJRAT_FANS.value(), file);
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.out().strip()).isEqualTo(HtmlReport.render(LifecycleTour.portfolio(),
        HtmlReport.Options.cluster(PakistanProgramme.GUJRAT_FANS)).strip());
  }

  @Test
  void anUnknownClusterOrFormatIsAUsageError() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    Cli.Run cluster = cnd("report", "--format", "html", "--cluster", "atlantis-fans", file);
    assertThat(cluster.exit()).isEqualTo(2);
    assertThat(cluster.err()).contains("Unknown cluster \"atlantis-fans\"", "expected the id of one of its");
    assertThat(cluster.out()).isEmpty();
    Cli.Run text = cnd("report", "--cluster", PakistanProgramme.GUJRAT_FANS.value(), file);
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.err()).contains("--cluster applies to --format html only");
    Cli.Run format = cnd("report", "--format", "pdf", file);
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "pdf");
  }

  @Test
  void aMissingFileIsAUsageErrorAndAnUnreadableOneExitOne() throws IOException {
    assertThat(cnd("report", "--format", "json", dir.resolve("none.json").toString()).exit()).isEqualTo(2);
    Cli.Run bad = cnd("report", "--format", "html",
        java.nio.file.Files.writeString(dir.resolve("bad.json"), "{").toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("json.syntax");
    assertThat(bad.out()).isEmpty();
  }
}
