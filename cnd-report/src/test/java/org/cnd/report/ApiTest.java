package org.cnd.report;

import java.nio.file.Path;
import org.cnd.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of org.cnd.report is the one recorded in {@code api/cnd-report.api} (see CONTRIBUTING.md). */
class ApiTest {
  @Test
  void isTheRecordedOne() {
    ApiListing.check(Summary.class.getModule(), Path.of("api/cnd-report.api"));
  }
}
