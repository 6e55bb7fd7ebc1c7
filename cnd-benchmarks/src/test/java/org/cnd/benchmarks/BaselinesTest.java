package org.cnd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.core.programme.Programme;
import org.cnd.json.CndJson;
import org.junit.jupiter.api.Test;

/** The baselines read and write the same bytes as the library, so that the benchmarks compare like with like. */
class BaselinesTest {
  private static final CndJson CND = Documents.library();
  private static final Portfolio GENERATED = SyntheticPortfolio.generate(1000);
  private static final byte[] JSON = bytes(GENERATED);

  private static byte[] bytes(Portfolio p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CND.write(p, out);
    return out.toByteArray();
  }

  @Test
  void theLibraryWritesBackTheBytesItRead() {
    Portfolio read = CND.read(JSON);
    assertThat(read).isEqualTo(GENERATED);
    assertThat(bytes(read)).isEqualTo(JSON);
  }

  @Test
  void theRecordsHoldWhatTheLibraryReads() {
    Portfolio library = CND.read(JSON);
    JsonRecords.Document records = Baselines.readRecords(JSON);

    assertThat(records.format()).isEqualTo(CndJson.FORMAT_NAME);
    assertThat(records.formatVersion()).isEqualTo(CndJson.FORMAT_VERSION);
    assertThat(records.organisations()).hasSameSizeAs(library.organisations());
    assertThat(records.people()).hasSameSizeAs(library.people());
    assertThat(records.clusters()).hasSameSizeAs(library.clusters()).hasSize(1000);
    assertThat(records.programmes()).hasSameSizeAs(library.programmes());
    assertThat(records.engagements()).hasSameSizeAs(library.engagements()).hasSize(700);
    assertThat(records.diagnosticStudies()).hasSameSizeAs(library.diagnosticStudies()).hasSize(625);
    assertThat(records.actionPlans()).hasSameSizeAs(library.actionPlans()).hasSize(574);
    assertThat(records.indicators()).hasSameSizeAs(library.indicators()).hasSize(1275);
    assertThat(records.trainings()).hasSameSizeAs(library.trainings()).isNotEmpty();
    assertThat(records.linkages()).hasSameSizeAs(library.linkages()).isNotEmpty();
    assertThat(records.reports()).hasSameSizeAs(library.reports()).isNotEmpty();
    assertThat(records.engagements().stream().mapToInt(e -> e.phaseHistory().size()).sum())
        .isEqualTo(library.engagements().stream().mapToInt(e -> e.phaseHistory().size()).sum());
    assertThat(records.indicators().stream().mapToInt(i -> i.measurements().size()).sum())
        .isEqualTo(library.indicators().stream().mapToInt(i -> i.measurements().size()).sum());
    assertThat(records.programmes().stream().mapToInt(p -> p.targetClusters().size()).sum())
        .isEqualTo(library.programmes().stream().mapToInt(p -> p.targetClusters().size()).sum());
    for (int i = 0; i < library.clusters().size(); i++) {
      assertThat(records.clusters().get(i).id()).isEqualTo(library.clusters().get(i).id().value());
      assertThat(records.clusters().get(i).place().subdivision())
          .isEqualTo(library.clusters().get(i).place().subdivision().orElseThrow().code());
    }
    Programme first = library.programmes().get(0);
    assertThat(records.programmes().get(0).budget().amount()).isEqualTo(first.budget().orElseThrow().amount().toPlainString());
  }

  @Test
  void theRecordsWriteTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Baselines.writeRecords(Baselines.readRecords(JSON), out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(new String(JSON, StandardCharsets.UTF_8));
  }

  @Test
  void theStreamingPassCountsEveryTokenAndItsText() {
    // 9 tokens; the text of a, xy, b, 1 and 22 is 7 characters.
    assertThat(Baselines.stream("{\"a\":\"xy\",\"b\":[1,22]}".getBytes(StandardCharsets.UTF_8))).isEqualTo(16);
    assertThat(Baselines.stream(JSON)).isGreaterThan(JSON.length / 10);
  }

  @Test
  void theHeapFootprintMeasuresBothSides() {
    HeapFootprint.Result result = HeapFootprint.measure(200, "gc", 1);
    assertThat(result.cndBytes()).isPositive();
    assertThat(result.recordsBytes()).isPositive();
    assertThat(result.cndIndexedBytes()).isPositive();
  }
}
