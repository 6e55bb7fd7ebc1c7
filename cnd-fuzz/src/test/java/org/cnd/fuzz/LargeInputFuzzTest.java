package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.cnd.core.Portfolio;
import org.cnd.json.CndJson;
import org.cnd.json.CndJsonException;
import org.cnd.json.DocumentReport;

/**
 * Large documents from small fuzzer inputs: libFuzzer's inputs stay within a few kilobytes (the corpora's largest is
 * about 24 KB), and issue 16's findings needed megabytes. The fuzzer's bytes give a fragment of JSON (an entity, an
 * id, a value) and a count, and the document repeats the fragment that many times, up to 200,000, in a collection
 * of the format; a number of fragments are bent into ids that share one hash. Seeds: {@code
 * LargeInputFuzzTestInputs/large/}.
 */
class LargeInputFuzzTest {
  private static final CndJson JSON = CndJson.create();
  private static final String[] COLLECTIONS = {"clusters", "organisations", "people", "diagnosticStudies",
      "engagements", "programmes", "linkages", "reports"};

  /**
   * A document of many repetitions reads or is refused with the module's exception, a read portfolio writes and
   * reads back equal, and a report never keeps more than {@link CndJson#maxProblems()} problems.
   */
  @FuzzTest(maxDuration = "10m")
  void large(FuzzedDataProvider data) {
    String collection = COLLECTIONS[data.consumeInt(0, COLLECTIONS.length - 1)];
    int count = data.consumeInt(1, 200_000);
    boolean colliding = data.consumeBoolean();
    String fragment = data.consumeRemainingAsString();
    StringBuilder doc = new StringBuilder(fragment.length() * Math.min(count, 1000) + 100)
        .append("{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"").append(collection).append("\": [");
    for (int i = 0; i < count && doc.length() < 8_000_000; i++) {
      String id = colliding ? collidingId(i) : "e-" + i;
      doc.append(i == 0 ? "" : ",").append(fragment.replace("$ID", id));
    }
    byte[] bytes = doc.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    try {
      Portfolio p = JSON.read(bytes);
      assertThat(JSON.read(JSON.write(p))).isEqualTo(p);
    } catch (CndJsonException e) {
      Checks.assertWellFormed(e);
    }
    DocumentReport report = JSON.validate(bytes);
    assertThat(report.problems().size()).isLessThanOrEqualTo(JSON.maxProblems());
    if (report.isReadable()) {
      assertThat(report.toValidationReport())
          .isEqualTo(report.portfolio().orElseThrow().validate(JSON.maxProblems()));
    }
  }

  // "an" and "c0" share String.hashCode: the binary digits of i, spelt in those blocks.
  private static String collidingId(int i) {
    StringBuilder id = new StringBuilder("c-");
    for (int b = 17; b >= 0; b--) {
      id.append((i >> b & 1) == 0 ? "an" : "c0");
    }
    return id.toString();
  }
}
