package org.cnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cnd.cli.Cli.cnd;

import java.io.IOException;
import java.nio.file.Path;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;
import org.cnd.report.CsvExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnd export --format csv --collection NAME FILE}, through the tool's entry point. */
class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void writesEachCollectionAsItsTable() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    for (CsvExport.Table table : CsvExport.Table.values()) {
      Cli.Run run = cnd("export", "--format", "csv", "--collection", table.code(), file);
      assertThat(run.exit()).as(table + ": " + run.err()).isZero();
      assertThat(run.out()).isEqualTo(CsvExport.toCsv(LifecycleTour.portfolio(), table));
      assertThat(run.out()).contains("\r\n");
    }
  }

  @Test
  void theClustersTableHasOneRowPerClusterAfterItsHeader() throws IOException {
    Cli.Run run = cnd("export", "--format", "csv", "--collection", "clusters",
        Cli.write(dir, "p.json", PakistanProgramme.portfolio()));
    assertThat(run.out().split("\r\n")).hasSize(1 + PakistanProgramme.portfolio().clusters().size());
  }

  @Test
  void anUnknownCollectionOrFormatIsAUsageError() throws IOException {
    String file = Cli.write(dir, "t.json", LifecycleTour.portfolio());
    Cli.Run collection = cnd("export", "--format", "csv", "--collection", "studies", file);
    assertThat(collection.exit()).isEqualTo(2);
    assertThat(collection.err()).contains("Unknown collection \"studies\"", "clusters, programmes, engagements, indicators");
    Cli.Run missing = cnd("export", "--format", "csv", file);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing --collection");
    Cli.Run format = cnd("export", "--format", "xlsx", "--collection", "clusters", file);
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "xlsx", "CSV");
    assertThat(cnd("export", "--collection", "clusters", file).exit()).isEqualTo(2);
  }
}
