package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.cli.Cli.cnd;

import java.io.IOException;
import java.nio.file.Path;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.report.ClusterMapSvg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnd map FILE STUDY-ID}, through the tool's entry point. */
class MapCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheStudysMapAsSvg() throws IOException {
    Cli.Run run = cnd("map", Cli.write(dir, "t.json", LifecycleTour.portfolio()), LifecycleTour.STUDY.value());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(ClusterMapSvg.render(
        LifecycleTour.portfolio().diagnosticStudy(LifecycleTour.STUDY).orElseThrow()).strip());
    assertThat(run.out()).contains("<svg");
  }

  @Test
  void anUnknownStudyIsAUsageErrorNamingTheStudies() throws IOException {
    Cli.Run run = cnd("map", Cli.write(dir, "t.json", LifecycleTour.portfolio()), "no-such-study");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown study \"no-such-study\"", LifecycleTour.STUDY.value());
    assertThat(run.out()).isEmpty();
    Cli.Run none = cnd("map", Cli.write(dir, "p.json", PakistanProgramme.portfolio()), "x");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("the portfolio has none");
  }

  @Test
  void needsBothArguments() throws IOException {
    assertThat(cnd("map", Cli.write(dir, "t.json", LifecycleTour.portfolio())).exit()).isEqualTo(2);
  }
}
