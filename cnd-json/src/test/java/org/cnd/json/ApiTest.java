package org.cnd.json;

import java.nio.file.Path;
import org.cnd.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of org.cnd.json is the one recorded in {@code api/cnd-json.api} (see CONTRIBUTING.md). */
class ApiTest {
  @Test
  void isTheRecordedOne() {
    ApiListing.check(CndJson.class.getModule(), Path.of("api/cnd-json.api"));
  }
}
