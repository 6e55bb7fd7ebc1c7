package org.cnd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.cnd.core.validation.Violation;
import org.cnd.json.CndJsonException;

/** Assertions shared by the fuzz targets. */
final class Checks {
  private Checks() {}

  /** The exception carries a rule id and a JSON Pointer path (empty for the document's root). */
  static void assertWellFormed(CndJsonException e) {
    assertThat(e.ruleId()).isEqualTo(e.violation().ruleId());
    assertThat(e.path()).isEqualTo(e.violation().path());
    assertWellFormed(e.violation());
    assertThat(e.getMessage()).startsWith(e.ruleId() + " at ");
  }

  /** A violation has a rule id of the catalogue's form and a path that is a JSON Pointer. */
  static void assertWellFormed(Violation v) {
    assertThat(v.ruleId()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    assertThat(v.path()).matches("(/[^/]*)*");
    assertThat(v.message()).isNotBlank();
  }
}
