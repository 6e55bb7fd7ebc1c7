package org.cnd.iati.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.validation.Violation;
import org.cnd.iati.IatiRule;

/** The problems an export finds, in the order found. */
public final class Problems {
  private final List<Violation> found = new ArrayList<>();

  /** Adds a problem of an export rule at a JSON Pointer of the portfolio. */
  public void add(IatiRule rule, String path, String message) {
    found.add(Violation.of(rule.id(), rule.severity(), path, message));
  }

  /** Adds a problem found by someone else (the portfolio validator). */
  public void add(Violation violation) {
    found.add(violation);
  }

  /** Everything found so far. */
  public ImmutableList<Violation> all() {
    return ImmutableList.copyOf(found);
  }
}
