package org.cnd.iati;

import java.nio.file.Path;
import org.cnd.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of org.cnd.iati is the one recorded in {@code api/cnd-iati.api} (see CONTRIBUTING.md). */
class ApiTest {
  @Test
  void isTheRecordedOne() {
    ApiListing.check(IatiExport.class.getModule(), Path.of("api/cnd-iati.api"));
  }
}
