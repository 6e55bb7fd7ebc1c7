package org.cnd.core;

import java.nio.file.Path;
import org.cnd.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of org.cnd.core is the one recorded in {@code api/cnd-core.api} (see CONTRIBUTING.md). */
class ApiTest {
  @Test
  void isTheRecordedOne() {
    ApiListing.check(Portfolio.class.getModule(), Path.of("api/cnd-core.api"));
  }
}
